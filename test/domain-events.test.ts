// What the apply decision announces: transitions of the stored state, each once, and every distinct
// checkout whatever order the deliveries come in (README "Domain events").
import { describe, expect, it } from 'vitest';
import { applyEvent, type ConnectionState, type Decision } from '../lambdas/consumer/apply';
import type { ParsedEvent } from '../lambdas/consumer/parse-event';
import { parsedEvent } from './helpers/parsed-event';

const T0 = Date.parse('2026-11-01T00:00:00Z');
const ID = 'con_announced';
const at = (second: number) => ({ time: T0 + second * 1000 });

const created = (second: number) =>
  parsedEvent('connection.created', { connection_id: ID, has_lava_credit_balance: true }, at(second));
const deleted = (second: number) => parsedEvent('connection.deleted', { connection_id: ID }, at(second));
const balance = (second: number, amount: string) =>
  parsedEvent(
    'connection.wallet.balance.updated',
    { connection_id: ID, has_lava_credit_balance: true, wallet: { balance: amount } },
    at(second),
  );
const checkout = (second: number, session: string) =>
  parsedEvent(
    'checkout.completed',
    { customer_id: ID, checkout_session_id: session, plan_id: 'plan_pro', funded_amount: '50.00' },
    at(second),
  );

/** Each event's decision, applied one after the other in the order given. */
function decide(...events: ParsedEvent[]): Decision[] {
  let state: ConnectionState | undefined;
  return events.map((event) => {
    const decision = applyEvent(state, event);
    state = decision.next;
    return decision;
  });
}

const announced = (decisions: Decision[]) => decisions.map((d) => d.domainEvents.map((e) => e.type));

describe('ConnectionDeleted', () => {
  it('is announced when the connection becomes a tombstone, and not by the events that follow', () => {
    const decisions = decide(created(0), deleted(10), balance(20, '7.00'), deleted(30), balance(40, '8.00'));
    expect(announced(decisions)).toEqual([['ConnectionCreated'], ['ConnectionDeleted'], [], [], []]);
    expect(decisions.at(-1)?.next.values).toMatchObject({ status: 'deleted', walletBalance: '8.00' });
  });

  it('is announced again after a newer creation reactivated the connection', () => {
    const decisions = decide(created(0), deleted(10), created(20), deleted(30));
    expect(announced(decisions)).toEqual([
      ['ConnectionCreated'],
      ['ConnectionDeleted'],
      ['ConnectionCreated'],
      ['ConnectionDeleted'],
    ]);
  });
});

describe('CheckoutCompleted', () => {
  it('announces a checkout delivered after a newer one, though it changes nothing (stale)', () => {
    const [, newer, older] = decide(created(0), checkout(20, 'cs_new'), checkout(10, 'cs_old'));
    expect(newer?.domainEvents.map((e) => e.detail.checkout_session_id)).toEqual(['cs_new']);
    expect(older?.outcome).toBe('stale');
    expect(older?.domainEvents).toEqual([
      {
        type: 'CheckoutCompleted',
        detail: expect.objectContaining({
          connectionId: ID,
          eventType: 'checkout.completed',
          eventAt: new Date(T0 + 10_000).toISOString(),
          checkout_session_id: 'cs_old',
          plan_id: 'plan_pro',
          funded_amount: '50.00',
        }),
      },
    ]);
    // The connection keeps the newest checkout.
    expect(JSON.parse(String(older?.next.values.lastCheckout))).toMatchObject({
      checkout_session_id: 'cs_new',
    });
  });

  it('announces a checkout delivered after a newer event of another kind', () => {
    const [, , late] = decide(created(0), balance(20, '7.00'), checkout(10, 'cs_late'));
    expect(late?.next.lastEventType).toBe('connection.wallet.balance.updated');
    expect(announced([late as Decision])).toEqual([['CheckoutCompleted']]);
  });
});
