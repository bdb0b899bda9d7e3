// The queue between ingest and consumer, and its dead-letter queue. Sizes and counts come from
// lib/definitions.ts, which the local stack uses too.
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CONSUMER, QUEUE } from './definitions';

export interface EventQueueProps {
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
      // Six times the consumer's timeout (FUNCTION_LIMITS), as AWS advises.
      visibilityTimeout: Duration.seconds(CONSUMER.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: QUEUE.maxReceiveCount },
      removalPolicy: props.removalPolicy,
    });
  }
}
