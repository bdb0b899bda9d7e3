// The archive side of the DynamoDB adapter against AWS's DynamoDB Local: records written by the
// consumer's store, listed by time (across UTC days, both ways, page after page) or by connection,
// read whole, and BatchGetItem's unprocessed keys read again.
import {
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  type DynamoDBClient,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ArchiveStore, type ArchiveWindow, dynamoDbArchive } from '../cli/archive-store';
import { listingBatch, listingEntryOf } from '../lambdas/core/archive-listing';
import type { EventRecord } from '../lambdas/core/archive-record';
import { dynamoDbStore } from '../lambdas/core/dynamodb-store';
import { repeatEventId } from '../lambdas/core/identity';
import type { StateStore } from '../lambdas/core/state-store';
import { BATCH_GET_RETRIES, batchGetItems, UnprocessedKeysError } from '../lambdas/shared/table-reads';
import { connectionKey, deliveryKey, eventDayKey, eventKey, TABLE } from '../lambdas/shared/table-schema';
import { dynamoClient, freshStore } from './helpers/dynamodb';
import { listedAsWritten, putOlderArchiveItem } from './helpers/listing';

const client = dynamoClient();
let tableName: string;
let store: StateStore;
let archive: ArchiveStore;

/** The consumer's store, which lists nothing by itself. */
let raw: StateStore;

beforeEach(async () => {
  ({ tableName, store: raw } = await freshStore(client));
  // Each write listed at once: the listing of batches is tested below ('listing items').
  store = listedAsWritten(raw);
  archive = dynamoDbArchive(client, tableName);
});

/** 2026-11-27T00:00:00Z: a UTC midnight. */
const MIDNIGHT = Date.UTC(2026, 10, 27);

function event(id: string, receivedAt: number, extra: Partial<EventRecord> = {}): EventRecord {
  const body = JSON.stringify({ event: 'connection.created', data: { connection_id: 'con_a', n: id } });
  return {
    eventId: id,
    contentId: id,
    scheme: 'plain',
    deliveryId: `d-${id}`,
    sha256: `sha-${id}`,
    eventType: 'connection.created',
    connectionId: 'con_a',
    receivedAt,
    eventAt: receivedAt,
    outcome: 'applied',
    source: 'webhook',
    body,
    domainEvents: [],
    published: true,
    ...extra,
  };
}

/** A delivery that made no event (ignored, rejected, duplicate): archived on its own item. */
function delivery(deliveryId: string, receivedAt: number, extra: Partial<EventRecord> = {}): EventRecord {
  return {
    ...event('unused', receivedAt),
    eventId: undefined,
    contentId: undefined,
    deliveryId,
    sha256: `sha-${deliveryId}`,
    outcome: 'ignored',
    reason: 'unknown event type',
    ...extra,
  };
}

async function collect<T>(pages: AsyncGenerator<T[]>): Promise<T[][]> {
  const all: T[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}

const ids = async (window: ArchiveWindow, a: ArchiveStore = archive) =>
  (await collect(a.entries(window))).flat().map((e) => e.id);

/** A client that hands every command to DynamoDB Local, after `change` has had a look at it. */
function wrapped(
  change: (command: unknown, send: (c: unknown) => Promise<unknown>) => Promise<unknown> | undefined,
): DynamoDBClient {
  const send = (c: unknown) => (client.send as (c: unknown) => Promise<unknown>)(c);
  return { send: (command: unknown) => change(command, send) ?? send(command) } as unknown as DynamoDBClient;
}

describe('listing the archive by time', () => {
  beforeEach(async () => {
    await store.commitEvent(event('before', MIDNIGHT - 86_400_000 - 1));
    await store.commitEvent(event('late', MIDNIGHT - 100));
    await store.archiveDelivery(delivery('last-ms', MIDNIGHT - 1));
    await store.commitEvent(event('midnight', MIDNIGHT));
    await store.commitEvent(event('early', MIDNIGHT + 100));
    await store.commitEvent(event('after', MIDNIGHT + 86_400_000));
  });

  it('lists across a UTC day boundary, oldest first or newest first, within the window', async () => {
    const window = { sinceMs: MIDNIGHT - 86_400_000, untilMs: MIDNIGHT + 86_400_000 - 1 };
    expect(await ids({ ...window, newestFirst: false })).toEqual(['late', 'last-ms', 'midnight', 'early']);
    expect(await ids({ ...window, newestFirst: true })).toEqual(['early', 'midnight', 'last-ms', 'late']);
    // Both ends are included, to the millisecond.
    expect(await ids({ sinceMs: MIDNIGHT - 1, untilMs: MIDNIGHT, newestFirst: false })).toEqual([
      'last-ms',
      'midnight',
    ]);
  });

  it('lists what the index projects, and reads the records whole', async () => {
    const window = { sinceMs: MIDNIGHT - 100, untilMs: MIDNIGHT, newestFirst: false };
    const entries = (await collect(archive.entries(window))).flat();
    expect(entries[0]).toEqual({
      key: eventKey('late'),
      id: 'late',
      eventType: 'connection.created',
      connectionId: 'con_a',
      outcome: 'applied',
      receivedAt: MIDNIGHT - 100,
      eventAt: MIDNIGHT - 100,
      sha256: 'sha-late',
    });
    expect(entries[1]).toMatchObject({ key: deliveryKey('last-ms'), id: 'last-ms', outcome: 'ignored' });
    const records = (await collect(archive.records(window))).flat();
    expect(records.map((r) => r.key)).toEqual([
      eventKey('late'),
      deliveryKey('last-ms'),
      eventKey('midnight'),
    ]);
    expect(records[0]).toEqual({ ...event('late', MIDNIGHT - 100), key: eventKey('late'), id: 'late' });
    expect(records[1]).toMatchObject({ deliveryId: 'last-ms', reason: 'unknown event type', id: 'last-ms' });
  });

  it('lists and reads the sha256 of a plain-scheme event, which its item holds only in its key', async () => {
    const id = 'c'.repeat(64);
    const plain = event(id, MIDNIGHT + 200, { sha256: id });
    await store.commitEvent(plain);
    await store.commitEvent(event(repeatEventId(id, MIDNIGHT + 300), MIDNIGHT + 300, { sha256: id }));
    const window = { sinceMs: MIDNIGHT + 200, untilMs: MIDNIGHT + 300, newestFirst: false };
    const entries = (await collect(archive.entries(window))).flat();
    expect(entries.map((e) => e.sha256)).toEqual([id, id]);
    expect((await archive.event(id))?.sha256).toBe(id);
    expect(await archive.withId(id)).toEqual([{ ...plain, key: eventKey(id), id }]);
  });

  it('lists one connection’s deliveries only', async () => {
    await store.commitEvent(event('other', MIDNIGHT + 50, { connectionId: 'con_b' }));
    await store.archiveDelivery(delivery('other-ignored', MIDNIGHT + 60, { connectionId: 'con_b' }));
    const window = { sinceMs: MIDNIGHT - 86_400_000, untilMs: MIDNIGHT + 86_400_000, newestFirst: false };
    expect(await ids({ ...window, connectionId: 'con_b' })).toEqual(['other', 'other-ignored']);
    const records = (
      await collect(archive.records({ ...window, connectionId: 'con_a', newestFirst: true }))
    ).flat();
    expect(records.map((r) => r.id)).toEqual(['after', 'early', 'midnight', 'last-ms', 'late']);
  });

  it('follows the index page after page', async () => {
    await store.commitEvent(event('early2', MIDNIGHT + 200));
    const queries: unknown[] = [];
    // Two entries a Query page.
    const paged = dynamoDbArchive(
      wrapped((command) => {
        if (command instanceof QueryCommand) {
          command.input.Limit = 2;
          queries.push(command.input.ExclusiveStartKey);
        }
        return undefined;
      }),
      tableName,
    );
    const window = { sinceMs: MIDNIGHT - 86_400_000, untilMs: MIDNIGHT + 86_400_000, newestFirst: false };
    const pages = await collect(paged.records(window));
    // A page gives what no later row can precede: the entries before its last row's time.
    expect(pages.map((p) => p.map((r) => r.id))).toEqual([
      ['late'],
      ['last-ms'],
      ['midnight'],
      ['early'],
      ['early2'],
      ['after'],
    ]);
    // Three days, each a Query from its start; two of them went on from where a full page ended.
    expect(queries).toHaveLength(5);
    expect(queries.filter((k) => k !== undefined)).toHaveLength(2);
  });

  it('leaves out expired records when reading, but lists them (the index holds no expiry)', async () => {
    const later = dynamoDbArchive(client, tableName, { now: () => MIDNIGHT + 40 * 86_400_000 });
    // freshStore keeps events 30 days.
    const window = { sinceMs: MIDNIGHT - 86_400_000, untilMs: MIDNIGHT + 86_400_000, newestFirst: false };
    expect(await ids(window, later)).toHaveLength(5);
    expect((await collect(later.records(window))).flat()).toEqual([]);
    expect(await later.read([eventKey('after')])).toEqual([]);
    expect(await later.event('after')).toMatchObject({ eventId: 'after' });
  });
});

describe('listing items', () => {
  /** Index rows of a day, as DynamoDB Local answers a Query of the whole partition. */
  async function indexRows(day: number) {
    const out = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: TABLE.byTime.indexName,
        KeyConditionExpression: '#pk = :day',
        ExpressionAttributeNames: { '#pk': TABLE.byTime.partitionKey },
        ExpressionAttributeValues: { ':day': { S: eventDayKey(day) } },
      }),
    );
    return out.Items ?? [];
  }

  it('lists a batch of records with one keys-only index entry, each record as its own entry listed it', async () => {
    const batch = listingBatch(raw);
    const records = [
      event('b1', MIDNIGHT + 3_000, { connectionId: 'con_b' }),
      event('b2', MIDNIGHT + 1_000, { eventAt: MIDNIGHT - 5_000 }),
      delivery('b3', MIDNIGHT + 2_000, { connectionId: undefined, outcome: 'rejected' }),
    ];
    for (const r of records) await (r.eventId ? batch.commitEvent(r) : batch.archiveDelivery(r));
    expect(await indexRows(MIDNIGHT)).toEqual([]); // nothing listed before the batch flushes
    await batch.flush();
    const rows = await indexRows(MIDNIGHT);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      [TABLE.partitionKey, TABLE.byTime.partitionKey, TABLE.byTime.sortKey].sort(),
    );
    const entries = (await collect(archive.entries({ sinceMs: MIDNIGHT, newestFirst: false }))).flat();
    expect(entries).toEqual([
      { ...listingEntryOf(records[1] as EventRecord), id: 'b2' },
      { ...listingEntryOf(records[2] as EventRecord), id: 'b3' },
      { ...listingEntryOf(records[0] as EventRecord), id: 'b1' },
    ]);
    expect(entries[1]?.connectionId).toBeUndefined();
    expect(entries[0]?.eventAt).toBe(MIDNIGHT - 5_000);
  });

  it('merges listing items and older archive items in receive order, late redeliveries too, a row a page or many', async () => {
    // A seeded run: batches of records received around their batch's time, some of them SQS handing
    // over a record received up to 40 minutes earlier; some records archived as older releases did.
    let seed = 7;
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const all: EventRecord[] = [];
    for (let b = 0; b < 14; b++) {
      const batch = listingBatch(raw);
      const at = MIDNIGHT + 3_600_000 + b * 120_000;
      for (let i = 0; i < 6; i++) {
        const late = random() < 0.25;
        const receivedAt = Math.round(late ? at - random() * 2_400_000 : at + random() * 20_000);
        const connectionId = random() < 0.5 ? 'con_a' : 'con_b';
        const record = event(`m${b}-${i}`, receivedAt, { connectionId });
        all.push(record);
        if (random() < 0.2) await putOlderArchiveItem(client, tableName, record);
        else await batch.commitEvent(record);
      }
      await batch.flush();
    }
    const inOrder = [...all].sort(
      (a, b) => a.receivedAt - b.receivedAt || (a.eventId ?? '').localeCompare(b.eventId ?? ''),
    );
    const sinceMs = (inOrder[5] as EventRecord).receivedAt;
    const untilMs = (inOrder[inOrder.length - 6] as EventRecord).receivedAt;
    const expected = inOrder.filter((r) => r.receivedAt >= sinceMs && r.receivedAt <= untilMs);
    for (const limit of [1, 3, undefined]) {
      const paged = dynamoDbArchive(
        wrapped((command) => {
          if (command instanceof QueryCommand && limit) command.input.Limit = limit;
          return undefined;
        }),
        tableName,
      );
      for (const newestFirst of [false, true]) {
        const want = (list: EventRecord[]) => {
          const ids = list.map((r) => r.eventId);
          return newestFirst ? ids.reverse() : ids;
        };
        expect(await ids({ sinceMs, untilMs, newestFirst }, paged)).toEqual(want(expected));
        expect(await ids({ sinceMs, untilMs, newestFirst, connectionId: 'con_b' }, paged)).toEqual(
          want(expected.filter((r) => r.connectionId === 'con_b')),
        );
      }
    }
  });

  it('lists a record once when it was listed again (handed over after its batch died unlisted)', async () => {
    const first = listingBatch(raw);
    const twice = event('twice', MIDNIGHT + 10_000);
    await first.commitEvent(event('before', MIDNIGHT + 5_000));
    await first.commitEvent(twice);
    await first.flush();
    const again = listingBatch(raw);
    again.listAgain(twice);
    await again.commitEvent(event('after', MIDNIGHT + 400_000));
    await again.flush();
    expect((await indexRows(MIDNIGHT)).length).toBe(3); // the first item, and the second one split by span
    const window = { sinceMs: MIDNIGHT, newestFirst: false };
    expect(await ids(window)).toEqual(['before', 'twice', 'after']);
    expect(await ids({ ...window, newestFirst: true })).toEqual(['after', 'twice', 'before']);
  });

  it('lists a listing item’s records within the window, though its earliest record is before it', async () => {
    const batch = listingBatch(raw);
    for (const [id, at] of [
      ['x1', MIDNIGHT + 1_000],
      ['x2', MIDNIGHT + 100_000],
      ['x3', MIDNIGHT + 200_000],
    ] as const)
      await batch.commitEvent(event(id, at));
    await batch.flush();
    const window = { sinceMs: MIDNIGHT + 50_000, untilMs: MIDNIGHT + 200_000 };
    expect(await ids({ ...window, newestFirst: false })).toEqual(['x2', 'x3']);
    expect(await ids({ ...window, newestFirst: true })).toEqual(['x3', 'x2']);
  });
});

describe('reading records by key', () => {
  it('reads more than a hundred keys, in the order given, without the absent ones', async () => {
    const records = Array.from({ length: 130 }, (_, i) =>
      delivery(`d${String(i).padStart(3, '0')}`, MIDNIGHT + i),
    );
    await Promise.all(records.map((r) => store.archiveDelivery(r)));
    const calls: number[] = [];
    const counting = dynamoDbArchive(
      wrapped((command) => {
        if (command instanceof BatchGetItemCommand)
          calls.push(command.input.RequestItems?.[tableName]?.Keys?.length ?? 0);
        return undefined;
      }),
      tableName,
    );
    const keys = [deliveryKey('absent'), ...records.map((r) => deliveryKey(r.deliveryId)).reverse()];
    const read = await counting.read(keys);
    expect(read.map((r) => r.deliveryId)).toEqual(records.map((r) => r.deliveryId).reverse());
    expect(calls).toEqual([100, 31]);
  });

  it('finds a record by its event id or its delivery id', async () => {
    await store.commitEvent(event('e1', MIDNIGHT));
    await store.archiveDelivery(
      delivery('dup1', MIDNIGHT + 1, { outcome: 'duplicate', duplicateOf: 'e1', body: '' }),
    );
    expect((await archive.withId('e1')).map((r) => r.key)).toEqual([eventKey('e1')]);
    expect((await archive.withId('dup1')).map((r) => r.key)).toEqual([deliveryKey('dup1')]);
    expect(await archive.withId('d-e1')).toEqual([]); // an event's delivery id is not a key
    expect(await archive.event('e1')).toMatchObject({ deliveryId: 'd-e1', outcome: 'applied' });
    expect(await archive.event('dup1')).toBeUndefined();
  });
});

describe('what became of a delivery', () => {
  it('finds the event it made, the repeat it made, or its own record; nothing before the consumer decides', async () => {
    const content = 'content-1';
    const first = event(content, MIDNIGHT, { deliveryId: 'first' });
    await store.commitEvent(first);
    const repeatId = repeatEventId(content, MIDNIGHT + 3_600_000);
    const repeat = event(repeatId, MIDNIGHT + 3_600_000, { deliveryId: 'again', contentId: content });
    expect(await store.commitEvent(repeat)).toBe('committed');
    // An item of an earlier release names its repeats on the first event of their content.
    const older = event('content-2', MIDNIGHT, { deliveryId: 'older-first' });
    const olderRepeatAt = MIDNIGHT + 60_000_000; // far from when it is looked for: found by the list
    await store.commitEvent({ ...older, repeats: [{ at: olderRepeatAt, id: 'older-again' }] });
    await store.commitEvent(
      event(repeatEventId('content-2', olderRepeatAt), olderRepeatAt, {
        deliveryId: 'older-again',
        contentId: 'content-2',
      }),
    );
    await store.archiveDelivery(
      delivery('copy', MIDNIGHT + 10, { outcome: 'duplicate', duplicateOf: content, body: '' }),
    );

    expect(await archive.delivery('first', content)).toMatchObject({ eventId: content, deliveryId: 'first' });
    // A repeat is on its own item, found around when it was sent.
    expect(await archive.delivery('again', content, MIDNIGHT + 3_600_000)).toMatchObject({
      eventId: repeatId,
      deliveryId: 'again',
    });
    expect(await archive.delivery('again', content, MIDNIGHT)).toBeUndefined();
    expect(await archive.delivery('older-again', 'content-2', MIDNIGHT)).toMatchObject({
      eventId: repeatEventId('content-2', olderRepeatAt),
    });
    expect(await archive.delivery('copy', content)).toMatchObject({
      outcome: 'duplicate',
      duplicateOf: content,
    });
    expect(await archive.delivery('not-yet', content)).toBeUndefined();
    expect(await archive.delivery('not-yet', 'other-content')).toBeUndefined();
  });
});

describe('a connection as a reader sees it', () => {
  it('shows the usual fields first, null when unknown, and the others as stored', async () => {
    const state = {
      connectionId: 'con_v',
      values: { status: 'active', walletBalance: '0.00', reference_id: 'u1' },
      keys: { status: 'k1', walletBalance: 'k1', reference_id: 'k1' },
      createdAt: '2026-11-27T00:00:00.000Z',
      createdAtSource: 'event' as const,
      lastEventAt: '2026-11-27T00:00:00.000Z',
      lastEventType: 'connection.created',
      lastEventKey: 'k1',
    };
    await store.commitEvent(event('c1', MIDNIGHT), { connection: { state, expectedVersion: 0 } });
    const view = await archive.connection('con_v');
    expect(view).toMatchObject({
      connectionId: 'con_v',
      status: 'active',
      hasLavaCreditBalance: null,
      walletBalance: '0.00',
      email: null,
      reference_id: 'u1',
      createdAt: state.createdAt,
      lastEventType: 'connection.created',
      deletedAt: null,
    });
    expect(Object.keys(view ?? {})).toEqual([
      'connectionId',
      'status',
      'hasLavaCreditBalance',
      'walletBalance',
      'email',
      'reference_id',
      'createdAt',
      'lastEventAt',
      'lastEventType',
      'deletedAt',
      'updatedAt',
    ]);
    expect(typeof view?.updatedAt).toBe('string');
    expect(await archive.connection('con_none')).toBeUndefined();
  });
});

describe('BatchGetItem’s unprocessed keys', () => {
  /** Answers the first BatchGetItem with only its first key read, the others left unprocessed. */
  function throttledOnce(calls: number[]) {
    let throttled = false;
    return wrapped((command, send) => {
      if (!(command instanceof BatchGetItemCommand)) return undefined;
      const keys = command.input.RequestItems?.[tableName]?.Keys ?? [];
      calls.push(keys.length);
      if (throttled) return undefined;
      throttled = true;
      return send(
        new BatchGetItemCommand({
          RequestItems: { [tableName]: { Keys: keys.slice(0, 1), ConsistentRead: true } },
        }),
      ).then((out) => ({
        ...(out as BatchGetItemCommandOutput),
        UnprocessedKeys: { [tableName]: { Keys: keys.slice(1), ConsistentRead: true } },
      }));
    });
  }

  it('reads them again, for the archive and for the consumer’s store alike', async () => {
    for (const id of ['e1', 'e2', 'e3']) await store.commitEvent(event(id, MIDNIGHT));
    const calls: number[] = [];
    const records = await dynamoDbArchive(throttledOnce(calls), tableName).read(
      ['e3', 'e1', 'e2'].map(eventKey),
    );
    expect(records.map((r) => r.id)).toEqual(['e3', 'e1', 'e2']);
    expect(calls).toEqual([3, 2]);

    const state = (id: string) => ({
      connectionId: id,
      values: { status: 'active' },
      keys: { status: 'k' },
      createdAt: 'c',
      createdAtSource: 'event' as const,
      lastEventAt: 'a',
      lastEventType: 't',
      lastEventKey: 'k',
    });
    for (const [i, id] of ['con_1', 'con_2'].entries()) {
      await store.commitEvent(event(`x${i}`, MIDNIGHT), {
        connection: { state: state(id), expectedVersion: 0 },
      });
    }
    const storeCalls: number[] = [];
    const throttledStore = dynamoDbStore(throttledOnce(storeCalls), tableName, { eventTtlDays: 30 });
    const found = await throttledStore.getConnections(['con_1', 'con_2', 'con_1', 'con_absent']);
    expect([...found.keys()].sort()).toEqual(['con_1', 'con_2']);
    expect(storeCalls).toEqual([3, 2]);
  });

  it('gives up after a few retries rather than skip items silently', async () => {
    let calls = 0;
    const neverRead = wrapped((command) => {
      if (!(command instanceof BatchGetItemCommand)) return undefined;
      calls++;
      return Promise.resolve({ Responses: {}, UnprocessedKeys: command.input.RequestItems });
    });
    const failure = batchGetItems(neverRead, tableName, [connectionKey('con_1')]);
    await expect(failure).rejects.toThrow(UnprocessedKeysError);
    await expect(failure).rejects.toThrow('DynamoDB left 1 items unread after 5 retries');
    expect(calls).toBe(1 + BATCH_GET_RETRIES);
  });
});
