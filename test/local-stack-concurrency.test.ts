// Duplicates and disorder under concurrency, end to end: 200 events for 20 connections, each
// delivered 1–5 times, in random order, 16 at a time, over HTTP to the local stack.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyEvent, type ConnectionState } from '../lambdas/core/decide';
import { dynamoDbStore } from '../lambdas/core/dynamodb-store';
import { contentIdOf } from '../lambdas/core/identity';
import { type ParsedEvent, parseEvent } from '../lambdas/core/parse-event';
import { signTimestamped } from '../lambdas/shared/sign-webhook';
import { DOMAIN_EVENTS_FILE } from '../local/eventbridge-sink';
import { type LocalStack, startLocalStack } from '../local/local-stack';
import { dynamoClient, freshTable } from './helpers/dynamodb';

const SECRET = 'whsec_test_concurrency';
const stateDir = mkdtempSync(join(tmpdir(), 'lava-concurrency-'));
let stack: LocalStack;
let tableName: string;

beforeAll(async () => {
  tableName = await freshTable(dynamoClient());
  stack = await startLocalStack({
    stateDir,
    port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName,
    secret: SECRET,
    visibilityTimeoutSeconds: 1,
  });
});
afterAll(async () => {
  await stack?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

interface Planned {
  body: string;
  t: number;
  /** The id of the event it makes: the hash of its signed content. */
  eventId: string;
  connectionId: string;
}

/** Ten events per connection: a lifecycle with balance changes, a deletion and a comeback. */
function history(connection: number, now: number): Planned[] {
  const id = `con_conc_${connection}`;
  const kinds = [
    'connection.created',
    'connection.wallet.balance.updated',
    'connection.wallet.balance.updated',
    'customer.wallet.balance.updated',
    'connection.wallet.balance.updated',
    'connection.deleted',
    'customer.created',
    'connection.wallet.balance.updated',
    'checkout.completed',
    'connection.wallet.balance.updated',
  ];
  return kinds.map((event, i) => {
    const t = now - 200 + i * 5 + (connection % 5);
    const data: Record<string, unknown> =
      event === 'checkout.completed'
        ? {
            customer_id: id,
            checkout_session_id: `cs_${connection}_${i}`,
            plan_id: 'plan_pro',
            funded_amount: '25.00',
          }
        : {
            connection_id: id,
            has_lava_credit_balance: i % 3 !== 1,
            wallet: { balance: (i * 1.5).toFixed(2), autopay_enabled: i % 2 === 0 },
            customer: { email: `c${connection}.${i}@example.com` },
            created_at: '2026-11-01T00:00:00Z',
          };
    const body = JSON.stringify({ event, data });
    const eventId = contentIdOf(Buffer.from(body), 'timestamped', String(t));
    return { body, t, eventId, connectionId: id };
  });
}

function inOrder(events: Planned[]): ConnectionState | undefined {
  const parsed = events
    .map((e) => {
      const identity = { eventId: e.eventId, contentId: e.eventId, time: e.t * 1000, arrival: e.t * 1000 };
      return parseEvent(JSON.parse(e.body), e.body, identity);
    })
    .flatMap((r) => (r.kind === 'event' ? [r.event] : []))
    .sort((a: ParsedEvent, b: ParsedEvent) => (a.orderKey < b.orderKey ? -1 : 1));
  let state: ConnectionState | undefined;
  for (const e of parsed) state = applyEvent(state, e).next;
  return state;
}

describe('duplicates and order under concurrency', () => {
  it('applies every distinct event exactly once and converges to the in-order state', async () => {
    const now = Math.floor(Date.now() / 1000);
    const planned = Array.from({ length: 20 }, (_, c) => history(c, now)).flat();
    expect(planned).toHaveLength(200);
    // Each event delivered 1–5 times, all deliveries shuffled (seeded, so a failure replays).
    const rng = fc.sample(fc.infiniteStream(fc.nat()), { numRuns: 1, seed: 42 })[0] as Iterable<number>;
    const it = rng[Symbol.iterator]();
    const nextInt = (n: number) => (it.next().value as number) % n;
    const deliveries = planned.flatMap((p) => Array.from({ length: 1 + nextInt(5) }, () => p));
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = nextInt(i + 1);
      [deliveries[i], deliveries[j]] = [deliveries[j] as Planned, deliveries[i] as Planned];
    }

    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < deliveries.length) {
          const d = deliveries[next++] as Planned;
          const res = await fetch(stack.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-lava-signature': signTimestamped(d.body, SECRET, d.t),
            },
            body: d.body,
          });
          statuses.push(res.status);
          await res.arrayBuffer();
        }
      }),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);

    const store = dynamoDbStore(dynamoClient(), tableName, { eventTtlDays: 30 });
    const deadline = Date.now() + 90_000;
    let archived = await Promise.all(planned.map((p) => store.getEvent(p.eventId)));
    // Archived first, published a moment later: wait for both, never for a time.
    while (archived.some((e) => !e?.published) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      archived = await Promise.all(planned.map((p) => store.getEvent(p.eventId)));
    }
    expect(archived.filter((e) => !e)).toHaveLength(0);

    for (let c = 0; c < 20; c++) {
      const id = `con_conc_${c}`;
      const stored = await store.getConnection(id);
      const mine = planned.filter((p) => p.connectionId === id);
      const decided = archived.filter((e) => e?.connectionId === id);
      const applied = decided.filter((e) => e?.outcome === 'applied').length;
      // Each applied event bumps the version once, a stale one at most once (when the connection's
      // arrival log takes it): nothing was written twice for one event.
      expect(stored?.version).toBeGreaterThanOrEqual(applied);
      expect(stored?.version).toBeLessThanOrEqual(decided.length);
      const expected = inOrder(mine);
      expect(stored?.state.values).toEqual(expected?.values);
      // (Not the order key itself: it holds the arrival time, which only the stack knows.)
      expect(stored?.state.lastEventAt).toBe(expected?.lastEventAt);
      expect(stored?.state.lastEventType).toBe(expected?.lastEventType);
      expect(stored?.state.createdAt).toBe(expected?.createdAt);
    }

    // Domain events: at least once, every one that an event item owes is on the bus.
    const lines = readFileSync(join(stateDir, DOMAIN_EVENTS_FILE), 'utf8').split('\n').filter(Boolean);
    const owed = archived.reduce((n, e) => n + (e?.domainEvents.length ?? 0), 0);
    expect(lines.length).toBeGreaterThanOrEqual(owed);
    const checkouts = lines.filter((l) => l.includes('"CheckoutCompleted"'));
    expect(new Set(checkouts.map((l) => JSON.parse(l).detail?.checkout_session_id ?? l)).size).toBe(20);
    expect(archived.every((e) => e?.published)).toBe(true);
  }, 180_000);
});
