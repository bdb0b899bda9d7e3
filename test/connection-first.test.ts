// The DynamoDB adapter's commit as two writes (the connection carrying the event as pending, then its
// archive item), on DynamoDB Local: what a stop between the two leaves, and how every later delivery
// finds it. docs/state-model.md#pending-events.
import {
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { SQSRecord } from 'aws-lambda';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../lambdas/core/decide';
import { dynamoDbStore } from '../lambdas/core/dynamodb-store';
import { MAX_PENDING } from '../lambdas/core/pending-events';
import { sampleBody } from '../lambdas/shared/sample-events';
import { connectionKey, TABLE } from '../lambdas/shared/table-schema';
import { batch, outcomes, testConsumer } from './helpers/consumer-harness';
import { freshTable, gatedClient, stoppingClient } from './helpers/dynamodb';
import { deliveryIdOf, eventIdOf, queuedAgain, redelivered, sqsRecord } from './helpers/sqs-record';

const T0 = 1_800_000_000;

let tableName: string;
let client: DynamoDBClient;
let fault: ReturnType<typeof stoppingClient>['stop'];
let published: DomainEvent[];
let lines: string[];

/** A consumer of its own process: its own store, so it knows nothing another one archived. */
function consumerProcess(on: DynamoDBClient = client) {
  const store = dynamoDbStore(on, tableName, { eventTtlDays: 30, commitInTwoWrites: true });
  const handler = testConsumer({
    store,
    write: (line) => lines.push(line),
    publish: async (events) => {
      published.push(...events);
    },
  });
  return { store, handler };
}

async function rawConnection(id: string) {
  const out = await client.send(
    new GetItemCommand({ TableName: tableName, Key: { [TABLE.partitionKey]: { S: connectionKey(id) } } }),
  );
  return out.Item ? unmarshall(out.Item) : undefined;
}

const pendingIds = async (id: string) =>
  (((await rawConnection(id))?.pending ?? []) as { e: string }[]).map((p) => p.e);

const balance = (id: string, amount: string) =>
  JSON.stringify({
    event: 'connection.wallet.balance.updated',
    data: { connection_id: id, has_lava_credit_balance: amount !== '0.00', wallet: { balance: amount } },
  });

/** Applies a record with the archive write failing: the connection is written, the archive is not. */
async function stopBetweenWrites(record: SQSRecord) {
  fault.armed = true;
  const res = await consumerProcess().handler(batch(record));
  fault.armed = false;
  expect(res.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
}

describe('the commit as two writes, on DynamoDB Local', () => {
  beforeEach(async () => {
    ({ client, stop: fault } = stoppingClient());
    tableName = await freshTable(client);
    fault.calls.length = 0;
    published = [];
    lines = [];
  });

  it('writes the connection, then the archive item: two puts, no transaction', async () => {
    const { handler, store } = consumerProcess();
    await handler(batch(sqsRecord(sampleBody('connection.created', 'con_two_puts'))));
    expect(fault.calls).not.toContain('TransactWriteItemsCommand');
    // The connection, then the archive item; the batch's listing item after them (archive-listing.ts).
    expect(fault.putKeys.map((k) => k.slice(0, k.indexOf('#')))).toEqual(['CONNECTION', 'EVENT', 'LISTING']);
    expect((await store.getConnection('con_two_puts'))?.version).toBe(1);
    expect(await pendingIds('con_two_puts')).toHaveLength(1); // on the item until the next write
  });

  it('a stop between the two writes: the next process sees the event pending; its redelivery archives it as decided then, applied once, its domain events owed', async () => {
    const record = sqsRecord(sampleBody('connection.created', 'con_stopped'), {
      scheme: 'timestamped',
      t: T0,
    });
    await stopBetweenWrites(record);
    const next = consumerProcess();
    const stored = await next.store.getConnection('con_stopped');
    expect(stored?.version).toBe(1);
    expect(stored?.pending?.map((p) => p.eventId)).toEqual([eventIdOf(record)]);
    expect(await next.store.getEvent(eventIdOf(record))).toBeUndefined();
    expect(published).toEqual([]);

    const res = await next.handler(batch(redelivered(record)));
    expect(res.batchItemFailures).toEqual([]);
    expect(outcomes(lines).at(-1)).toBe('redelivered');
    const archived = await next.store.getEvent(eventIdOf(record));
    expect(archived).toMatchObject({ outcome: 'applied', published: true });
    expect(published.map((e) => [e.type, e.detail.sourceEventId])).toEqual([
      ['ConnectionCreated', eventIdOf(record)],
    ]);
    expect((await next.store.getConnection('con_stopped'))?.version).toBe(1);
  });

  it('another delivery of a pending event is its duplicate, applied nothing', async () => {
    const body = sampleBody('connection.created', 'con_pending_dup');
    const first = sqsRecord(body, { scheme: 'timestamped', t: T0 });
    await stopBetweenWrites(first);
    const again = sqsRecord(body, { scheme: 'timestamped', t: T0 });
    const next = consumerProcess();
    expect((await next.handler(batch(again))).batchItemFailures).toEqual([]);
    expect(outcomes(lines).at(-1)).toBe('duplicate');
    expect(published).toEqual([]);
    expect((await next.store.getConnection('con_pending_dup'))?.version).toBe(1);
  });

  it('a held duplicate of a pending event, handed over again, is not applied a second time', async () => {
    // Found by the property test: the held delivery's redelivery took the pending event's id as free.
    const id = 'con_pending_held';
    const ms = T0 * 1000;
    await consumerProcess().handler(
      batch(sqsRecord(sampleBody('connection.created', id), { receivedAt: ms })),
    );
    const gone = JSON.stringify({ event: 'connection.deleted', data: { connection_id: id } });
    const first = sqsRecord(gone, { receivedAt: ms + 10_000 });
    await stopBetweenWrites(first);
    const resend = sqsRecord(gone, { receivedAt: ms + 20_000 });
    await consumerProcess().handler(batch(resend));
    expect(outcomes(lines).at(-1)).toBe('duplicate');
    const { store } = consumerProcess();
    const version = (await store.getConnection(id))?.version;
    await consumerProcess().handler(batch(redelivered(resend)));
    expect(outcomes(lines).at(-1)).toBe('redelivered');
    expect((await store.getConnection(id))?.version).toBe(version);
    expect(published.filter((e) => e.type === 'ConnectionDeleted')).toHaveLength(0);
  });

  it('a later write drops only the entries whose archive item exists', async () => {
    const id = 'con_pending_kept';
    const created = sqsRecord(sampleBody('connection.created', id), { scheme: 'timestamped', t: T0 });
    await consumerProcess().handler(batch(created));
    const stopped = sqsRecord(balance(id, '1.00'), { scheme: 'timestamped', t: T0 + 1 });
    await stopBetweenWrites(stopped);
    const later = sqsRecord(balance(id, '2.00'), { scheme: 'timestamped', t: T0 + 2 });
    await consumerProcess().handler(batch(later));
    // The created event's archive exists (dropped); the stopped one's does not (kept).
    expect(await pendingIds(id)).toEqual([eventIdOf(stopped), eventIdOf(later)]);

    await consumerProcess().handler(batch(redelivered(stopped)));
    const last = sqsRecord(balance(id, '3.00'), { scheme: 'timestamped', t: T0 + 3 });
    await consumerProcess().handler(batch(last));
    expect(await pendingIds(id)).toEqual([eventIdOf(last)]);
    const { store } = consumerProcess();
    expect((await store.getConnection(id))?.state.values.walletBalance).toBe('3.00');
    for (const r of [created, stopped, later, last])
      expect((await store.getEvent(eventIdOf(r)))?.outcome).toBe('applied');
  });

  it(`at ${MAX_PENDING} entries whose archive is missing a write fails, changing nothing, rather than forget one`, async () => {
    const id = 'con_pending_full';
    await consumerProcess().handler(batch(sqsRecord(sampleBody('connection.created', id))));
    const item = (await rawConnection(id)) as Record<string, unknown>;
    const missing = Array.from({ length: MAX_PENDING }, (_, i) => ({
      e: `lost_${i}`,
      d: `dlv_${i}`,
      a: Date.now(),
    }));
    await client.send(
      new PutItemCommand({ TableName: tableName, Item: marshall({ ...item, pending: missing }) }),
    );
    const record = sqsRecord(balance(id, '5.00'));
    const res = await consumerProcess().handler(batch(record));
    expect(res.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
    expect(lines.some((l) => l.includes('PendingBoundError'))).toBe(true);
    expect(await rawConnection(id)).toEqual({ ...item, pending: missing });
    expect(await consumerProcess().store.getEvent(eventIdOf(record))).toBeUndefined();
  });

  it('a delivery of an event whose entry a later write dropped is found by its archive item, changing nothing', async () => {
    const id = 'con_archived';
    const record = sqsRecord(sampleBody('connection.created', id), { scheme: 'timestamped', t: T0 });
    await consumerProcess().handler(batch(record));
    await consumerProcess().handler(
      batch(sqsRecord(balance(id, '1.00'), { scheme: 'timestamped', t: T0 + 1 })),
    );
    expect(await pendingIds(id)).not.toContain(eventIdOf(record));
    const before = await rawConnection(id);
    // A process that never saw it gets the same delivery again.
    await consumerProcess().handler(batch(redelivered(record)));
    expect(outcomes(lines).at(-1)).toBe('redelivered');
    expect(await rawConnection(id)).toEqual(before);
  });

  // Found by a review of this protocol: each failed before its fix.
  it('an entry older than the archive items’ lifetime leaves the connection at its next write (its item expired)', async () => {
    const id = 'con_idle';
    const longAgo = Date.now() - 31 * 86_400_000;
    const old = sqsRecord(sampleBody('connection.created', id), { receivedAt: longAgo });
    await consumerProcess().handler(batch(old));
    // TTL deleted its archive item; nothing can confirm the entry any more.
    await client.send(
      new DeleteItemCommand({
        TableName: tableName,
        Key: { [TABLE.partitionKey]: { S: `EVENT#${eventIdOf(old)}` } },
      }),
    );
    const now = sqsRecord(balance(id, '1.00'));
    expect((await consumerProcess().handler(batch(now))).batchItemFailures).toEqual([]);
    expect(await pendingIds(id)).toEqual([eventIdOf(now)]);
  });

  it('an event put with no connection write waits on the version it read: it never claims an event another delivery applied meanwhile', async () => {
    const id = 'con_unlocked';
    const t0 = T0 * 1000;
    await consumerProcess().handler(
      batch(sqsRecord(sampleBody('connection.created', id), { receivedAt: t0 })),
    );
    const depleted = balance(id, '0.00');
    const late = sqsRecord(depleted, { receivedAt: t0 + 1000 }); // sent first, processed last
    for (
      let i = 1;
      i <= 8;
      i++ // the connection's arrival log then forgets it
    )
      await consumerProcess().handler(
        batch(sqsRecord(balance(id, `${i}.00`), { receivedAt: t0 + 1000 + i * 1000 })),
      );
    const again = sqsRecord(depleted, { receivedAt: t0 + 20_000 }); // the same body, a new event
    const slowLate = gatedClient();
    const slowAgain = gatedClient();
    slowLate.gate.armed = true;
    slowAgain.gate.armed = true;
    const lateRun = consumerProcess(slowLate.client).handler(batch(late)); // stale, nothing to write
    await slowLate.gate.reached;
    const againRun = consumerProcess(slowAgain.client).handler(batch(again)); // connection written, event pending
    await slowAgain.gate.reached;
    slowLate.gate.release();
    expect((await lateRun).batchItemFailures).toEqual([]);
    slowAgain.gate.release();
    expect((await againRun).batchItemFailures).toEqual([]);
    const { store } = consumerProcess();
    expect((await store.getConnection(id))?.state.values.walletBalance).toBe('0.00');
    expect((await store.getEvent(eventIdOf(again)))?.deliveryId).toBe(deliveryIdOf(again));
    expect(published.filter((e) => e.type === 'BalanceDepleted')).toHaveLength(1);
  });

  it('a held duplicate of an event still between its two writes is promoted when an event shows it was one', async () => {
    const id = 'con_held_pending';
    const t0 = T0 * 1000;
    await consumerProcess().handler(
      batch(sqsRecord(sampleBody('connection.created', id), { receivedAt: t0 })),
    );
    const depleted = balance(id, '0.00');
    const first = sqsRecord(depleted, { receivedAt: t0 + 10_000 });
    const between = sqsRecord(balance(id, '7.00'), { receivedAt: t0 + 20_000 });
    const second = sqsRecord(depleted, { receivedAt: t0 + 30_000 });
    const slow = gatedClient();
    slow.gate.armed = true;
    const firstRun = consumerProcess(slow.client).handler(batch(first));
    await slow.gate.reached; // applied, its archive item not written yet
    await consumerProcess().handler(batch(second)); // held: nothing known between
    await consumerProcess().handler(batch(between)); // arrived between: the second was an event
    slow.gate.release();
    expect((await firstRun).batchItemFailures).toEqual([]);
    const { store } = consumerProcess();
    expect((await store.getConnection(id))?.state.values.walletBalance).toBe('0.00');
    expect((await store.getEvent(`${eventIdOf(first)}@${t0 + 30_000}`))?.outcome).toBe('applied');
  });

  it('replay --force of an event its connection still names as pending decides it again in another process', async () => {
    const record = sqsRecord(sampleBody('connection.created', 'con_forced'), {
      scheme: 'timestamped',
      t: T0,
    });
    await consumerProcess().handler(batch(record));
    const other = consumerProcess();
    expect((await other.handler(batch(queuedAgain(record, { redecide: true })))).batchItemFailures).toEqual(
      [],
    );
    expect((await other.store.getEvent(eventIdOf(record)))?.redecided).toHaveLength(1);
  });
});
