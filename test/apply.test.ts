// The pure apply decision: any delivery order of a history converges to the in-order state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, type ConnectionState } from '../lambdas/core/decide';
import type { ParsedEvent } from '../lambdas/core/parse-event';
import { parsedEvent } from './helpers/parsed-event';

const T0 = Date.parse('2026-11-01T00:00:00Z');
const eventArb = fc.record({
  event: fc.constantFrom(
    'connection.created',
    'customer.wallet.balance.updated',
    'connection.deleted',
    'checkout.completed',
  ),
  // Coarse seconds so that ties within one second happen often.
  second: fc.integer({ min: 0, max: 20 }),
  credit: fc.option(fc.boolean(), { nil: undefined }),
  balance: fc.option(fc.integer({ min: 0, max: 100 }).map(String), { nil: undefined }),
  email: fc.option(fc.constantFrom('a@example.com', 'b@example.com', null), { nil: undefined }),
  createdAt: fc.option(fc.constantFrom('2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z'), { nil: undefined }),
  salt: fc.nat(),
});

type RawEvent = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function toParsed(e: RawEvent): ParsedEvent {
  const data: Record<string, unknown> = { connection_id: 'con_p', salt: e.salt };
  if (e.credit !== undefined) data.has_lava_credit_balance = e.credit;
  if (e.balance !== undefined) data.wallet = { balance: e.balance };
  if (e.email !== undefined) data.customer = { email: e.email };
  if (e.createdAt !== undefined) data.created_at = e.createdAt;
  return parsedEvent(e.event, data, { time: T0 + e.second * 1000 });
}

function replay(events: ParsedEvent[]): ConnectionState | undefined {
  let state: ConnectionState | undefined;
  for (const e of events) state = applyEvent(state, e).next;
  return state;
}

describe('applyEvent', () => {
  it('converges: every order of the same distinct events yields the same state', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(eventArb, { minLength: 1, maxLength: 8, selector: (e) => JSON.stringify(e) }),
        fc.infiniteStream(fc.nat()),
        (raw, seeds) => {
          const events = raw.map(toParsed);
          const sorted = [...events].sort((a, b) => (a.orderKey < b.orderKey ? -1 : 1));
          const shuffled = [...events];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (seeds.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as ParsedEvent, shuffled[i] as ParsedEvent];
          }
          expect(replay(shuffled)).toEqual(replay(sorted));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never lets an event older than the deletion revive the connection', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 6 }), (raw) => {
        const del = toParsed({ event: 'connection.deleted', second: 10, salt: -1 } as never);
        let state = applyEvent(undefined, del).next;
        for (const e of raw.filter((x) => x.second < 10).map(toParsed)) state = applyEvent(state, e).next;
        expect(state.values.status).toBe('deleted');
      }),
    );
  });

  it('within one signed second: created, then balance updates, then deletion, whatever the arrival order', () => {
    const t = T0 + 10_000;
    const id = { connection_id: 'con_rank' };
    // Arrivals run against the lifecycle, so that arrival order alone would put it backwards.
    const created = parsedEvent(
      'connection.created',
      { ...id, wallet: { balance: '1.00' } },
      { time: t, arrival: t + 900 },
    );
    const balance = parsedEvent(
      'connection.wallet.balance.updated',
      { ...id, wallet: { balance: '2.00' } },
      { time: t, arrival: t + 600 },
    );
    // Lava's deletion carries the customer's last snapshot: within its second it is the last word.
    const deleted = parsedEvent(
      'connection.deleted',
      { ...id, wallet: { balance: '0.00' } },
      { time: t, arrival: t + 300 },
    );
    for (const order of [
      [created, balance, deleted],
      [deleted, balance, created],
    ]) {
      expect(replay(order)).toMatchObject({
        values: { status: 'deleted', walletBalance: '0.00' },
        lastEventType: 'connection.deleted',
      });
    }
    for (const order of [
      [created, balance],
      [balance, created],
    ]) {
      expect(replay(order)).toMatchObject({
        values: { status: 'active', walletBalance: '2.00' },
        lastEventType: 'connection.wallet.balance.updated',
      });
    }
  });

  it('reports stale for an event older than everything it would change', () => {
    const createdAt = '2026-10-01T00:00:00Z'; // Lava's own creation time, the same in every event
    const newer = toParsed({
      event: 'customer.wallet.balance.updated',
      second: 10,
      credit: false,
      createdAt,
      salt: 1,
    } as never);
    const older = toParsed({
      event: 'customer.wallet.balance.updated',
      second: 5,
      credit: true,
      createdAt,
      salt: 2,
    } as never);
    const state = applyEvent(undefined, newer).next;
    const decision = applyEvent(state, older);
    expect(decision.outcome).toBe('stale');
    expect(decision.next.values.hasLavaCreditBalance).toBe(false);
    expect(decision.domainEvents).toEqual([]);
  });
});

describe('the state an event leaves', () => {
  const ID = { connection_id: 'con_state' };
  const at = (second: number) => ({ time: T0 + second * 1000 });
  const iso = (second: number) => new Date(T0 + second * 1000).toISOString();
  const balance = (second: number, extra: Record<string, unknown> = {}) =>
    parsedEvent('customer.wallet.balance.updated', { ...ID, ...extra }, at(second));

  it('a balance update for an unseen connection creates it, active by default', () => {
    const decision = applyEvent(undefined, balance(5, { wallet: { balance: '3.00' } }));
    expect(decision.outcome).toBe('applied');
    expect(decision.next).toEqual({
      connectionId: 'con_state',
      values: { status: 'active', walletBalance: '3.00' },
      keys: { status: '', walletBalance: decision.next.lastEventKey },
      createdAt: iso(5),
      createdAtSource: 'event',
      lastEventAt: iso(5),
      lastEventType: 'customer.wallet.balance.updated',
      lastEventKey: decision.next.lastEventKey,
    });
  });

  it('a deletion stamps deletedAt, and a newer creation clears it', () => {
    const gone = applyEvent(undefined, parsedEvent('connection.deleted', ID, at(10))).next;
    expect(gone.values).toMatchObject({ status: 'deleted', deletedAt: iso(10) });
    const back = applyEvent(gone, parsedEvent('connection.created', ID, at(20))).next;
    expect(back.values).toMatchObject({ status: 'active', deletedAt: null });
  });

  it("takes Lava's creation time over any event's, and otherwise the earliest", () => {
    let state = applyEvent(undefined, balance(20)).next;
    const earlier = applyEvent(state, balance(10));
    expect(earlier.outcome).toBe('applied'); // only createdAt moved back
    expect(earlier.next).toMatchObject({
      createdAt: iso(10),
      createdAtSource: 'event',
      lastEventAt: iso(20),
    });
    state = applyEvent(earlier.next, balance(5, { created_at: '2026-12-01T00:00:00Z' })).next;
    expect(state).toMatchObject({ createdAt: '2026-12-01T00:00:00.000Z', createdAtSource: 'lava' });
    state = applyEvent(state, balance(1)).next;
    expect(state).toMatchObject({ createdAt: '2026-12-01T00:00:00.000Z', createdAtSource: 'lava' });
    state = applyEvent(state, balance(2, { created_at: '2026-10-01T00:00:00Z' })).next;
    expect(state).toMatchObject({ createdAt: '2026-10-01T00:00:00.000Z', createdAtSource: 'lava' });
    const same = applyEvent(state, balance(3, { created_at: '2026-10-01T00:00:00Z' }));
    expect(same.outcome).toBe('stale');
  });

  it("an older event keeps the newest event's time, type and key, and the arrival log", () => {
    const log = { arrivals: [{ at: 1, content: 'abcd1234' }], held: [] };
    const newest = { ...applyEvent(undefined, balance(30)).next, log };
    const older = applyEvent(newest, parsedEvent('checkout.completed', { ...ID, plan_id: 'p' }, at(10)));
    expect(older.next).toMatchObject({
      lastEventAt: iso(30),
      lastEventType: 'customer.wallet.balance.updated',
      lastEventKey: newest.lastEventKey,
      log,
    });
    expect(applyEvent(undefined, balance(30)).next).not.toHaveProperty('log');
  });

  it('an older event that becomes the source of a field it repeats is applied (the field key moves)', () => {
    const email = { customer: { email: 'a@example.com' } };
    let state = applyEvent(undefined, balance(10, email)).next;
    state = applyEvent(state, balance(30)).next;
    const repeat = applyEvent(state, balance(20, email));
    expect(repeat.outcome).toBe('applied');
    expect(repeat.next.keys.email).toBe(balance(20, email).orderKey);
    expect(repeat.next.values.email).toBe('a@example.com');
  });

  it('the same event applied twice is stale the second time', () => {
    const event = balance(10, { wallet: { balance: '1.00' }, has_lava_credit_balance: true });
    const once = applyEvent(undefined, event).next;
    expect(applyEvent(once, event)).toMatchObject({ outcome: 'stale', next: once, domainEvents: [] });
  });
});
