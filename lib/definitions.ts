// Settings that the CDK stack and the local stack (`npm start`) both build from. Plain data, no CDK
// import, so the local stack loads it without aws-cdk-lib.
export { QUEUE } from '../lambdas/shared/queue-message';
export { TABLE } from '../lambdas/shared/table-schema';

import type { LambdaName } from './bundling';

/** Where Lava posts its webhooks: the API's one route (POST), and the local stack's. */
export const WEBHOOK_PATH = '/webhooks/lava';

/**
 * Each function's Lambda timeout and memory, one table for the stack, the local stack and the cost
 * model. Memory counts only deployed, where it also buys CPU for the HMAC and the SDK clients.
 */
export const FUNCTION_LIMITS = {
  ingest: { timeoutSeconds: 8, memoryMb: 512 },
  consumer: { timeoutSeconds: 30, memoryMb: 512 },
  /** Scheduled every minute; a run stops well before the next begins. */
  drainer: { timeoutSeconds: 50, memoryMb: 256 },
  /** Lambda's longest run; it pauses 90 s before the end and resumes later. */
  reconciler: { timeoutSeconds: 900, memoryMb: 256 },
} as const satisfies Record<LambdaName, { timeoutSeconds: number; memoryMb: number }>;

export const CONSUMER = {
  /** AWS advises a queue visibility timeout of at least six times the function timeout. */
  visibilityTimeoutSeconds: 6 * FUNCTION_LIMITS.consumer.timeoutSeconds,
  batchSize: 10,
  maxBatchingWindowSeconds: 1,
  maxConcurrency: 5,
} as const;

/**
 * What the consumer does with the table, one list for its grant and its dashboard widget: the
 * DynamoDB operations its code sends, and the IAM actions they need (the Put and Update entries of a
 * transaction are authorized as PutItem and UpdateItem). No Query: only the CLI reads the byTime
 * index. A test derives both lists from the consumer's sources.
 */
export const CONSUMER_TABLE_ACCESS = {
  operations: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'TransactWriteItems'],
  actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
} as const;

/** Moves what ingest spilled to the table (SQS did not confirm it) on to the queue. */
export const DRAINER = {
  /** The local stack drains this often: a spilled event is applied seconds after SQS is back. */
  localIntervalMs: 2_000,
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
 * version); the CLI needs an optional one only in the commands that read it, and the README's recipes.
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
} as const satisfies Record<string, 'required' | 'optional'>;
export type StackOutput = keyof typeof OUTPUTS;
export const STACK_OUTPUTS = Object.keys(OUTPUTS) as StackOutput[];
export const OPTIONAL_OUTPUTS: readonly StackOutput[] = STACK_OUTPUTS.filter(
  (k) => OUTPUTS[k] === 'optional',
);
