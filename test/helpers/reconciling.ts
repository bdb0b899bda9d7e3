// The reconciler as the tests run it: the loopback fake of Lava's API, a fresh table on DynamoDB
// Local (the checkpoints always there; connections there or in memory), capturing publisher, log
// and metrics, and helpers to read what a run left behind.
import { type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DomainEvent } from '../../lambdas/core/decide';
import type { StateStore } from '../../lambdas/core/state-store';
import { dynamoDbReconcileStore } from '../../lambdas/reconciler/dynamodb-reconcile-store';
import { lavaApi } from '../../lambdas/reconciler/lava-api';
import { reconcile } from '../../lambdas/reconciler/reconcile';
import type { ReconcileOptions } from '../../lambdas/reconciler/run-state';
import { createLogger } from '../../lambdas/shared/log';
import { Metrics } from '../../lambdas/shared/metrics';
import { getItem } from '../../lambdas/shared/table-reads';
import { reconcileKey } from '../../lambdas/shared/table-schema';
import { batch, testConsumer } from './consumer-harness';
import { freshStore } from './dynamodb';
import { type FakeLava, startFakeLava } from './fake-lava';
import { sqsRecord } from './sqs-record';

export interface RunOverrides {
  /** Lava's key (default the fake's). */
  key?: string;
  now?: () => number;
}

export interface Reconciling {
  fake: FakeLava;
  /** Where the connections are (DynamoDB Local unless the test passed a store). */
  store: StateStore;
  tableName: string;
  published: DomainEvent[];
  lines: string[];
  /** How many publishes fail from now on. */
  failPublish: number;
  run(options?: ReconcileOptions, overrides?: RunOverrides): ReturnType<typeof reconcile>;
  /** Applies webhooks through the consumer, as Lava's deliveries would. */
  webhook(...bodies: string[]): Promise<void>;
  /** The sum of a metric over every EMF line so far. */
  metric(name: string, dimensions?: Record<string, string>): number;
  /** Every item of the table, by key. */
  items(): Promise<Record<string, unknown>[]>;
  /** The mode's checkpoint item as stored. */
  checkpoint(mode?: string): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

export async function startReconciling(client: DynamoDBClient, store?: StateStore): Promise<Reconciling> {
  const fake = await startFakeLava();
  const fresh = await freshStore(client, { commitInTwoWrites: false });
  const r: Reconciling = {
    fake,
    store: store ?? fresh.store,
    tableName: fresh.tableName,
    published: [],
    lines: [],
    failPublish: 0,
    run: (options = {}, overrides = {}) =>
      reconcile(
        {
          lava: lavaApi(overrides.key ?? fake.secretKey, {
            baseUrl: fake.baseUrl,
            requestsPerSecond: 1000,
            sleep: async () => {},
          }),
          store: r.store,
          checkpoints: dynamoDbReconcileStore(client, r.tableName),
          publish: async (events) => {
            if (r.failPublish > 0) {
              r.failPublish--;
              throw new Error('EventBridge is down');
            }
            r.published.push(...events);
          },
          log: createLogger({ write: (l) => r.lines.push(l) }),
          metrics: new Metrics('Test', { Service: 'reconciler' }, (l) => r.lines.push(l)),
          ...(overrides.now ? { now: overrides.now } : {}),
        },
        { pageSize: 10, ...options },
      ),
    async webhook(...bodies) {
      const consumer = testConsumer({ store: r.store, write: () => {}, publish: async () => {} });
      const out = await consumer(batch(...bodies.map((b) => sqsRecord(b))));
      if (out.batchItemFailures.length) throw new Error('a seeded webhook failed');
    },
    metric: (name, dimensions = {}) =>
      r.lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        // One line per dimension set; each value once.
        .filter((d) => '_aws' in d && name in d && Object.entries(dimensions).every(([k, v]) => d[k] === v))
        .flatMap((d) => [d[name]].flat() as number[])
        .reduce((a, b) => a + b, 0),
    async items() {
      const out = await client.send(new ScanCommand({ TableName: r.tableName, ConsistentRead: true }));
      return (out.Items ?? [])
        .map((i) => unmarshall(i))
        .sort((a, b) => String(a.pk).localeCompare(String(b.pk)));
    },
    checkpoint: (mode = 'test') => getItem(client, r.tableName, reconcileKey(mode)),
    close: () => fake.close(),
  };
  return r;
}
