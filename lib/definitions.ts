// Settings that the CDK stack and the local stack (`npm start`) both build from. Plain data, no CDK
// import, so the local stack loads it without aws-cdk-lib.
export { QUEUE } from '../lambdas/shared/queue-message';
export { TABLE } from '../lambdas/shared/table-schema';

import { INGEST_BUDGET } from '../lambdas/ingest/budget';
import { QUEUE } from '../lambdas/shared/queue-message';
import type { LambdaName } from './bundling';

/** Where Lava posts its webhooks: the API's one route (POST), and the local stack's. */
export const WEBHOOK_PATH = '/webhooks/lava';

/**
 * Each function's Lambda timeout and memory, one table for the stack, the local stack and the cost
 * model. Memory counts only deployed, where it also buys CPU for the HMAC and the SDK clients.
 */
export const FUNCTION_LIMITS = {
  /**
   * Ingest answers within its budget (7 s, lambdas/ingest/budget.ts); the function's timeout is a
   * second more, and API Gateway waits a second beyond that (a cold start's init is not counted by
   * the function's timeout), still under Lava's 10 s: a stuck function is a 5xx Lava sees in time.
   */
  ingest: {
    timeoutSeconds: INGEST_BUDGET.answerWithinMs / 1000 + 1,
    integrationTimeoutSeconds: INGEST_BUDGET.answerWithinMs / 1000 + 2,
    memoryMb: 512,
  },
  consumer: { timeoutSeconds: 30, memoryMb: 512 },
  /** Scheduled every minute; a run stops well before the next begins. */
  drainer: { timeoutSeconds: 50, memoryMb: 256 },
  /** Lambda's longest run; it pauses 90 s before the end and resumes later. */
  reconciler: { timeoutSeconds: 900, memoryMb: 256 },
  /** A batch's POSTs run side by side, each bounded to 10 s; mostly waiting, so little memory. */
  forwarder: { timeoutSeconds: 30, memoryMb: 256 },
} as const satisfies Record<LambdaName, { timeoutSeconds: number; memoryMb: number }> & {
  ingest: { integrationTimeoutSeconds: number };
};

export const CONSUMER = {
  /** AWS advises a queue visibility timeout of at least six times the function timeout. */
  visibilityTimeoutSeconds: 6 * FUNCTION_LIMITS.consumer.timeoutSeconds,
  batchSize: 10,
  maxBatchingWindowSeconds: 1,
  maxConcurrency: 5,
} as const;

/**
 * What a function does with the table: the DynamoDB operations its code sends, the IAM actions they
 * need on the table (the Put and Update entries of a transaction are authorized as PutItem and
 * UpdateItem), and on its one index (a Query). Stack tests derive each list from the function's
 * bundle, so a call the code adds fails them until it is granted here.
 */
export interface TableAccess {
  operations: readonly string[];
  actions: readonly string[];
  indexActions: readonly string[];
}

/**
 * The item actions of the apply path (lambdas/core), which the consumer and the reconciler share.
 * ConditionCheckItem: an event put with no connection write holds the connection's version
 * (docs/state-model.md#pending-events); the reconciler, which commits each repair in one
 * transaction, holds that code in its bundle without sending one.
 */
const APPLY_PATH_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:ConditionCheckItem',
] as const;

/**
 * The consumer: item reads and writes, also its grant's and its dashboard widget's list. No Query:
 * only the CLI and the drainer (its spill partition) read the byTime index.
 */
export const CONSUMER_TABLE_ACCESS = {
  operations: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'TransactWriteItems'],
  actions: APPLY_PATH_ITEM_ACTIONS,
  indexActions: [],
} as const satisfies TableAccess;

/** The reconciler: the consumer's apply path, its checkpoints, and the byStatus index. */
export const RECONCILER_TABLE_ACCESS = {
  operations: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'TransactWriteItems', 'Query'],
  actions: APPLY_PATH_ITEM_ACTIONS,
  indexActions: ['dynamodb:Query'],
} as const satisfies TableAccess;

/** The drainer: spill items listed on the byTime index, read, and deleted (spill keys only). */
export const DRAINER_TABLE_ACCESS = {
  operations: ['Query', 'BatchGetItem', 'BatchWriteItem'],
  actions: ['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem'],
  indexActions: ['dynamodb:Query'],
} as const satisfies TableAccess;

/** Moves what ingest spilled to the table (SQS did not confirm it) on to the queue. */
export const DRAINER = {
  /** The local stack drains this often: a spilled event is applied seconds after SQS is back. */
  localIntervalMs: 2_000,
} as const;

/**
 * Forwarding domain events to the app (opt-in: `forwardUrl`): the forwarder's queue, fed by a rule on
 * the bus, and its DLQ. A failed forward is retried through the queue on the forwarder's own schedule
 * (lambdas/forwarder/schedule.ts), so the queue's redrive policy is only a backstop for a message
 * that keeps failing the function itself (a crash, a timeout, a 410 while forwarding turns off).
 */
export const FORWARDING = {
  /** SQS's longest retention: how long events wait while forwarding is off. */
  retentionSeconds: QUEUE.dlqRetentionSeconds,
  visibilityTimeoutSeconds: 6 * FUNCTION_LIMITS.forwarder.timeoutSeconds,
  maxReceiveCount: 20,
  batchSize: 10,
  /** Lambda's least; the app sees at most this many batches (of ten POSTs) at once. */
  maxConcurrency: 2,
  /**
   * `npm start`: retries soon enough to watch (1 s, 2 s, 4 s… at most 30 s apart), and the DLQ after
   * ten minutes rather than a day.
   */
  localSchedule: { firstSeconds: 1, maxSeconds: 30, forSeconds: 600 },
} as const;

/** Local resource names; the deployed stack lets CloudFormation name things. */
export const LOCAL_NAMES = {
  table: 'lava-webhooks',
  queue: 'lava-webhooks-events',
  dlq: 'lava-webhooks-events-dlq',
  secret: 'lava-webhooks/signing-secret',
  /** Lava's secret key for the reconciler (held in memory only, from LAVA_SECRET_KEY). */
  lavaKeySecret: 'lava-webhooks/lava-secret-key',
  eventBus: 'lava-webhooks-local',
  forwardQueue: 'lava-webhooks-forward',
  forwardDlq: 'lava-webhooks-forward-dlq',
  forwardSecret: 'lava-webhooks/forward-secret',
  /** The functions whose configuration the local Lambda stand-in updates (`--now` restarts them). */
  ingestFunction: 'lava-webhooks-ingest',
  consumerFunction: 'lava-webhooks-consumer',
} as const;

/** The one-machine stack (`npm start`). */
export const LOCAL = {
  port: 3000,
  /** State folder under the checkout (git-ignored): DynamoDB data, secret, domain events, stack.json. */
  stateDir: '.local',
  /**
   * Much shorter than CONSUMER.visibilityTimeoutSeconds so that a failed record is retried, and a
   * poison one reaches the DLQ, within seconds instead of fifteen minutes.
   */
  visibilityTimeoutSeconds: 3,
  /** Long polling, as Lambda's event source mapping does (SQS allows at most 20). */
  waitTimeSeconds: 20,
  /** Requests beyond this are refused while reading, so a huge upload cannot exhaust memory. */
  maxRequestBytes: 1024 * 1024,
} as const;

/** The deployed stack's CloudFormation name for a stage, and the outputs the CLI reads. */
export const stackName = (stage: string) => `LavaWebhooks-${stage}`;
/**
 * Each output of the stack, and whether a stack may lack it (`optional`: one deployed by an earlier
 * version); the CLI needs an optional one only in the commands that read it, and the recipes of docs/deploy.md.
 */
const OUTPUTS = {
  WebhookUrl: 'required',
  SecretArn: 'required',
  TableName: 'required',
  QueueUrl: 'required',
  QueueArn: 'required',
  DlqUrl: 'required',
  DlqArn: 'required',
  EventBusName: 'required',
  EventBusArn: 'optional',
  EventArchiveArn: 'optional',
  AlarmTopicArn: 'optional',
  IngestFunctionName: 'optional',
  ConsumerFunctionName: 'optional',
  DashboardUrl: 'optional',
  LavaKeySecretArn: 'optional',
  TableArn: 'optional',
  // Each function's log group (and the API's access log), for Logs Insights and `aws logs tail`.
  IngestLogGroupName: 'optional',
  ConsumerLogGroupName: 'optional',
  DrainerLogGroupName: 'optional',
  ReconcilerLogGroupName: 'optional',
  ApiAccessLogGroupName: 'optional',
  // Forwarding, only when `forwardUrl` is set.
  ForwardUrl: 'optional',
  ForwardSecretArn: 'optional',
  ForwardQueueUrl: 'optional',
  ForwardQueueArn: 'optional',
  ForwardDlqUrl: 'optional',
  ForwardDlqArn: 'optional',
  ForwarderFunctionName: 'optional',
  ForwardingMappingId: 'optional',
  ForwarderLogGroupName: 'optional',
} as const satisfies Record<string, 'required' | 'optional'>;
export type StackOutput = keyof typeof OUTPUTS;
/** The outputs a stack has only with forwarding on. */
export type ForwardingOutput = Extract<StackOutput, `Forward${string}`>;
export const STACK_OUTPUTS = Object.keys(OUTPUTS) as StackOutput[];
export const FORWARDING_OUTPUTS: readonly StackOutput[] = STACK_OUTPUTS.filter((k) =>
  k.startsWith('Forward'),
);
export const OPTIONAL_OUTPUTS: readonly StackOutput[] = STACK_OUTPUTS.filter(
  (k) => OUTPUTS[k] === 'optional',
);
