// Settings that the CDK stack and the local stack (`npm start`) both build from. Plain data, no CDK
// import, so the local stack loads it without aws-cdk-lib.
export { QUEUE } from '../lambdas/shared/queue-message';
export { TABLE } from '../lambdas/shared/table-schema';

/** Where Lava posts its webhooks: the API's one route (POST), and the local stack's. */
export const WEBHOOK_PATH = '/webhooks/lava';

export const CONSUMER = {
  timeoutSeconds: 30,
  /** AWS advises a queue visibility timeout of at least six times the function timeout. */
  visibilityTimeoutSeconds: 6 * 30,
  batchSize: 10,
  maxBatchingWindowSeconds: 1,
  maxConcurrency: 5,
  /** Deployed only: memory also buys CPU for the HMAC and the DynamoDB client. */
  memoryMb: 512,
} as const;

/**
 * What the consumer does with the table, one list for its grant and its dashboard widget: the
 * DynamoDB operations its code sends, and the IAM actions they need (the Put and Update entries of a
 * transaction are authorized as PutItem and UpdateItem). No Query: only the CLI reads the byTime
 * index. A test derives both lists from the consumer's sources.
 */
export const CONSUMER_TABLE_ACCESS = {
  operations: ['GetItem', 'BatchGetItem', 'PutItem', 'TransactWriteItems'],
  actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
} as const;

export const INGEST = {
  timeoutSeconds: 8,
  memoryMb: 512,
} as const;

/** Moves what ingest spilled to the table (SQS did not confirm it) on to the queue. */
export const DRAINER = {
  /** Scheduled every minute; a run stops well before the next begins. */
  timeoutSeconds: 50,
  memoryMb: 256,
  /** The local stack drains this often: a spilled event is applied seconds after SQS is back. */
  localIntervalMs: 2_000,
} as const;

/** The scheduled reconciler: Lambda's longest run; it pauses 90 s before the end and resumes later. */
export const RECONCILER = {
  timeoutSeconds: 900,
  memoryMb: 256,
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
export const STACK_OUTPUTS = [
  'WebhookUrl',
  'SecretArn',
  'TableName',
  'QueueUrl',
  'QueueArn',
  'DlqUrl',
  'DlqArn',
  'EventBusName',
  'EventBusArn',
  'EventArchiveArn',
  'AlarmTopicArn',
  'IngestFunctionName',
  'ConsumerFunctionName',
  'DashboardUrl',
  'LavaKeySecretArn',
] as const;
export type StackOutput = (typeof STACK_OUTPUTS)[number];
/**
 * Outputs a stack may lack (one deployed by an earlier version): the CLI only needs them in the
 * commands that read them, and the README's recipes.
 */
export const OPTIONAL_OUTPUTS: readonly StackOutput[] = [
  'LavaKeySecretArn',
  'EventBusArn',
  'EventArchiveArn',
  'AlarmTopicArn',
  'IngestFunctionName',
  'ConsumerFunctionName',
  'DashboardUrl',
];
