// What the apply decision announces: transitions of the stored state, each once, and every distinct
// checkout whatever order the deliveries come in (README "Domain events").
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type ConnectionState,
  type Decision,
  domainEventBase,
  MAX_DETAIL_VALUE_BYTES,
} from '../lambdas/core/decide';
import type { ParsedEvent } from '../lambdas/core/parse-event';
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

describe('what each domain event says', () => {
  const update = (second: number, data: Record<string, unknown>, type = 'customer.updated') =>
    parsedEvent(type, { customer_id: ID, ...data }, at(second));
  const base = (event: ParsedEvent) => ({
    connectionId: ID,
    eventType: event.sentType,
    eventAt: new Date(event.time).toISOString(),
    sourceEventId: event.eventId,
  });
  const sub = (fields: Record<string, unknown>) => ({ subscription: fields });

  it('ConnectionCreated: the reference, email and credit flag, null when not known', () => {
    const bare = parsedEvent('connection.created', { connection_id: ID }, at(0));
    expect(decide(bare)[0]?.domainEvents).toEqual([
      {
        type: 'ConnectionCreated',
        detail: { ...base(bare), referenceId: null, email: null, hasLavaCreditBalance: null },
      },
    ]);
    const full = update(
      0,
      { reference_id: 'u1', contact: { email: 'a@example.com' }, has_lava_credit_balance: false },
      'customer.created',
    );
    expect(decide(full)[0]?.domainEvents).toEqual([
      {
        type: 'ConnectionCreated',
        detail: { ...base(full), referenceId: 'u1', email: 'a@example.com', hasLavaCreditBalance: false },
      },
    ]);
  });

  it('ConnectionUpdated: the profile fields that changed, and the profile (metadata aside)', () => {
    const change = update(10, { contact: { email: 'b@example.com', first_name: 'Ada' }, metadata: { a: 1 } });
    const [, decision] = decide(
      update(0, { contact: { email: 'a@example.com' } }, 'customer.created'),
      change,
    );
    expect(decision?.domainEvents).toEqual([
      {
        type: 'ConnectionUpdated',
        detail: {
          ...base(change),
          changedFields: ['email', 'firstName', 'metadata'],
          email: 'b@example.com',
          phone: null,
          firstName: 'Ada',
          lastName: null,
          referenceId: null,
        },
      },
    ]);
  });

  it('announces no update with a creation, a deletion, or values that did not change', () => {
    const email = { contact: { email: 'a@example.com' } };
    expect(
      announced(
        decide(
          update(0, email, 'customer.created'),
          update(10, email),
          update(20, { contact: { email: 'b@example.com' } }, 'customer.deleted'),
        ),
      ),
    ).toEqual([['ConnectionCreated'], [], ['ConnectionDeleted']]);
  });

  it('ConnectionDeleted: when', () => {
    const deletion = deleted(10);
    expect(decide(created(0), deletion)[1]?.domainEvents).toEqual([
      {
        type: 'ConnectionDeleted',
        detail: { ...base(deletion), deletedAt: new Date(T0 + 10_000).toISOString() },
      },
    ]);
  });

  it('BalanceDepleted and BalanceRestored: the credit flag turning, with the balance (null when unknown)', () => {
    const flag = (second: number, credit: boolean, wallet?: Record<string, unknown>) =>
      update(
        second,
        { has_lava_credit_balance: credit, ...(wallet ? { wallet } : {}) },
        'customer.wallet.balance.updated',
      );
    const depleted = flag(20, false, { balance: '0.00' });
    const decisions = decide(
      update(0, {}, 'customer.created'),
      flag(10, false),
      flag(15, true),
      depleted,
      flag(30, false),
    );
    expect(announced(decisions)).toEqual([
      ['ConnectionCreated'],
      [],
      ['BalanceRestored'],
      ['BalanceDepleted'],
      [],
    ]);
    expect(decisions[2]?.domainEvents[0]?.detail).toEqual({ ...base(flag(15, true)), walletBalance: null });
    expect(decisions[3]?.domainEvents[0]?.detail).toEqual({ ...base(depleted), walletBalance: '0.00' });
  });

  it('SubscriptionChanged: status or plan moving, with both summaries (null for none)', () => {
    const pro = { subscription_id: 's1', plan_id: 'p1', name: 'Pro', status: 'active' };
    const events = [
      update(0, {}, 'customer.created'),
      update(10, sub(pro)),
      update(20, sub({ ...pro, name: 'Pro (renamed)' })),
      update(30, sub({ ...pro, status: 'canceled' })),
      update(40, sub({ ...pro, plan_id: 'p2', status: 'canceled' })),
      update(50, { subscription: null }),
      update(60, sub({ status: 'trialing' })),
    ];
    const decisions = decide(...events);
    const summary = (s: Record<string, unknown>) => ({
      subscriptionId: s.subscription_id ?? null,
      planId: s.plan_id ?? null,
      name: s.name ?? null,
      status: s.status ?? null,
    });
    expect(
      decisions.map((d) =>
        d.domainEvents.filter((e) => e.type === 'SubscriptionChanged').map((e) => e.detail),
      ),
    ).toEqual([
      [],
      [{ ...base(events[1] as ParsedEvent), previous: null, current: summary(pro) }],
      [],
      [
        {
          ...base(events[3] as ParsedEvent),
          previous: summary({ ...pro, name: 'Pro (renamed)' }),
          current: summary({ ...pro, status: 'canceled' }),
        },
      ],
      [
        {
          ...base(events[4] as ParsedEvent),
          previous: summary({ ...pro, status: 'canceled' }),
          current: summary({ ...pro, plan_id: 'p2', status: 'canceled' }),
        },
      ],
      [
        {
          ...base(events[5] as ParsedEvent),
          previous: summary({ ...pro, plan_id: 'p2', status: 'canceled' }),
          current: null,
        },
      ],
      [{ ...base(events[6] as ParsedEvent), previous: null, current: summary({ status: 'trialing' }) }],
    ]);
  });

  it('announces no SubscriptionChanged with a creation, nor for a subscription too large to keep', () => {
    const huge = { status: 'active', notes: 'x'.repeat(20_000) };
    expect(
      announced(decide(update(0, sub({ status: 'active' }), 'customer.created'), update(10, sub(huge)))),
    ).toEqual([['ConnectionCreated'], []]);
  });

  it('announces no SubscriptionChanged from a subscription too large to keep (what it was is unknown)', () => {
    const huge = { status: 'active', notes: 'x'.repeat(20_000) };
    expect(
      announced(decide(update(0, sub(huge), 'customer.created'), update(10, sub({ status: 'canceled' })))),
    ).toEqual([['ConnectionCreated'], []]);
  });

  it('announces no ConnectionUpdated when a field too large to keep is sent again unchanged', () => {
    const email = { contact: { email: `${'e'.repeat(20_000)}@example.com` } };
    expect(announced(decide(update(0, email, 'customer.created'), update(10, email)))).toEqual([
      ['ConnectionCreated'],
      [],
    ]);
  });

  it('CheckoutCompleted: the checkout as Lava sent it', () => {
    const done = checkout(10, 'cs_1');
    expect(decide(created(0), done)[1]?.domainEvents).toEqual([
      {
        type: 'CheckoutCompleted',
        detail: { ...base(done), checkout_session_id: 'cs_1', plan_id: 'plan_pro', funded_amount: '50.00' },
      },
    ]);
  });

  it('replaces a string over 1 KiB, at any depth, by its size; arrays and numbers are kept', () => {
    const email = (n: number) => `${'e'.repeat(n - 12)}@example.com`;
    const [kept] = decide(
      update(0, { contact: { email: email(MAX_DETAIL_VALUE_BYTES) } }, 'customer.created'),
    );
    expect(kept?.domainEvents[0]?.detail.email).toBe(email(MAX_DETAIL_VALUE_BYTES));
    const [cut] = decide(
      update(0, { contact: { email: email(MAX_DETAIL_VALUE_BYTES + 1) } }, 'customer.created'),
    );
    expect(cut?.domainEvents[0]?.detail.email).toEqual({ omittedBytes: MAX_DETAIL_VALUE_BYTES + 1 });
    const long = 'n'.repeat(MAX_DETAIL_VALUE_BYTES + 1);
    const [, renamed] = decide(
      update(0, sub({ status: 'active', plan_id: 'p1' }), 'customer.created'),
      update(10, sub({ status: 'canceled', plan_id: 'p1', name: long })),
    );
    expect(renamed?.domainEvents.at(-1)?.detail.current).toEqual({
      subscriptionId: null,
      planId: 'p1',
      name: { omittedBytes: MAX_DETAIL_VALUE_BYTES + 1 },
      status: 'canceled',
    });
  });
});

describe('domainEventBase', () => {
  it('leaves out what is not known', () => {
    // Strictly: a fact not known is no key at all, not a key holding undefined.
    expect(domainEventBase({ eventType: 'customer.updated', eventAt: Number.NaN })).toStrictEqual({
      eventType: 'customer.updated',
    });
    expect(domainEventBase({ connectionId: 'c', eventType: 'x', eventAt: 0, eventId: 'e' })).toStrictEqual({
      connectionId: 'c',
      eventType: 'x',
      eventAt: '1970-01-01T00:00:00.000Z',
      sourceEventId: 'e',
    });
  });
});
