// The drainer: every minute, moves what ingest spilled to the table (when SQS did not confirm a
// request) on to the queue, then deletes it. Its role may query the spill partition of the `byTime`
// index only and read and delete spill items only (`dynamodb:LeadingKeys` conditions), and send to
// the one queue.
import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/shared/env';
import { SPILL_KEY_PREFIX, SPILL_PARTITION } from '../lambdas/shared/table-schema';
import { DRAINER_TABLE_ACCESS } from './definitions';
import { type FunctionLogs, LavaFunction } from './lambda-function';

export interface SpillDrainerProps extends FunctionLogs {
  table: dynamodb.ITable;
  byTimeIndexArn: string;
  queue: sqs.IQueue;
  environment: Record<string, string>;
}

/** Limits table actions to the spill items' keys. */
export const spillItemsOnly = {
  'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${SPILL_KEY_PREFIX}*`] },
};

/**
 * Limits a Query of the `byTime` index to its spill partition: on an index, the leading key is the
 * index's partition key. `Null: false` requires the key to be there, so that the condition can never
 * hold vacuously (ForAllValues holds for a request without the key): should DynamoDB not give it for
 * an index query, the drainer is refused outright, which the integration test's drain step would show.
 */
export const spillPartitionOnly = {
  'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [SPILL_PARTITION] },
  Null: { 'dynamodb:LeadingKeys': 'false' },
};

export class SpillDrainer extends Construct {
  readonly drainer: LavaFunction;
  readonly schedule: events.Rule;

  constructor(scope: Construct, id: string, props: SpillDrainerProps) {
    super(scope, id);
    this.drainer = new LavaFunction(this, 'Drainer', {
      name: 'drainer',
      description: 'Every minute: spilled requests (SQS did not confirm them) → the queue',
      environment: {
        ...props.environment,
        [ENV.tableName]: props.table.tableName,
        [ENV.queueUrl]: props.queue.queueUrl,
      },
      logRetentionDays: props.logRetentionDays,
      logRemovalPolicy: props.logRemovalPolicy,
    });
    this.drainer.allow([...DRAINER_TABLE_ACCESS.indexActions], [props.byTimeIndexArn], spillPartitionOnly);
    this.drainer.allow([...DRAINER_TABLE_ACCESS.actions], [props.table.tableArn], spillItemsOnly);
    this.drainer.allow(['sqs:SendMessage'], [props.queue.queueArn]);
    this.schedule = new events.Rule(this, 'EveryMinute', {
      description: 'Runs the spill drainer',
      schedule: events.Schedule.rate(Duration.minutes(1)),
      targets: [new targets.LambdaFunction(this.drainer.function, { retryAttempts: 0 })],
    });
  }
}
