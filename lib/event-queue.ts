// The queue between ingest and consumer, and its dead-letter queue. Sizes and counts come from
// lib/definitions.ts, which the local stack uses too.
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CONSUMER, QUEUE } from './definitions';

export interface EventQueueProps {
  /** The consumer's timeout; the visibility timeout must be at least six times it. */
  consumerTimeoutSeconds: number;
  removalPolicy: RemovalPolicy;
}

export class EventQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: EventQueueProps) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.seconds(QUEUE.dlqRetentionSeconds),
      maxMessageSizeBytes: QUEUE.maxMessageSizeBytes,
      removalPolicy: props.removalPolicy,
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.seconds(QUEUE.retentionSeconds),
      maxMessageSizeBytes: QUEUE.maxMessageSizeBytes,
      visibilityTimeout: Duration.seconds(
        Math.max(CONSUMER.visibilityTimeoutSeconds, 6 * props.consumerTimeoutSeconds),
      ),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: QUEUE.maxReceiveCount },
      removalPolicy: props.removalPolicy,
    });
  }
}
