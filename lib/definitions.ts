// Settings that the CDK stack and the local stack (`npm start`) both build from. Plain data, no CDK
// import, so the local stack loads it without aws-cdk-lib.
export { TABLE } from '../lambdas/shared/table-schema';

export const QUEUE = {
  /** After this many receives a message moves to the DLQ. */
  maxReceiveCount: 5,
  retentionSeconds: 14 * 24 * 3600,
  /** Room for a 256 KiB body plus attributes (SQS accepts up to 1 MiB). */
  maxMessageSizeBytes: 1024 * 1024,
} as const;

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

export const INGEST = {
  timeoutSeconds: 8,
  memoryMb: 512,
} as const;

/** Local resource names; the deployed stack lets CloudFormation name things. */
export const LOCAL_NAMES = {
  table: 'lava-webhooks',
  queue: 'lava-webhooks-events',
  dlq: 'lava-webhooks-events-dlq',
} as const;
