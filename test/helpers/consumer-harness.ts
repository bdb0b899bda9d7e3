// The consumer as the tests build it: a real store (on DynamoDB Local or in memory), a capturing publisher, a secret cache over a list.
import type { SQSRecord } from 'aws-lambda';
import { createConsumerHandler } from '../../lambdas/consumer/consumer';
import { memoryStore } from '../../lambdas/core/memory-store';
import type { Publisher } from '../../lambdas/core/publisher';
import type { StateStore } from '../../lambdas/core/state-store';
import { DEFAULT_DUPLICATE_WINDOW_SECONDS } from '../../lambdas/shared/env';
import { createLogger } from '../../lambdas/shared/log';
import { Metrics } from '../../lambdas/shared/metrics';
import { SecretCache } from '../../lambdas/shared/secret-cache';
import { dynamoClient, freshStore } from './dynamodb';
import { TEST_SECRET } from './samples';

export interface HarnessOptions {
  store: StateStore;
  /** Receives every log and metric line. */
  write: (line: string) => void;
  publish: Publisher;
  /** The stored secrets, read on every fetch (so a test can rotate them), or an error to throw. */
  secrets?: () => string[] | Error;
  duplicateWindowSeconds?: number;
}

export function testConsumer(options: HarnessOptions) {
  const secrets = options.secrets ?? (() => [TEST_SECRET]);
  return createConsumerHandler({
    store: options.store,
    publish: options.publish,
    secrets: new SecretCache(
      async () => {
        const value = secrets();
        if (value instanceof Error) throw value;
        return value;
      },
      { ttlMs: 60_000, refreshAfterMissMs: 5_000, maxStaleMs: 0 },
    ),
    log: createLogger({ write: options.write }),
    metrics: new Metrics('Test', { Service: 'consumer' }, options.write),
    duplicateWindowSeconds: options.duplicateWindowSeconds ?? DEFAULT_DUPLICATE_WINDOW_SECONDS,
  });
}

/**
 * The stores the consumer's logic is tested on: the DynamoDB adapter on DynamoDB Local (what runs),
 * and the in-memory one (the same contract, test/store-contract.test.ts; no Java). `TEST_STORES=memory`
 * keeps the in-memory one only: the mutation run (vitest.mutate.config.ts) starts no DynamoDB Local.
 */
export const STORES = [
  { name: 'DynamoDB Local', onDynamoDb: true, make: () => freshStore(dynamoClient()) },
  {
    name: 'the in-memory store',
    onDynamoDb: false,
    make: async () => ({ store: memoryStore(), tableName: '' }),
  },
].filter((s) => process.env.TEST_STORES !== 'memory' || !s.onDynamoDb);

export const batch = (...records: SQSRecord[]) => ({ Records: records });

/** Every order of the items. */
export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [item, ...p]),
  );
}

/** The `outcome` of each `processed` log line, in order. */
export function outcomes(lines: string[]): string[] {
  return lines
    .map((l) => JSON.parse(l) as { message?: string; outcome?: string })
    .filter((d) => d.message === 'processed')
    .map((d) => d.outcome ?? '');
}
