// The archive's listing: listing items (their bounds, their encoding, the same items for the same
// entries), and every path that archives a record lists it — the consumer's events, duplicates,
// promoted duplicates, ignored and rejected deliveries, a batch whose listing write failed (handed
// over again), and the reconciler's repairs, on a failed listing too.
import type { SQSRecord } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dynamoDbArchive } from '../cli/archive-store';
import {
  entriesOfListingItem,
  listingBatch,
  listingEntryOf,
  listingItems,
} from '../lambdas/core/archive-listing';
import type { EventRecord, ListingEntry } from '../lambdas/core/archive-record';
import { repeatEventId } from '../lambdas/core/identity';
import { memoryStore } from '../lambdas/core/memory-store';
import type { StateStore } from '../lambdas/core/state-store';
import { sampleBody } from '../lambdas/shared/sample-events';
import { deliveryKey, eventDayKey, eventKey, LISTING_SPAN_MS, TABLE } from '../lambdas/shared/table-schema';
import { batch, STORES, testConsumer } from './helpers/consumer-harness';
import { dynamoClient } from './helpers/dynamodb';
import { customer } from './helpers/fake-lava';
import { keepingListed } from './helpers/listing';
import { type Reconciling, startReconciling } from './helpers/reconciling';
import { deliveryIdOf, eventIdOf, redelivered, sqsRecord } from './helpers/sqs-record';

/** 2026-11-27T00:00:00Z: a UTC midnight. */
const MIDNIGHT = Date.UTC(2026, 10, 27);

const entry = (i: number, receivedAt: number, extra: Partial<ListingEntry> = {}): ListingEntry => ({
  key: eventKey(`evt_${String(i).padStart(4, '0')}_${'f'.repeat(40)}`),
  eventType: 'connection.wallet.balance.updated',
  connectionId: `conn_${'7'.repeat(24)}${i % 7}`,
  outcome: 'applied',
  receivedAt,
  eventAt: receivedAt - 1_500,
  sha256: `${i}`.padStart(64, 'a'),
  ...extra,
});

describe('listing items', () => {
  it('hold their entries as they were given, in receive order, with only their own index keys', () => {
    const plainId = 'c'.repeat(64);
    const entries = [
      entry(2, MIDNIGHT + 20),
      entry(1, MIDNIGHT + 10, { connectionId: undefined, outcome: 'rejected' }),
      // A plain-scheme event: its key names its sha256, which the item does not store again.
      { ...entry(3, MIDNIGHT + 30), key: eventKey(repeatEventId(plainId, MIDNIGHT + 30)), sha256: plainId },
    ];
    const [item, ...more] = listingItems(entries, 30);
    expect(more).toEqual([]);
    expect(entriesOfListingItem(item as Record<string, unknown>)).toEqual([
      entries[1],
      entries[0],
      entries[2],
    ]);
    expect(item).toMatchObject({
      [TABLE.byTime.partitionKey]: eventDayKey(MIDNIGHT),
      [TABLE.byTime.sortKey]: expect.stringMatching(/^2026-11-27T00:00:00\.010Z#LISTING#/),
      // Kept as long as the last record it lists.
      [TABLE.ttlAttribute]: Math.floor((MIDNIGHT + 30) / 1000) + 30 * 86_400,
    });
    for (const attribute of TABLE.byTime.projected) expect(item).not.toHaveProperty(attribute);
    expect(JSON.stringify(item)).not.toContain(plainId);
  });

  it('are the same items for the same entries, whatever their order or repeats', () => {
    const entries = [entry(1, MIDNIGHT + 10), entry(2, MIDNIGHT + 20)];
    const again = listingItems(
      [entries[1] as ListingEntry, entries[0] as ListingEntry, entries[1] as ListingEntry],
      30,
    );
    expect(again).toEqual(listingItems(entries, 30));
    expect(listingItems([entries[0] as ListingEntry], 30)[0]?.[TABLE.partitionKey]).not.toBe(
      again[0]?.[TABLE.partitionKey],
    );
  });

  it(`span at most ${LISTING_SPAN_MS / 60_000} minutes of one UTC day, and stay under 3 KiB whatever their entries`, () => {
    const entries = [
      // A late redelivery, then a batch received around midnight.
      entry(0, MIDNIGHT - 3_600_000),
      ...Array.from({ length: 8 }, (_, i) => entry(i + 1, MIDNIGHT - 4 + i)),
      entry(9, MIDNIGHT + LISTING_SPAN_MS + 10),
      // Many with long fields: split by size.
      ...Array.from({ length: 150 }, (_, i) =>
        entry(i + 10, MIDNIGHT + 3 * LISTING_SPAN_MS + i, { eventType: `type.${'x'.repeat(200)}.${i}` }),
      ),
    ];
    const items = listingItems(entries, 30);
    const listed = items.map((item) => entriesOfListingItem(item));
    expect(listed.flat().map((e) => e.key)).toEqual(entries.map((e) => e.key));
    for (const [i, group] of listed.entries()) {
      const first = group[0] as ListingEntry;
      const last = group[group.length - 1] as ListingEntry;
      expect(last.receivedAt - first.receivedAt).toBeLessThanOrEqual(LISTING_SPAN_MS);
      expect(eventDayKey(last.receivedAt)).toBe(eventDayKey(first.receivedAt));
      expect(items[i]?.[TABLE.byTime.partitionKey]).toBe(eventDayKey(first.receivedAt));
      // With its keys (under 200 bytes), under 3 KiB.
      expect((items[i]?.entries as Buffer | undefined)?.length ?? 0).toBeLessThanOrEqual(2_800);
    }
    // The late one alone; the batch split at midnight; the long ones in several.
    expect(listed.slice(0, 4).map((g) => g.length)).toEqual([1, 4, 4, 1]);
    expect(listed.length).toBeGreaterThan(5);
  });
});

describe('a listing batch', () => {
  const record = (id: string, extra: Partial<EventRecord> = {}): EventRecord => ({
    eventId: id,
    contentId: id,
    deliveryId: `d-${id}`,
    sha256: `sha-${id}`,
    eventType: 'connection.created',
    connectionId: 'con_a',
    receivedAt: MIDNIGHT,
    eventAt: MIDNIGHT,
    outcome: 'applied',
    source: 'webhook',
    body: '{}',
    domainEvents: [],
    published: true,
    ...extra,
  });

  it('lists what it committed and what its own delivery had archived, not what another one did', async () => {
    const kept = keepingListed(memoryStore());
    const first = listingBatch(kept.store);
    await first.commitEvent(record('e1'));
    const ignored = { ...record('x'), eventId: undefined, deliveryId: 'ig', outcome: 'ignored' as const };
    await first.archiveDelivery(ignored);
    expect(kept.calls).toEqual([]);
    await first.flush();
    expect(kept.listedKeys()).toEqual([eventKey('e1'), deliveryKey('ig')]);

    const second = listingBatch(kept.store);
    // Another delivery of e1's content: not listed as e1.
    expect(await second.commitEvent(record('e1', { deliveryId: 'other' }))).toBe('exists');
    // The same ignored delivery again: listed again, as stored.
    expect(await second.archiveDelivery({ ...ignored, reason: 'later' })).toBe('exists');
    await second.flush();
    expect(kept.calls[1]).toEqual([listingEntryOf(ignored)]);
  });

  it('keeps what a failed write was to list for the next flush', async () => {
    const inner = memoryStore();
    let failures = 1;
    const kept = keepingListed({
      ...inner,
      writeListing: async (entries) => {
        if (failures-- > 0) throw new Error('ThrottlingException');
        return inner.writeListing(entries);
      },
    });
    const b = listingBatch(kept.store);
    await b.commitEvent(record('e1'));
    await expect(b.flush()).rejects.toThrow('ThrottlingException');
    expect(b.unlisted()).toEqual([eventKey('e1')]);
    await b.flush();
    expect(b.unlisted()).toEqual([]);
    expect(kept.listedKeys()).toEqual([eventKey('e1')]);
  });
});

const T0 = 1_800_000_000_000;
const body = (event: string, data: Record<string, unknown>) => JSON.stringify({ event, data });
const snapshot = (id: string, has: boolean, balance: string) =>
  body('connection.wallet.balance.updated', {
    connection_id: id,
    has_lava_credit_balance: has,
    wallet: { balance, autopay_enabled: false },
  });
const plainAt = (b: string, ms: number) => sqsRecord(b, { receivedAt: ms });

for (const { name, make } of STORES) {
  describe(`the consumer on ${name}`, () => {
    let store: StateStore;
    let kept: ReturnType<typeof keepingListed>;
    let failListing: number;
    beforeEach(async () => {
      const made = await make();
      failListing = 0;
      kept = keepingListed({
        ...made.store,
        writeListing: async (entries) => {
          if (failListing-- > 0) throw new Error('ThrottlingException');
          return made.store.writeListing(entries);
        },
      });
      store = kept.store;
    });
    const handler = () => testConsumer({ store, write: () => {}, publish: async () => {} });
    const run = async (...records: SQSRecord[]) => (await handler()(batch(...records))).batchItemFailures;

    it('lists a batch’s events, duplicates, ignored and rejected deliveries with one write', async () => {
      const a = plainAt(sampleBody('connection.created', 'con_l1'), T0);
      const copy = plainAt(sampleBody('connection.created', 'con_l1'), T0 + 1_000);
      const other = plainAt(sampleBody('connection.created', 'con_l2'), T0 + 2_000);
      const ignored = plainAt(body('invoice.paid', { id: 'inv_1' }), T0 + 3_000);
      const rejected = plainAt(body('connection.created', { has_lava_credit_balance: true }), T0 + 4_000);
      expect(await run(a, copy, other, ignored, rejected)).toEqual([]);
      expect(kept.calls).toHaveLength(1);
      expect(new Set(kept.listedKeys())).toEqual(
        new Set([
          eventKey(eventIdOf(a)),
          deliveryKey(deliveryIdOf(copy)),
          eventKey(eventIdOf(other)),
          deliveryKey(deliveryIdOf(ignored)),
          deliveryKey(deliveryIdOf(rejected)),
        ]),
      );
      expect(kept.calls[0]?.find((e) => e.key === deliveryKey(deliveryIdOf(copy)))?.outcome).toBe(
        'duplicate',
      );
    });

    it('lists a held duplicate promoted to an event', async () => {
      const id = 'con_l_promoted';
      const depleted = snapshot(id, false, '0.00');
      const again = plainAt(depleted, T0 + 30_000);
      expect(await run(plainAt(sampleBody('connection.created', id), T0))).toEqual([]);
      expect(await run(plainAt(depleted, T0 + 10_000))).toEqual([]);
      expect(await run(again)).toEqual([]);
      expect(await run(plainAt(snapshot(id, true, '5.00'), T0 + 20_000))).toEqual([]);
      const promotedId = repeatEventId(eventIdOf(again), T0 + 30_000);
      expect(await store.getEvent(promotedId)).toMatchObject({ deliveryId: deliveryIdOf(again) });
      expect(kept.calls.at(-1)?.map((e) => e.key)).toContain(eventKey(promotedId));
    });

    it('fails the batch when its listing cannot be written; handed over again, every record is listed', async () => {
      const records = [
        plainAt(sampleBody('connection.created', 'con_l3'), T0 + 100_000),
        plainAt(sampleBody('connection.created', 'con_l3'), T0 + 101_000),
        plainAt(body('invoice.paid', { id: 'inv_2' }), T0 + 102_000),
        sqsRecord(sampleBody('connection.created', 'con_l4'), {
          scheme: 'timestamped',
          receivedAt: T0 + 103_000,
        }),
      ];
      failListing = 1;
      const failed = await run(...records);
      expect(failed.map((f) => f.itemIdentifier).sort()).toEqual(records.map((r) => r.messageId).sort());
      expect(kept.calls).toEqual([]);
      expect(await run(...records.map((r) => redelivered(r)))).toEqual([]);
      expect(new Set(kept.listedKeys())).toEqual(
        new Set([
          eventKey(eventIdOf(records[0] as SQSRecord)),
          deliveryKey(deliveryIdOf(records[1] as SQSRecord)),
          deliveryKey(deliveryIdOf(records[2] as SQSRecord)),
          eventKey(eventIdOf(records[3] as SQSRecord)),
        ]),
      );
    });
  });
}

describe('the reconciler', () => {
  const client = dynamoClient();
  let r: Reconciling;
  beforeEach(async () => {
    r = await startReconciling(client);
  });
  afterEach(() => r.close());

  const listed = async () => {
    const archive = dynamoDbArchive(client, r.tableName);
    const entries: string[] = [];
    for await (const page of archive.entries({ sinceMs: Date.now() - 3_600_000, newestFirst: false }))
      entries.push(
        ...page.filter((e) => e.connectionId?.startsWith('con_test_')).map((e) => e.connectionId ?? ''),
      );
    return entries.sort();
  };

  it('lists its repairs; after a failed listing write, the next run lists them', async () => {
    r.fake.addCustomer(customer('con_test_r1'));
    await r.run();
    expect(await listed()).toEqual(['con_test_r1']);

    r.fake.addCustomer(customer('con_test_r2'));
    const real = r.store;
    let failures = 1;
    r.store = {
      ...real,
      writeListing: async (entries) => {
        if (failures-- > 0) throw new Error('ThrottlingException');
        return real.writeListing(entries);
      },
    };
    await expect(r.run()).rejects.toThrow('ThrottlingException');
    expect((await r.store.getConnection('con_test_r2'))?.state.values.status).toBeDefined();
    expect(await listed()).toEqual(['con_test_r1']);
    // The repair's event, owed until listed.
    expect(await r.checkpoint()).toMatchObject({ owed: [expect.any(String)] });

    const resumed = await r.run();
    expect(resumed).toMatchObject({ resumed: true, complete: true });
    expect(await listed()).toEqual(['con_test_r1', 'con_test_r2']);
  });
});
