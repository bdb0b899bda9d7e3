// The consumer: takes the queue's batches, verifies each message again (without a time check), applies
// it in one DynamoDB transaction and publishes domain events. It reads the signing secret, uses table
// items (CONSUMER_TABLE_ACCESS), puts events on the bus, and consumes the queue.
import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/shared/env';
import type { LavaWebhooksConfig } from './config';
import { CONSUMER_TABLE_ACCESS } from './definitions';
import { type FunctionLogs, LavaFunction } from './lambda-function';

/** The settings the consumer reads. */
export type ConsumerSettings = Pick<
  LavaWebhooksConfig,
  | 'metricsNamespace'
  | 'eventTtlDays'
  | 'duplicateWindowSeconds'
  | 'logLevel'
  | 'consumerReservedConcurrency'
  | 'batchSize'
  | 'maxBatchingWindowSeconds'
  | 'maxConcurrency'
>;

export interface ConsumerProps extends FunctionLogs {
  signingSecret: secretsmanager.ISecret;
  queue: sqs.IQueue;
  table: dynamodb.ITable;
  bus: events.IEventBus;
  settings: ConsumerSettings;
}

export class Consumer extends Construct {
  readonly fn: LavaFunction;

  constructor(scope: Construct, id: string, props: ConsumerProps) {
    super(scope, id);
    const { settings } = props;
    // `Default`: the function's resources keep the logical ids they had before this construct.
    this.fn = new LavaFunction(this, 'Default', {
      name: 'consumer',
      description: 'Queue → verify again → the connection, then the event’s archive item → domain events',
      reservedConcurrency: settings.consumerReservedConcurrency,
      environment: {
        [ENV.secretId]: props.signingSecret.secretArn,
        [ENV.metricsNamespace]: settings.metricsNamespace,
        [ENV.tableName]: props.table.tableName,
        [ENV.eventBusName]: props.bus.eventBusName,
        [ENV.eventTtlDays]: String(settings.eventTtlDays),
        [ENV.duplicateWindowSeconds]: String(settings.duplicateWindowSeconds),
        [ENV.logLevel]: settings.logLevel,
      },
      logRetentionDays: props.logRetentionDays,
      logRemovalPolicy: props.logRemovalPolicy,
    });
    this.fn.allow(['secretsmanager:GetSecretValue'], [props.signingSecret.secretArn]);
    this.fn.allow([...CONSUMER_TABLE_ACCESS.actions], [props.table.tableArn]);
    this.fn.allow(['events:PutEvents'], [props.bus.eventBusArn]);
    // Adds the receive/delete grants on the queue to the consumer's role.
    this.fn.function.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: settings.batchSize,
        maxBatchingWindow: Duration.seconds(settings.maxBatchingWindowSeconds),
        maxConcurrency: settings.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );
  }
}
