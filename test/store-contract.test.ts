// The state store's contract (lambdas/core/state-store.ts), asserted against both adapters: the
// DynamoDB one on AWS's DynamoDB Local and the in-memory one. What the consumer's apply-with-retry
// relies on: a lost race is a `conflict` that changes nothing, an existing event item is `exists`,
// each write is all or nothing, and what is read back is what was written.
import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../lambdas/core/archive-record';
import type { ConnectionState } from '../lambdas/core/decide';
import { dynamoDbStore } from '../lambdas/core/dynamodb-store';
import { repeatEventId } from '../lambdas/core/identity';
import { memoryStore, type StoredItem } from '../lambdas/core/memory-store';
import type { StateStore } from '../lambdas/core/state-store';
import { eventKey, TABLE } from '../lambdas/shared/table-schema';
import { dynamoClient, freshStore } from './helpers/dynamodb';

interface StoreUnderTest {
  store: StateStore;
  /** Writes an item as it is, bypassing the store: what an earlier release left in the table. */
  putItem(item: StoredItem): Promise<void>;
}

const MS0 = Date.parse('2026-11-27T10:00:00.000Z');
let n = 0;

function connectionState(connectionId: string, balance: string, key = `k${balance}`): ConnectionState {
  return {
    connectionId,
    values: { status: 'active', walletBalance: balance, deletedAt: null, email: 'ada@example.com' },
    keys: { status: 'k0', walletBalance: key, deletedAt: '', email: key },
    createdAt: new Date(MS0).toISOString(),
    createdAtSource: 'event',
    lastEventAt: new Date(MS0 + 1000).toISOString(),
    lastEventType: 'connection.wallet.balance.updated',
    lastEventKey: key,
  };
}

/** An event record as the consumer archives it; a fresh event and delivery id each call. */
function eventRecord(connectionId: string, overrides: Partial<EventRecord> = {}): EventRecord {
  n++;
  return {
    eventId: `evt_${n}`,
    contentId: `evt_${n}`,
    scheme: 'timestamped',
    deliveryId: `dlv_${n}`,
    sha256: 'a'.repeat(64),
    eventType: 'connection.created',
    connectionId,
    receivedAt: MS0 + n,
    eventAt: MS0,
    outcome: 'applied',
    body: JSON.stringify({ event: 'connection.created', data: { connection_id: connectionId } }),
    timestampedSignature: 't=1,v1=abc',
    source: 'webhook',
    domainEvents: [{ type: 'ConnectionCreated', detail: { connectionId, sourceEventId: `evt_${n}` } }],
    published: false,
    ...overrides,
  };
}

/** A delivery that made no event (its own archive item). */
const deliveryRecord = (connectionId: string, outcome: 'duplicate' | 'ignored' | 'rejected') =>
  eventRecord(connectionId, {
    eventId: undefined,
    contentId: undefined,
    outcome,
    domainEvents: [],
    published: true,
  });

function describeStoreContract(name: string, make: () => Promise<StoreUnderTest>) {
  describe(`the state store contract: ${name}`, () => {
    let store: StateStore;
    let putItem: StoreUnderTest['putItem'];
    beforeEach(async () => {
      ({ store, putItem } = await make());
    });

    /** A connection stored at version 1 by its first event. */
    async function created(connectionId: string) {
      const state = connectionState(connectionId, '1.00');
      const event = eventRecord(connectionId);
      await expect(store.commitEvent(event, { connection: { state, expectedVersion: 0 } })).resolves.toBe(
        'committed',
      );
      return { state, event };
    }

    describe('reads', () => {
      it('finds nothing that was never written', async () => {
        expect(await store.getConnection('con_missing')).toBeUndefined();
        expect(await store.getConnections([])).toEqual(new Map());
        expect(await store.getConnections(['con_missing', 'con_missing_too'])).toEqual(new Map());
        expect(await store.getEvent('evt_missing')).toBeUndefined();
        expect(await store.getDelivery('dlv_missing')).toBeUndefined();
      });

      it('reads many connections at once, more than one call takes (101), a key asked twice once; absent ones absent', async () => {
        const ids = Array.from({ length: 101 }, (_, i) => `con_many_${i}`);
        await Promise.all(ids.map((id) => created(id)));
        const found = await store.getConnections([...ids, 'con_many_missing', ids[0] as string]);
        expect([...found.keys()].sort()).toEqual([...ids].sort());
        expect(found.get('con_many_7')).toEqual({ state: connectionState('con_many_7', '1.00'), version: 1 });
      });

      it('shares nothing with its callers: changing what was written or read changes nothing stored', async () => {
        const { state, event } = await created('con_copies');
        await store.redecideEvent(event, { at: MS0, outcome: 'stale' });
        const stored = await store.getEvent(String(event.eventId));
        state.values.walletBalance = '0.00';
        event.domainEvents.pop();
        stored?.redecided?.push({ at: MS0, outcome: 'applied' });
        const read = await store.getConnection('con_copies');
        if (read) read.state.values.status = 'deleted';
        expect((await store.getConnection('con_copies'))?.state.values).toMatchObject({
          status: 'active',
          walletBalance: '1.00',
        });
        const again = await store.getEvent(String(event.eventId));
        expect(again?.domainEvents).toHaveLength(1);
        expect(again?.redecided).toEqual([{ at: MS0, outcome: 'stale' }]);
      });
    });

    describe('commitEvent', () => {
      it('the first event of a connection creates it at version 1 and archives the event as given', async () => {
        const { state, event } = await created('con_first');
        expect(await store.getConnection('con_first')).toEqual({ state, version: 1 });
        expect(await store.getEvent(String(event.eventId))).toEqual(event);
      });

      it('an event that changes no connection (stale) is archived alone', async () => {
        const event = eventRecord('con_stale', { outcome: 'stale', domainEvents: [], published: true });
        expect(await store.commitEvent(event)).toBe('committed');
        expect(await store.getEvent(String(event.eventId))).toEqual(event);
        expect(await store.getConnection('con_stale')).toBeUndefined();
      });

      it('each later decision moves the version on by one, from the version it read', async () => {
        await created('con_next');
        const next = connectionState('con_next', '2.00');
        expect(
          await store.commitEvent(eventRecord('con_next'), {
            connection: { state: next, expectedVersion: 1 },
          }),
        ).toBe('committed');
        expect(await store.getConnection('con_next')).toEqual({ state: next, version: 2 });
      });

      it.each([
        ['it is new', 0],
        ['it is at a version it has not reached', 2],
      ])(
        'a decision that read the connection when %s loses the race and changes nothing',
        async (_, read) => {
          const { state } = await created('con_race');
          const late = eventRecord('con_race');
          const decided = { state: connectionState('con_race', '9.00'), expectedVersion: read };
          expect(await store.commitEvent(late, { connection: decided })).toBe('conflict');
          expect(await store.getConnection('con_race')).toEqual({ state, version: 1 });
          expect(await store.getEvent(String(late.eventId))).toBeUndefined();
        },
      );

      it('a decision on a connection that is not there (it read one) loses the race', async () => {
        const event = eventRecord('con_gone');
        const decided = { state: connectionState('con_gone', '3.00'), expectedVersion: 4 };
        expect(await store.commitEvent(event, { connection: decided })).toBe('conflict');
        expect(await store.getConnection('con_gone')).toBeUndefined();
        expect(await store.getEvent(String(event.eventId))).toBeUndefined();
      });

      it('of two writers that read the same version, one commits and the other loses', async () => {
        await created('con_two');
        const results = await Promise.all(
          ['2.00', '3.00'].map((balance) =>
            store.commitEvent(eventRecord('con_two'), {
              connection: { state: connectionState('con_two', balance), expectedVersion: 1 },
            }),
          ),
        );
        expect([...results].sort()).toEqual(['committed', 'conflict']);
        expect((await store.getConnection('con_two'))?.version).toBe(2);
      });

      it('an event id stored already is refused as `exists`, alone or with a connection, changing nothing', async () => {
        const { state, event } = await created('con_dup');
        const again = { ...event, deliveryId: 'dlv_other', body: '{"other":true}' };
        expect(await store.commitEvent(again)).toBe('exists');
        // The event item's condition decides, even when the connection's fails with it.
        const decided = { state: connectionState('con_dup', '5.00'), expectedVersion: 0 };
        expect(await store.commitEvent(again, { connection: decided })).toBe('exists');
        const current = { state: connectionState('con_dup', '5.00'), expectedVersion: 1 };
        expect(await store.commitEvent(again, { connection: current })).toBe('exists');
        expect(await store.getEvent(String(event.eventId))).toEqual(event);
        expect(await store.getConnection('con_dup')).toEqual({ state, version: 1 });
      });

      it.each(['rejected', 'ignored'])(
        'an event item a first release archived as %s does not block the event',
        async (outcome) => {
          const event = eventRecord(`con_first_release_${outcome}`);
          await putItem({
            [TABLE.partitionKey]: eventKey(String(event.eventId)),
            outcome,
            reason: 'first release',
          });
          expect(await store.commitEvent(event)).toBe('committed');
          expect(await store.getEvent(String(event.eventId))).toEqual(event);
        },
      );

      it('an event item a first release archived as applied does', async () => {
        const event = eventRecord('con_first_release_applied');
        await putItem({
          [TABLE.partitionKey]: eventKey(String(event.eventId)),
          outcome: 'applied',
          deliveryId: 'dlv_old',
        });
        expect(await store.commitEvent(event)).toBe('exists');
        expect((await store.getEvent(String(event.eventId)))?.deliveryId).toBe('dlv_old');
      });
    });

    describe('the arrival log and held duplicates', () => {
      const log = {
        arrivals: [
          { at: MS0 + 1, content: 'aaaaaaaa' },
          { at: MS0 + 20_000, content: 'bbbbbbbb' },
        ],
        held: [{ at: MS0 + 30_000, content: 'aaaaaaaa', deliveryId: 'dlv_held', ofAt: MS0 + 1 }],
      };

      it('keeps the connection’s log as written', async () => {
        const state = { ...connectionState('con_log', '1.00'), log };
        await store.commitEvent(eventRecord('con_log'), { connection: { state, expectedVersion: 0 } });
        expect(await store.getConnection('con_log')).toEqual({ state, version: 1 });
      });

      it('holds a duplicate: its archive and the connection, both or neither', async () => {
        const { state } = await created('con_hold');
        const duplicate = { ...deliveryRecord('con_hold', 'duplicate'), duplicateOf: 'evt_x' };
        const stale = { state: { ...state, log }, expectedVersion: 0 };
        expect(await store.archiveDelivery(duplicate, stale)).toBe('conflict');
        expect(await store.getDelivery(duplicate.deliveryId)).toBeUndefined();
        const current = { state: { ...state, log }, expectedVersion: 1 };
        expect(await store.archiveDelivery(duplicate, current)).toBe('committed');
        expect(await store.getConnection('con_hold')).toEqual({ state: { ...state, log }, version: 2 });
        expect(await store.archiveDelivery(duplicate, { ...current, expectedVersion: 2 })).toBe('exists');
        expect((await store.getConnection('con_hold'))?.version).toBe(2);
      });

      it('promotes a held duplicate: the event, the connection and the mark on its archive in one write', async () => {
        const { state } = await created('con_promote');
        const duplicate = { ...deliveryRecord('con_promote', 'duplicate'), duplicateOf: 'evt_x' };
        await store.archiveDelivery(duplicate);
        const promoted = eventRecord('con_promote', {
          eventId: repeatEventId('evt_x', MS0 + 30_000),
          contentId: 'evt_x',
          deliveryId: duplicate.deliveryId,
        });
        const connection = { state: connectionState('con_promote', '2.00'), expectedVersion: 1 };
        const promotes = { deliveryId: duplicate.deliveryId };
        // Lost to another writer: nothing changes.
        expect(
          await store.commitEvent(promoted, { connection: { ...connection, expectedVersion: 5 }, promotes }),
        ).toBe('conflict');
        expect(await store.getEvent(String(promoted.eventId))).toBeUndefined();
        expect((await store.getDelivery(duplicate.deliveryId))?.promotedTo).toBeUndefined();
        expect(await store.commitEvent(promoted, { connection, promotes })).toBe('committed');
        expect(await store.getEvent(String(promoted.eventId))).toEqual(promoted);
        expect(await store.getDelivery(duplicate.deliveryId)).toEqual({
          ...duplicate,
          promotedTo: promoted.eventId,
        });
        expect((await store.getConnection('con_promote'))?.state).toEqual(connection.state);
        expect(state.connectionId).toBe('con_promote');
      });

      it('does not promote a delivery that was never archived', async () => {
        await created('con_promote_none');
        const promoted = eventRecord('con_promote_none');
        const connection = { state: connectionState('con_promote_none', '2.00'), expectedVersion: 1 };
        expect(await store.commitEvent(promoted, { connection, promotes: { deliveryId: 'dlv_never' } })).toBe(
          'conflict',
        );
        expect(await store.getEvent(String(promoted.eventId))).toBeUndefined();
      });
    });

    describe('archiveDelivery', () => {
      it.each(['duplicate', 'ignored', 'rejected'] as const)(
        'archives a %s delivery once, on its own item',
        async (outcome) => {
          const record = deliveryRecord(`con_delivery_${outcome}`, outcome);
          expect(await store.archiveDelivery(record)).toBe('committed');
          expect(await store.archiveDelivery({ ...record, reason: 'again' })).toBe('exists');
          expect(await store.getDelivery(record.deliveryId)).toEqual(record);
        },
      );

      it('keeps a body that is not UTF-8 as its bytes', async () => {
        const bytes = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
        const record = {
          ...deliveryRecord('con_bytes', 'rejected'),
          body: bytes.toString('base64'),
          bodyEncoding: 'base64' as const,
        };
        await store.archiveDelivery(record);
        expect(await store.getDelivery(record.deliveryId)).toEqual(record);
      });
    });

    describe('redecideEvent', () => {
      const decision = { at: MS0 + 60_000, outcome: 'stale' as const };

      it('adds the decision to the event its delivery made, and writes the connection at its version', async () => {
        const { event } = await created('con_redecide');
        const next = connectionState('con_redecide', '4.00');
        const result = await store.redecideEvent(
          event,
          { ...decision, outcome: 'applied' },
          {
            state: next,
            expectedVersion: 1,
          },
        );
        expect(result).toBe('committed');
        expect(await store.redecideEvent(event, decision)).toBe('committed');
        expect((await store.getEvent(String(event.eventId)))?.redecided).toEqual([
          { ...decision, outcome: 'applied' },
          decision,
        ]);
        expect(await store.getConnection('con_redecide')).toEqual({ state: next, version: 2 });
      });

      it('refuses another delivery, a missing event and a connection that moved on, all or nothing', async () => {
        const { state, event } = await created('con_redecide_no');
        const other = { eventId: event.eventId, deliveryId: 'dlv_someone_else' };
        expect(await store.redecideEvent(other, decision)).toBe('conflict');
        const missing = { eventId: 'evt_never', deliveryId: event.deliveryId };
        expect(await store.redecideEvent(missing, decision)).toBe('conflict');
        const moved = { state: connectionState('con_redecide_no', '8.00'), expectedVersion: 0 };
        expect(await store.redecideEvent(event, decision, moved)).toBe('conflict');
        expect((await store.getEvent(String(event.eventId)))?.redecided).toBeUndefined();
        expect(await store.getEvent('evt_never')).toBeUndefined();
        expect(await store.getConnection('con_redecide_no')).toEqual({ state, version: 1 });
      });
    });

    describe('markPublished', () => {
      it('marks each event published', async () => {
        const events = await Promise.all(['a', 'b'].map((s) => created(`con_publish_${s}`)));
        const ids = events.map((e) => String(e.event.eventId));
        await store.markPublished([]);
        await store.markPublished(ids);
        for (const id of ids) expect((await store.getEvent(id))?.published).toBe(true);
      });

      it('refuses an event that is not there, once it has marked the others (their events are out)', async () => {
        const { event } = await created('con_publish_missing');
        await expect(store.markPublished(['evt_not_there', String(event.eventId)])).rejects.toThrow();
        expect(await store.getEvent('evt_not_there')).toBeUndefined();
        expect((await store.getEvent(String(event.eventId)))?.published).toBe(true);
      });

      it('marks an event given twice', async () => {
        const { event } = await created('con_publish_twice');
        await store.markPublished([String(event.eventId), String(event.eventId)]);
        expect((await store.getEvent(String(event.eventId)))?.published).toBe(true);
      });
    });
  });
}

const dynamo = dynamoClient();
describeStoreContract('DynamoDB adapter on DynamoDB Local', async () => {
  const { tableName, store } = await freshStore(dynamo);
  return {
    store,
    putItem: async (item) => {
      await dynamo.send(new PutItemCommand({ TableName: tableName, Item: marshall(item) }));
    },
  };
});

describeStoreContract('in-memory adapter', async () => {
  const items = new Map<string, StoredItem>();
  return {
    store: memoryStore({ items }),
    putItem: async (item) => {
      items.set(String(item[TABLE.partitionKey]), structuredClone(item));
    },
  };
});

describe('the DynamoDB adapter marking events published', () => {
  it('sends one UpdateItem per event (no transaction: half the write units), a few at a time', async () => {
    const { tableName, store } = await freshStore(dynamo);
    const events = Array.from({ length: 25 }, (_, i) => eventRecord(`con_mark_${i}`));
    await Promise.all(events.map((e) => store.commitEvent(e)));
    const sent: string[] = [];
    let inFlight = 0;
    let most = 0;
    const counting = {
      send: async (command: object) => {
        sent.push(command.constructor.name);
        most = Math.max(most, ++inFlight);
        return dynamo.send(command as never).finally(() => inFlight--);
      },
    } as unknown as DynamoDBClient;
    await dynamoDbStore(counting, tableName, { eventTtlDays: 30 }).markPublished(
      events.map((e) => String(e.eventId)),
    );
    expect(sent).toEqual(events.map(() => 'UpdateItemCommand'));
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(10);
    for (const e of events) expect((await store.getEvent(String(e.eventId)))?.published).toBe(true);
  });
});
