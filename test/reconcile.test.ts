// The reconciler against DynamoDB Local and the loopback fake of Lava's API: drift of every kind
// repaired through the consumer's apply path, with its domain events; newer webhooks win; dry runs
// change nothing; an empty listing is refused; the other mode is left alone; a failed run resumes.
import { DeleteItemCommand } from '@aws-sdk/client-dynamodb';
import type { RestCustomer } from '@lavapayments/nodejs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dynamoDbReconcileStore } from '../lambdas/reconciler/dynamodb-reconcile-store';
import { ReconcileRunExpiredError } from '../lambdas/reconciler/reconcile-store';
import { tombstoneLimit } from '../lambdas/reconciler/repairs';
import { sampleBody } from '../lambdas/shared/sample-events';
import { reconcilePageKey, TABLE } from '../lambdas/shared/table-schema';
import { batch, testConsumer } from './helpers/consumer-harness';
import { dynamoClient } from './helpers/dynamodb';
import { customer } from './helpers/fake-lava';
import { type Reconciling, startReconciling } from './helpers/reconciling';
import { sqsRecord } from './helpers/sqs-record';

const client = dynamoClient();
let r: Reconciling;

/** What the seeded webhooks said about a customer, as Lava's API shows it. */
const asLava = (id: string, overrides: Partial<RestCustomer> = {}) =>
  customer(id, {
    reference_id: 'user_42',
    contact: {
      email: 'ada@example.com',
      phone: null as unknown as string,
      first_name: 'Ada',
      last_name: 'Lovelace',
    },
    ...overrides,
  });

const connection = async (id: string) => (await r.store.getConnection(id))?.state;
const types = () => r.published.map((e) => `${e.type} ${e.detail.connectionId}`).sort();

beforeEach(async () => {
  r = await startReconciling(client);
});
afterEach(() => r.close());

describe('reconcile', () => {
  it('repairs drift of every kind through the apply path and announces it as a webhook would', async () => {
    await r.webhook(
      sampleBody('connection.created', 'con_test_same'),
      sampleBody('connection.created', 'con_test_changed'),
      sampleBody('connection.created', 'con_test_gone'),
      sampleBody('connection.created', 'con_test_back'),
    );
    await r.webhook(
      JSON.stringify({ event: 'connection.deleted', data: { connection_id: 'con_test_back' } }),
    );
    r.fake.addCustomer(asLava('con_test_same'));
    r.fake.addCustomer(
      asLava('con_test_changed', {
        contact: { email: 'grace@example.com', phone: '+15550199', first_name: 'Ada', last_name: 'Lovelace' },
        metadata: { plan: 'pro' },
        subscription: { subscription_id: 'sub_1', plan_id: 'plan_1', name: 'Pro', status: 'active' },
      }),
    );
    r.fake.addCustomer(asLava('con_test_missing', { reference_id: 'user_7' }));
    r.fake.addCustomer(asLava('con_test_back'));

    const drifts: string[] = [];
    const result = await r.run({ onDrift: (d) => drifts.push(`${d.kind} ${d.connectionId} ${d.outcome}`) });

    expect(result).toMatchObject({ complete: true, drift: { missing: 2, changed: 1, gone: 1 }, repaired: 4 });
    expect(drifts.sort()).toEqual([
      'changed con_test_changed repaired',
      'gone con_test_gone repaired',
      'missing con_test_back repaired',
      'missing con_test_missing repaired',
    ]);
    expect(types()).toEqual([
      'ConnectionCreated con_test_back',
      'ConnectionCreated con_test_missing',
      'ConnectionDeleted con_test_gone',
      // The changed customer's new email and subscription, announced as a webhook's would be.
      'ConnectionUpdated con_test_changed',
      'SubscriptionChanged con_test_changed',
    ]);
    expect(r.published.every((e) => String(e.detail.eventType).startsWith('reconcile.customer.'))).toBe(true);
    expect(await connection('con_test_missing')).toMatchObject({
      values: {
        status: 'active',
        referenceId: 'user_7',
        email: 'con_test_missing@example.com'.replace('con_test_missing', 'ada'),
      },
      createdAt: '2026-11-01T10:00:00.000Z',
      lastEventType: 'reconcile.customer.created',
    });
    const changed = await connection('con_test_changed');
    expect(changed?.values).toMatchObject({
      email: 'grace@example.com',
      phone: '+15550199',
      status: 'active',
    });
    expect(JSON.parse(String(changed?.values.metadata))).toEqual({ plan: 'pro' });
    expect(JSON.parse(String(changed?.values.subscription))).toMatchObject({ plan_id: 'plan_1' });
    expect((await connection('con_test_gone'))?.values.status).toBe('deleted');
    expect((await connection('con_test_back'))?.values.status).toBe('active');

    // Each repair is archived as an event with source `reconcile`.
    const archived = (await r.items()).filter((i) => i.source === 'reconcile');
    expect(archived.map((i) => `${i.eventType} ${i.connectionId} ${i.outcome}`).sort()).toEqual([
      'reconcile.customer.created con_test_back applied',
      'reconcile.customer.created con_test_missing applied',
      'reconcile.customer.deleted con_test_gone applied',
      'reconcile.customer.updated con_test_changed applied',
    ]);
    expect(archived.every((i) => String(i.pk).startsWith('EVENT#') && i.published === true)).toBe(true);
    expect(r.metric('CustomersRead')).toBe(4);
    expect(r.metric('Drift')).toBe(4);

    // A second run finds nothing left.
    r.published = [];
    expect(await r.run()).toMatchObject({ drift: { missing: 0, changed: 0, gone: 0 }, repaired: 0 });
    expect(r.published).toEqual([]);
  });

  it('never overwrites what a newer webhook said', async () => {
    const later = Math.floor(Date.now() / 1000) + 120; // signed two minutes after Lava is read
    const body = sampleBody('connection.created', 'con_test_newer', {
      customer: { email: 'newer@example.com', first_name: 'Ada', last_name: 'Lovelace', phone: null },
    });
    const consumer = testConsumer({ store: r.store, write: () => {}, publish: async () => {} });
    await consumer(batch(sqsRecord(body, { scheme: 'timestamped', t: later })));
    r.fake.addCustomer(
      asLava('con_test_newer', { contact: { ...asLava('x').contact, email: 'older@example.com' } }),
    );
    const result = await r.run();
    expect(result).toMatchObject({ drift: { changed: 1 }, repaired: 0, superseded: 1 });
    expect((await connection('con_test_newer'))?.values.email).toBe('newer@example.com');
  });

  it('changes nothing on a dry run, and says what it would do', async () => {
    await r.webhook(
      sampleBody('connection.created', 'con_test_a'),
      sampleBody('connection.created', 'con_test_b'),
    );
    r.fake.addCustomer(asLava('con_test_a', { reference_id: 'user_changed' }));
    r.fake.addCustomer(asLava('con_test_new'));
    const before = await r.items();
    const drifts: string[] = [];
    const result = await r.run({
      dryRun: true,
      onDrift: (d) => drifts.push(`${d.kind} ${d.connectionId} ${d.outcome}`),
    });
    expect(result.drift).toEqual({ missing: 1, changed: 1, gone: 1 });
    expect(drifts.sort()).toEqual([
      'changed con_test_a skipped',
      'gone con_test_b skipped',
      'missing con_test_new skipped',
    ]);
    expect(await r.items()).toEqual(before);
    expect(r.published).toEqual([]);
  });

  it('refuses to tombstone on an empty listing, with a metric; --force does it', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `con_test_${i}`);
    await r.webhook(...ids.map((id) => sampleBody('connection.created', id)));
    const before = await r.items();
    const result = await r.run();
    expect(result.refused).toEqual({ candidates: 10, active: 10, limit: 5 });
    expect(result.drift.gone).toBe(0);
    expect(r.metric('Refusals')).toBe(1);
    expect(r.lines.some((l) => l.includes('refused to tombstone'))).toBe(true);
    const after = await r.items();
    expect(after.filter((i) => i.kind === 'connection')).toEqual(
      before.filter((i) => i.kind === 'connection'),
    );

    expect((await r.run({ force: true })).drift.gone).toBe(10);
    expect(types()).toEqual(ids.map((id) => `ConnectionDeleted ${id}`).sort());
    expect(tombstoneLimit(49)).toBe(5);
    expect(tombstoneLimit(120)).toBe(12);
  });

  it('touches only ids of its key’s mode', async () => {
    await r.webhook(
      sampleBody('connection.created', 'con_01LIVEONLY'),
      sampleBody('connection.created', 'con_test_1'),
    );
    r.fake.addCustomer(asLava('con_test_1'));
    r.fake.addCustomer(asLava('cus_01LIVECUSTOMER'));
    const result = await r.run();
    expect(result).toMatchObject({
      customersRead: 2,
      otherModeSkipped: 1,
      drift: { missing: 0, changed: 0, gone: 0 },
    });
    expect((await connection('con_01LIVEONLY'))?.values.status).toBe('active');
    expect(await connection('cus_01LIVECUSTOMER')).toBeUndefined();

    // A live key reads the live ids: the test one is not its to judge.
    const live = await r
      .run({}, { key: r.fake.secretKey.replace('aks_test_', 'aks_live_') })
      .catch((e: unknown) => e);
    expect(String(live)).toContain('401'); // the fake knows only the test key
  });

  it('resumes a run that failed mid-listing, without doing anything twice', async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `con_test_${String(i).padStart(2, '0')}`);
    for (const id of ids) r.fake.addCustomer(asLava(id));
    // The third page keeps failing past the client's retries.
    r.fake.fail({
      status: 500,
      times: 5,
      match: (method, path) =>
        method === 'GET' &&
        path.startsWith('customers') &&
        r.fake.log.filter((req) => req.path.startsWith('/v1/customers')).length >= 2,
    });
    await expect(r.run()).rejects.toThrow('500');
    expect(r.published).toHaveLength(20);

    const result = await r.run();
    expect(result).toMatchObject({ resumed: true, complete: true, drift: { missing: 5 } });
    expect(types()).toEqual(ids.map((id) => `ConnectionCreated ${id}`));
  });

  it('publishes on the next run what a failed run could not', async () => {
    r.fake.addCustomer(asLava('con_test_owed'));
    r.failPublish = 1;
    await expect(r.run()).rejects.toThrow('could not be published');
    expect((await connection('con_test_owed'))?.values.status).toBe('active');
    expect(r.published).toEqual([]);
    const result = await r.run();
    expect(result).toMatchObject({ resumed: true, complete: true, drift: { missing: 0 } });
    expect(types()).toEqual(['ConnectionCreated con_test_owed']);
  });

  it("reads a run's listed pages back in page order, and refuses a run one of whose pages expired", async () => {
    const checkpoints = dynamoDbReconcileStore(client, r.tableName);
    const expiresAt = Date.now() + 3_600_000;
    await checkpoints.savePage('test', 'run_pages', 0, ['con_a', 'con_b'], expiresAt);
    await checkpoints.savePage('test', 'run_pages', 1, ['con_c'], expiresAt);
    expect(await checkpoints.loadPages('test', 'run_pages', [0, 1])).toEqual(['con_a', 'con_b', 'con_c']);
    await client.send(
      new DeleteItemCommand({
        TableName: r.tableName,
        Key: { [TABLE.partitionKey]: { S: reconcilePageKey('test', 'run_pages', 1) } },
      }),
    );
    await expect(checkpoints.loadPages('test', 'run_pages', [0, 1])).rejects.toThrow(
      ReconcileRunExpiredError,
    );
  });

  it('lets one run at a time hold a mode', async () => {
    const checkpoints = dynamoDbReconcileStore(client, r.tableName);
    await checkpoints.acquire('test', 'someone-else', Date.now(), Date.now() + 60_000);
    await expect(r.run()).rejects.toThrow('another reconcile of the test mode is running');
  });
});
