// The reconciler against a Lava API that misbehaves (the loopback fake's listing modes): whatever the
// listing does, a run ends, with a clear error, a metric and what it did kept; a page of any size is
// checkpointed; an entry the apply path cannot read is set aside and the rest goes on.
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../lambdas/core/memory-store';
import { dynamoDbReconcileStore } from '../lambdas/reconciler/dynamodb-reconcile-store';
import { checkShape, nextCursor, ReconcileListingError } from '../lambdas/reconciler/listing';
import type { UnreadableEntry } from '../lambdas/reconciler/run-state';
import { sampleBody } from '../lambdas/shared/sample-events';
import { dynamoClient } from './helpers/dynamodb';
import { customer } from './helpers/fake-lava';
import { type Reconciling, startReconciling } from './helpers/reconciling';

const client = dynamoClient();
let r: Reconciling;
afterEach(() => r?.close());

const ids = (n: number, prefix = 'con_test_') =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, '0')}`);
const listCalls = () => r.fake.log.filter((req) => req.path.startsWith('/v1/customers?')).length;
const created = () => r.published.filter((e) => e.type === 'ConnectionCreated').length;

async function ended(reason: string, options = {}) {
  const error = await r.run(options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReconcileListingError);
  expect(error).toMatchObject({ reason });
  expect(r.metric('ListingAborted', { Reason: reason })).toBe(1);
  // The run is over, its reason kept; the lease is free: the next run starts afresh at once.
  expect(await r.checkpoint()).toMatchObject({ abortedReason: reason, leaseUntil: 0 });
  expect((await r.checkpoint())?.finishedAt).toBeGreaterThan(0);
  return (error as Error).message;
}

describe('a listing that would never end', () => {
  it('ends the run when the cursor repeats, after the pages it did, and the next run is not refused', async () => {
    r = await startReconciling(client);
    for (const id of ids(25)) r.fake.addCustomer(customer(id));
    r.fake.misbehave({ repeatCursor: true });
    const message = await ended('repeatedCursor');
    expect(message).toMatch(/next_cursor repeats .* ended after 2 page\(s\) and 20 customers \(20 repaired/);
    expect(listCalls()).toBe(2);
    expect(created()).toBe(20); // what the two pages repaired stays, announced
    expect(await r.checkpoint()).toMatchObject({ pages: 2 });
    await expect(r.run()).rejects.toThrow(ReconcileListingError);
    expect(listCalls()).toBe(4);
  }, 15_000);

  it('ends the run when a page lists ids an earlier page listed, before repairing it again', async () => {
    r = await startReconciling(client);
    for (const id of ids(12)) r.fake.addCustomer(customer(id));
    r.fake.misbehave({ repeatFirstPage: true });
    expect(await ended('repeatedIds')).toContain('repeated 10 id(s)');
    expect(listCalls()).toBe(2);
    expect(created()).toBe(10);
  }, 15_000);

  it('ends the run when Lava says it has more but gives no cursor, and tombstones nothing', async () => {
    r = await startReconciling(client);
    await r.webhook(sampleBody('connection.created', 'con_test_only_here'));
    for (const id of ids(12)) r.fake.addCustomer(customer(id));
    r.fake.misbehave({ noCursor: true });
    expect(await ended('noCursor')).toContain('without its tombstone pass');
    expect((await r.store.getConnection('con_test_only_here'))?.state.values.status).toBe('active');
    expect(r.fake.log.some((req) => req.path.includes('con_test_only_here'))).toBe(false);
  }, 15_000);

  it('ends the run past its page budget, and past its time budget when resumed too late', async () => {
    r = await startReconciling(client);
    for (const id of ids(3)) r.fake.addCustomer(customer(id));
    r.fake.misbehave({ endless: true });
    expect(await ended('pageBudget', { budget: { maxPages: 6, maxMs: 3_600_000 } })).toContain(
      'past 6 pages',
    );
    expect(listCalls()).toBe(6);

    r = await startReconciling(client);
    for (const id of ids(25)) r.fake.addCustomer(customer(id));
    let pages = 0;
    const paused = await r.run({ outOfTime: () => pages++ >= 1 });
    expect(paused).toMatchObject({ complete: false });
    const later = Date.now() + 2 * 3_600_000;
    const error = await r
      .run({ budget: { maxPages: 100, maxMs: 3_600_000 } }, { now: () => later })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'timeBudget' });
    expect(listCalls()).toBe(1); // the resumed run asked Lava for nothing more
  }, 15_000);

  it('refuses a page without a data list, and a cursor too long to keep', () => {
    expect(() => checkShape({ has_more: true })).toThrow(
      expect.objectContaining({ reason: 'malformedPage' }),
    );
    expect(() => checkShape({ data: {}, has_more: false })).toThrow(ReconcileListingError);
    const page = checkShape({ data: [], has_more: true, next_cursor: 'x'.repeat(5000) });
    expect(() => nextCursor(page, new Set())).toThrow('next_cursor of 5000 bytes');
    expect(nextCursor({ data: [], has_more: false, next_cursor: 'a' }, new Set())).toBeUndefined();
  });
});

describe('a page over the item limit', () => {
  it('checkpoints a page whose ids exceed an item, and a resumed run reads every id back', async () => {
    // 1,000 ids of 500 bytes: 500 KB, as 10,000 of ~50 bytes would be, for a tenth of the repairs
    // (this machine's cores are shared). Connections in memory; checkpoints on DynamoDB Local.
    r = await startReconciling(client, memoryStore());
    const many = ids(1_000, `con_test_${'x'.repeat(485)}_`);
    for (const id of many) r.fake.addCustomer(customer(id));
    r.fake.misbehave({ pageLimit: 1_000 });
    const result = await r.run({ pageSize: 100 });
    expect(result).toMatchObject({ complete: true, repaired: 1_000 });
    const pageParts = (await r.items()).filter((i) => i.kind === 'reconcile-page');
    expect(pageParts.length).toBeGreaterThan(1);
    const checkpoints = dynamoDbReconcileStore(client, r.tableName);
    expect(await checkpoints.loadPages('test', result.runId, [0])).toEqual(many);
  }, 60_000);
});

describe('a customer that cannot be read', () => {
  it('is set aside and counted, and the customers after it and the tombstone pass go on', async () => {
    r = await startReconciling(client);
    await r.webhook(
      sampleBody('connection.created', 'con_test_bad_email'),
      sampleBody('connection.created', 'con_test_gone'),
    );
    const emailBefore = (await r.store.getConnection('con_test_bad_email'))?.state.values.email;
    r.fake.addCustomer(customer('con_test_first'));
    // A field of the wrong type, on page 1, before everyone else.
    r.fake.addEntry({ ...customer('con_test_bad_email'), contact: { email: 42 } });
    r.fake.addEntry({ ...customer('x'), customer_id: undefined }); // no usable id at all
    r.fake.addEntry({ ...customer('x'), customer_id: 42 });
    r.fake.addEntry(null);
    for (const id of ids(12)) r.fake.addCustomer(customer(id));
    const unreadable: UnreadableEntry[] = [];
    const drifted: string[] = [];
    const result = await r.run({
      onUnreadable: (u) => unreadable.push(u),
      onDrift: (d) => drifted.push(...(d.differences ?? []).map((f) => `${d.connectionId}.${f.field}`)),
    });

    expect(result).toMatchObject({ complete: true, drift: { gone: 1 } });
    // Without a usable id: set aside whatever the parser tolerates.
    expect(unreadable.filter((u) => u.connectionId === undefined).map((u) => u.index)).toEqual([2, 3, 4]);
    expect(unreadable.every((u) => u.page === 0 && u.reason)).toBe(true);
    expect(result.unreadable).toBe(unreadable.length);
    expect(r.metric('Unreadable')).toBe(unreadable.length);
    expect(r.lines.some((l) => l.includes('skipped a customer the apply path cannot read'))).toBe(true);
    // Everyone listed after them is repaired; the one Lava no longer has is tombstoned.
    for (const id of ['con_test_first', ...ids(12)])
      expect((await r.store.getConnection(id))?.state.values.status).toBe('active');
    expect((await r.store.getConnection('con_test_gone'))?.state.values.status).toBe('deleted');
    // The one with the bad field is listed, so never tombstoned, and its email stays as it was.
    const bad = (await r.store.getConnection('con_test_bad_email'))?.state.values;
    expect(bad).toMatchObject({ status: 'active', email: emailBefore });
    // The email it could not read is no drift (its other fields are): the next run finds none.
    expect(drifted).not.toContain('con_test_bad_email.email');
    expect(drifted).toContain('con_test_bad_email.referenceId');
    expect(await r.run()).toMatchObject({ complete: true, drift: { changed: 0, missing: 0, gone: 0 } });
  }, 15_000);
});
