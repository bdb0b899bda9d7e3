// parseEvent's validation of Lava's `data`: lenient about unknown fields, strict about known ones,
// and a rejection says which field and why (it is archived as the delivery's `reason`).
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../lambdas/consumer/parse-event';

const identity = { eventId: 'e1', contentId: 'c'.repeat(64), time: 1_000, arrival: 1_000 };
const parse = (event: string, data: Record<string, unknown>) =>
  parseEvent({ event, data }, JSON.stringify({ event, data }), identity);

describe('parseEvent', () => {
  it.each<[string, string, Record<string, unknown>, string]>([
    [
      'a boolean sent as a string',
      'connection.created',
      { has_lava_credit_balance: 'yes' },
      'invalid data: ✖ Invalid input: expected boolean, received string\n  → at has_lava_credit_balance',
    ],
    [
      'a nested field of the wrong type',
      'connection.created',
      { customer: { email: 5 } },
      'invalid data: ✖ Invalid input: expected string, received number\n  → at customer.email',
    ],
    [
      'a balance neither string nor number',
      'connection.wallet.balance.updated',
      { wallet: { balance: true } },
      'invalid data: ✖ Invalid input\n  → at wallet.balance',
    ],
    [
      'a creation time that is not ISO 8601',
      'connection.created',
      { created_at: 'yesterday' },
      'invalid data: ✖ Invalid ISO datetime\n  → at created_at',
    ],
    [
      'a subscription that is an array',
      'connection.created',
      { subscription: [1] },
      'invalid data: ✖ Invalid input: expected object, received array\n  → at subscription',
    ],
    [
      'metadata that is a string',
      'connection.created',
      { metadata: 'x' },
      'invalid data: ✖ Invalid input: expected object, received string\n  → at metadata',
    ],
    [
      'a checkout amount that is an object',
      'checkout.completed',
      { funded_amount: {} },
      'invalid data: ✖ Invalid input\n  → at funded_amount',
    ],
  ])('rejects %s, naming the field', (_name, type, data, reason) => {
    expect(parse(type, { connection_id: 'con_1', ...data })).toEqual({ kind: 'rejected', reason });
  });

  it('accepts nulls, unknown fields and free-form objects, keeping their source text', () => {
    const result = parse('connection.created', {
      connection_id: 'con_1',
      created_at: '2026-11-01T10:00:00+02:00',
      wallet: { balance: 3, autopay_enabled: null },
      subscription: { plan: 'pro', seats: 12 },
      customer: null,
      contact: { email: 'a@example.com', nickname: 'ignored' },
      something_new: { deep: true },
    });
    expect(result).toMatchObject({
      kind: 'event',
      event: {
        connectionId: 'con_1',
        lavaCreatedAt: '2026-11-01T08:00:00.000Z',
        fields: {
          email: 'a@example.com',
          walletBalance: '3',
          autopayEnabled: null,
          subscription: '{"plan":"pro","seats":12}',
        },
      },
    });
  });

  it('keeps the checkout facts it knows, drops the rest', () => {
    const result = parse('checkout.completed', {
      connection_id: 'con_1',
      plan_id: 'plan_pro',
      funded_amount: '10.00',
      currency: 'usd',
      extra: 1,
    });
    expect(result.kind === 'event' && result.event.checkout).toEqual({
      plan_id: 'plan_pro',
      funded_amount: '10.00',
      currency: 'usd',
    });
  });
});
