// The tolerant reader: only an event name and a customer id are required; every other field is read
// on its own, and one that cannot be read is recorded (where, why) while the rest of the event applies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLavaTime } from '../lambdas/core/lava-time';
import { type ParsedEvent, parseEvent } from '../lambdas/core/parse-event';
import { MAX_NEW_FIELDS, newFieldsOf } from '../lambdas/core/read-customer';
import { connectionIdOf, eventKindOf, eventTypeLabel } from '../lambdas/shared/event-types';

const identity = { eventId: 'e1', contentId: 'c'.repeat(64), time: 1_000, arrival: 1_000 };
const parse = (event: string, data: Record<string, unknown>) =>
  parseEvent({ event, data }, JSON.stringify({ event, data }), identity);

function parsed(event: string, data: Record<string, unknown>): ParsedEvent {
  const result = parse(event, data);
  if (result.kind !== 'event') throw new Error(`${result.kind}: ${result.reason}`);
  return result.event;
}

describe('one field Lava sends differently never stops the rest', () => {
  it.each<[string, string, Record<string, unknown>, string, string, Record<string, unknown>]>([
    [
      'a credit flag sent as a string',
      'connection.wallet.balance.updated',
      { has_lava_credit_balance: 'yes', wallet: { balance: '3.00' } },
      'data.has_lava_credit_balance',
      'expected true or false, got a string',
      { walletBalance: '3.00' },
    ],
    [
      'a null credit flag (the balance still moves)',
      'connection.wallet.balance.updated',
      { has_lava_credit_balance: null, wallet: { balance: '0.00', autopay_enabled: true } },
      'data.has_lava_credit_balance',
      'expected true or false, got null',
      { walletBalance: '0.00', autopayEnabled: true },
    ],
    [
      'an email that is a number',
      'customer.created',
      { contact: { email: 42, first_name: 'Ada' }, reference_id: 'u1' },
      'data.contact.email',
      'expected a string or null, got a number',
      { firstName: 'Ada', referenceId: 'u1' },
    ],
    [
      'a balance neither string nor number',
      'connection.wallet.balance.updated',
      { wallet: { balance: true, autopay_enabled: false }, has_lava_credit_balance: false },
      'data.wallet.balance',
      'expected an amount (a string or a number), got a boolean',
      { autopayEnabled: false, hasLavaCreditBalance: false },
    ],
    [
      'a creation time that is no time',
      'connection.created',
      { created_at: 'yesterday', has_lava_credit_balance: true },
      'data.created_at',
      'not a time in any form read (ISO 8601, epoch seconds or milliseconds)',
      { hasLavaCreditBalance: true },
    ],
    [
      'a subscription that is an array',
      'customer.updated',
      { subscription: [1], metadata: { a: 1 } },
      'data.subscription',
      'expected an object or null, got an array',
      { metadata: '{"a":1}' },
    ],
    [
      'metadata that is a string',
      'customer.created',
      { metadata: 'x', reference_id: 'u1' },
      'data.metadata',
      'expected an object or null, got a string',
      { referenceId: 'u1' },
    ],
    [
      'a wallet that is a number',
      'connection.wallet.balance.updated',
      { wallet: 5, has_lava_credit_balance: true },
      'data.wallet',
      'expected an object or null, got a number',
      { hasLavaCreditBalance: true },
    ],
    [
      'a contact that is a string (the older person object still read)',
      'customer.created',
      { contact: 'ada@example.com', customer: { customer_id: 'x', email: 'ada@example.com' } },
      'data.contact',
      'expected an object or null, got a string',
      { email: 'ada@example.com' },
    ],
  ])('%s', (_name, type, data, path, reason, fields) => {
    const event = parsed(type, { customer_id: 'con_1', ...data });
    expect(event.unread).toEqual([expect.objectContaining({ path, reason })]);
    expect(event.fields).toEqual(fields);
  });

  it('a checkout amount that is an object is left out of the checkout, the rest kept', () => {
    const event = parsed('checkout.completed', { customer_id: 'con_1', funded_amount: {}, plan_id: 'p' });
    expect(event.checkout).toEqual({ plan_id: 'p' });
    expect(event.unread).toEqual([
      { path: 'data.funded_amount', label: 'funded_amount', reason: expect.stringContaining('an object') },
    ]);
  });

  it('a deletion whose creation time has no offset is a deletion, the time read as UTC', () => {
    const event = parsed('customer.deleted', { customer_id: 'con_1', created_at: '2026-01-01 00:00:00' });
    expect(event.kind).toBe('deleted');
    expect(event.lavaCreatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(event.unread).toEqual([]);
  });

  it('a deletion applies whatever else it carries', () => {
    const event = parsed('customer.deleted', {
      customer_id: 'con_1',
      created_at: { when: 'then' },
      contact: 7,
      has_lava_credit_balance: 'no',
      metadata: [],
    });
    expect(event.kind).toBe('deleted');
    expect(event.unread.map((u) => u.path).sort()).toEqual([
      'data.contact',
      'data.created_at',
      'data.has_lava_credit_balance',
      'data.metadata',
    ]);
  });

  it('a creation with metadata as a string and created_at in epoch seconds creates the connection', () => {
    const event = parsed('customer.created', {
      customer_id: 'con_1',
      metadata: '{}',
      created_at: 1_767_225_600,
    });
    expect(event.kind).toBe('created');
    expect(event.lavaCreatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(event.unread.map((u) => u.path)).toEqual(['data.metadata']);
  });
});

describe('where the id and the fields are', () => {
  it('reads a customer object nested at data.customer, contact winning over the older person fields', () => {
    const data = {
      customer: {
        customer_id: 'cus_nested',
        reference_id: 'u9',
        contact: { email: 'new@example.com', phone: '+1555' },
        email: 'old@example.com',
        first_name: 'Older',
        subscription: { plan_id: 'plan_pro', status: 'active' },
        metadata: { big: 12345678901234567000 },
        created_at: '2026-03-01T12:00:00+01:00',
      },
    };
    // The body as Lava wrote it: a number beyond 2^53 that JSON.stringify would round.
    const text = JSON.stringify({ event: 'customer.updated', data }).replace(
      '12345678901234567000',
      '12345678901234567890',
    );
    const result = parseEvent({ event: 'customer.updated', data }, text, identity);
    if (result.kind !== 'event') throw new Error(result.kind);
    const event = result.event;
    expect(event.connectionId).toBe('cus_nested');
    expect(event.fields).toEqual({
      referenceId: 'u9',
      email: 'new@example.com',
      phone: '+1555',
      firstName: 'Older',
      subscription: '{"plan_id":"plan_pro","status":"active"}',
      metadata: '{"big":12345678901234567890}', // the text Lava sent, no digit rounded
    });
    expect(event.lavaCreatedAt).toBe('2026-03-01T11:00:00.000Z');
  });

  it('takes a field on data before the same field on the nested customer', () => {
    const event = parsed('customer.updated', {
      customer_id: 'cus_1',
      reference_id: 'top',
      customer: { customer_id: 'cus_1', reference_id: 'nested' },
    });
    expect(event.fields.referenceId).toBe('top');
  });

  it.each<[Record<string, unknown>, string | undefined]>([
    [{ customer_id: 'cus_1' }, 'cus_1'],
    [{ connection_id: 'con_1', customer_id: 'cus_1' }, 'con_1'],
    [{ customer: { customer_id: 'cus_2' } }, 'cus_2'],
    [{ customer: { id: 'cus_3' } }, 'cus_3'],
    [{ customer_id: 1234 }, '1234'],
    [{ customer_id: '  ' }, undefined],
    [{ customer_id: 1.5 }, undefined],
    [{ customer: 'cus_4' }, undefined],
    [{ customer: { email: 'a@example.com' } }, undefined],
  ])('finds the id in %j: %s', (data, id) => {
    expect(connectionIdOf(data)).toBe(id);
  });

  it('rejects only what it cannot act on: no id, an id too long to be a key', () => {
    expect(parse('customer.created', { contact: {} })).toEqual({
      kind: 'rejected',
      reason: 'no customer id (data.customer_id, data.connection_id or data.customer)',
    });
    expect(parse('customer.created', { customer_id: 'x'.repeat(513) }).kind).toBe('rejected');
    expect(parse('customer.created', { customer_id: 'x'.repeat(512) }).kind).toBe('event');
  });
});

describe('event names', () => {
  it.each([
    ['connection.created', 'created'],
    ['customer.created', 'created'],
    ['customer.deleted', 'deleted'],
    ['connection.deleted', 'deleted'],
    ['connection.wallet.balance.updated', 'snapshot'],
    ['customer.wallet.balance.updated', 'snapshot'],
    ['customer.updated', 'snapshot'],
    ['customer.subscription.updated', 'snapshot'],
    ['customer.subscription.created', 'snapshot'],
    ['checkout.completed', 'checkout'],
    // Case is not Lava's to change, but a deletion in other letters must still revoke access.
    ['Customer.Deleted', 'deleted'],
    ['CONNECTION.CREATED', 'created'],
    ['Customer.Updated', 'snapshot'],
    ['Checkout.Completed', 'checkout'],
    ['customer.', undefined],
    ['customers.created', undefined],
    ['invoice.paid', undefined],
    ['checkout.expired', undefined],
  ])('%s is %s', (name, kind) => {
    expect(eventKindOf(name)).toBe(kind);
  });

  it('labels a name of the family in other letters by its family, a bounded set', () => {
    expect(eventTypeLabel('Customer.Deleted')).toBe('customer.*');
    expect(eventTypeLabel('customer.deleted')).toBe('customer.deleted');
  });

  it('keeps the name Lava sent', () => {
    expect(parsed('customer.subscription.updated', { customer_id: 'c' }).sentType).toBe(
      'customer.subscription.updated',
    );
  });

  it('ignores an event outside the customer family even when it carries a customer id', () => {
    expect(parse('invoice.paid', { customer_id: 'cus_1', metadata: { x: 1 } })).toEqual({
      kind: 'ignored',
      reason: 'unknown event type',
    });
  });

  it.each([
    ['customer.created', 'customer.created'],
    ['customer.updated', 'customer.*'],
    ['connection.renamed', 'connection.*'],
    ['invoice.paid', 'unknown'],
    ['customer.', 'unknown'],
    ['connection.deleted', 'connection.deleted'],
    ['checkout.completed', 'checkout.completed'],
  ])('labels %s as %s for metrics', (name, label) => {
    expect(eventTypeLabel(name)).toBe(label);
  });
});

describe('times in every common form', () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01T00:00:00.123456Z', '2026-01-01T00:00:00.123Z'],
    ['2026-01-01T02:00:00+02:00', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01T02:00:00+0200', '2026-01-01T00:00:00.000Z'],
    ['2025-12-31T22:00:00-02', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01 00:00:00', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01 00:00:00 UTC', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01t00:00', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01', '2026-01-01T00:00:00.000Z'],
    [1_767_225_600, '2026-01-01T00:00:00.000Z'],
    [1_767_225_600_000, '2026-01-01T00:00:00.000Z'],
    [1_767_225_600.5, '2026-01-01T00:00:00.500Z'],
    ['1767225600', '2026-01-01T00:00:00.000Z'],
    ['1767225600000', '2026-01-01T00:00:00.000Z'],
  ])('%j', (value, iso) => {
    expect(readLavaTime(value)).toEqual({ ok: true, iso });
  });

  it.each([
    ['yesterday'],
    ['2026-02-30T00:00:00Z'],
    ['2026-13-01'],
    ['2026-01-01T24:00:00Z'],
    ['2026-01-01T00:00:00+25:00'],
    [-5],
    [0],
    [Number.NaN],
    [1e20],
    [null],
    [true],
    [{}],
    [''],
  ])('refuses %j', (value) => {
    expect(readLavaTime(value).ok).toBe(false);
  });

  it('reads any instant written as ISO 8601 back to the same instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01'), max: new Date('9999-01-01'), noInvalidDate: true }),
        (d) => {
          const reading = readLavaTime(d.toISOString());
          return reading.ok && reading.iso === d.toISOString();
        },
      ),
    );
  });
});

describe('field names Lava added', () => {
  it('lists names this receiver does not read, wherever they sit, free-form objects aside', () => {
    expect(
      newFieldsOf({
        customer_id: 'c',
        tier: 'gold',
        contact: { email: 'a', middle_name: 'B' },
        customer: { id: 'c', loyalty: 1, contact: { pronouns: 'she' }, wallet: { currency: 'usd' } },
        wallet: { balance: '1', limit: 5 },
        metadata: { anything: 1 },
        subscription: { trial_ends: 1 },
      }),
    ).toEqual([
      'data.tier',
      'data.customer.loyalty',
      'data.contact.middle_name',
      'data.customer.contact.pronouns',
      'data.wallet.limit',
      'data.customer.wallet.currency',
    ]);
  });

  it('lists at most a bounded number, each name cut short', () => {
    const data = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}_${'x'.repeat(100)}`, i]));
    const names = newFieldsOf(data);
    expect(names).toHaveLength(MAX_NEW_FIELDS + 1);
    expect(names.at(-1)).toBe(`…and ${500 - MAX_NEW_FIELDS} more`);
    expect(Math.max(...names.map((n) => n.length))).toBeLessThan(80);
  });
});

describe('whatever data holds, the reader never throws', () => {
  it('returns an event or a named refusal for any JSON under data', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('customer.created', 'customer.updated', 'customer.deleted', 'checkout.completed'),
        fc.dictionary(
          fc.constantFrom(
            'customer_id',
            'customer',
            'contact',
            'wallet',
            'has_lava_credit_balance',
            'subscription',
            'metadata',
            'created_at',
            'reference_id',
            'funded_amount',
          ),
          fc.jsonValue(),
        ),
        (event, data) => {
          const result = parse(event, { customer_id: 'c', ...data });
          return result.kind === 'event' || result.kind === 'rejected';
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('times at the edges of each form', () => {
  it.each([
    ['2026-01-01T00:00:00z', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01 00:00:00 GMT', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01T00:00:00,5Z', '2026-01-01T00:00:00.500Z'],
    ['  2026-01-01T00:00:00Z\n', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01T05:30:00+05:30', '2026-01-01T00:00:00.000Z'],
    ['2025-12-31T19:30:00-0430', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01T23:59:00+23:59', '2026-01-01T00:00:00.000Z'],
    ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['1767225600.25', '2026-01-01T00:00:00.250Z'],
    // Below 1e11 an epoch number is seconds, from 1e11 milliseconds.
    [99_999_999_999, '5138-11-16T09:46:39.000Z'],
    [100_000_000_000, '1973-03-03T09:46:40.000Z'],
    [253_402_300_799_999, '9999-12-31T23:59:59.999Z'],
  ])('%j', (value, iso) => {
    expect(readLavaTime(value)).toEqual({ ok: true, iso });
  });

  const NO_FORM = 'not a time in any form read (ISO 8601, epoch seconds or milliseconds)';
  it.each<[unknown, string]>([
    ['on 2026-01-01', NO_FORM],
    ['2026-01-01T00:00:00Z and more', NO_FORM],
    ['1767225600 seconds', NO_FORM],
    ['~1767225600', NO_FORM],
    ['2026-01-01T00:00:00+00:60', 'a date or time out of range'],
    ['2026-01-01T00:00:00+24:00', 'a date or time out of range'],
    ['2026-01-01T00:60:00Z', 'a date or time out of range'],
    ['2026-01-01T00:00:60Z', 'a date or time out of range'],
    ['2026-02-29', 'a date or time out of range'],
    ['2026-04-31', 'a date or time out of range'],
    ['0050-01-01', 'a date or time out of range'],
    ['1969-12-31T23:59:59Z', 'a time outside 1970–9999'],
    ['1970-01-01T01:00:00+02:00', 'a time outside 1970–9999'],
    ['9999-12-31T23:59:59-01:00', 'a time outside 1970–9999'],
    [253_402_300_800_000, 'an epoch time past the year 9999'],
    [0, 'not a positive epoch time'],
    [-1, 'not a positive epoch time'],
    [Number.POSITIVE_INFINITY, 'not a positive epoch time'],
    ['0', 'not a positive epoch time'],
    [null, 'expected a time, got null'],
    [[], 'expected a time, got an array'],
    [{}, 'expected a time, got an object'],
    [true, 'expected a time, got a boolean'],
    [undefined, 'expected a time, got nothing'],
  ])('refuses %j: %s', (value, reason) => {
    expect(readLavaTime(value)).toEqual({ ok: false, reason });
  });

  it('keeps the instant 1970-01-01T00:00:00Z itself', () => {
    expect(readLavaTime('1970-01-01T00:00:00Z')).toEqual({ ok: true, iso: '1970-01-01T00:00:00.000Z' });
  });
});

const STRING = 'expected a string or null, got a number';

describe('each field that cannot be read is named: where it was, which field, why', () => {
  it('on data and under contact', () => {
    const event = parsed('customer.updated', {
      customer_id: 'c',
      has_lava_credit_balance: 'y',
      reference_id: 5,
      contact: { email: 1, phone: 2, first_name: 3, last_name: 4 },
      wallet: { balance: {}, autopay_enabled: 'on' },
      subscription: 'x',
      metadata: 1,
      created_at: 'never',
    });
    expect(event.unread).toEqual([
      {
        path: 'data.has_lava_credit_balance',
        label: 'has_lava_credit_balance',
        reason: 'expected true or false, got a string',
      },
      { path: 'data.reference_id', label: 'reference_id', reason: STRING },
      { path: 'data.contact.email', label: 'contact.email', reason: STRING },
      { path: 'data.contact.phone', label: 'contact.phone', reason: STRING },
      { path: 'data.contact.first_name', label: 'contact.first_name', reason: STRING },
      { path: 'data.contact.last_name', label: 'contact.last_name', reason: STRING },
      {
        path: 'data.wallet.balance',
        label: 'wallet.balance',
        reason: 'expected an amount (a string or a number), got an object',
      },
      {
        path: 'data.wallet.autopay_enabled',
        label: 'wallet.autopay_enabled',
        reason: 'expected true, false or null, got a string',
      },
      {
        path: 'data.subscription',
        label: 'subscription',
        reason: 'expected an object or null, got a string',
      },
      { path: 'data.metadata', label: 'metadata', reason: 'expected an object or null, got a number' },
      {
        path: 'data.created_at',
        label: 'created_at',
        reason: 'not a time in any form read (ISO 8601, epoch seconds or milliseconds)',
      },
    ]);
    expect(event.fields).toEqual({});
  });

  it('on a customer object nested at data.customer, and its older person fields', () => {
    const event = parsed('customer.updated', {
      customer: {
        customer_id: 'c',
        reference_id: 5,
        email: 1,
        phone: 2,
        first_name: 3,
        last_name: 4,
        contact: 'ada',
        wallet: 7,
        created_at: {},
      },
    });
    expect(event.unread).toEqual([
      { path: 'data.customer.reference_id', label: 'reference_id', reason: STRING },
      { path: 'data.customer.contact', label: 'contact', reason: 'expected an object or null, got a string' },
      { path: 'data.customer.email', label: 'customer.email', reason: STRING },
      { path: 'data.customer.phone', label: 'customer.phone', reason: STRING },
      { path: 'data.customer.first_name', label: 'customer.first_name', reason: STRING },
      { path: 'data.customer.last_name', label: 'customer.last_name', reason: STRING },
      { path: 'data.customer.wallet', label: 'wallet', reason: 'expected an object or null, got a number' },
      { path: 'data.customer.created_at', label: 'created_at', reason: 'expected a time, got an object' },
    ]);
  });

  it.each([
    [[], 'an array'],
    ['cus_x', 'a string'],
    [3, 'a number'],
  ])('a data.customer that is %j (not an object)', (customer, got) => {
    const event = parsed('customer.updated', { customer_id: 'c', customer, reference_id: 'r' });
    expect(event.unread).toEqual([
      { path: 'data.customer', label: 'customer', reason: `expected an object or null, got ${got}` },
    ]);
    expect(event.fields).toEqual({ referenceId: 'r' });
  });

  it('a data.customer that is null is nothing to read, not a surprise', () => {
    const event = parsed('customer.updated', { customer_id: 'c', customer: null, reference_id: 'r' });
    expect(event.unread).toEqual([]);
  });

  it('a balance too large for a number (1e999 parses as Infinity) is not read', () => {
    const event = parsed('customer.updated', { customer_id: 'c', wallet: { balance: JSON.parse('1e999') } });
    expect(event.unread).toEqual([
      {
        path: 'data.wallet.balance',
        label: 'wallet.balance',
        reason: 'expected an amount (a string or a number), got a number',
      },
    ]);
  });
});

describe('null clears a field, and numbers are read as Lava meant them', () => {
  it('takes null for every field that may be cleared, and the credit flag never', () => {
    const event = parsed('customer.updated', {
      customer_id: 'c',
      reference_id: null,
      contact: { email: null, phone: '+1' },
      wallet: { balance: 12.5, autopay_enabled: null },
      subscription: null,
      metadata: null,
      created_at: null,
    });
    expect(event.fields).toEqual({
      referenceId: null,
      email: null,
      phone: '+1',
      walletBalance: '12.5',
      autopayEnabled: null,
      subscription: null,
      metadata: null,
    });
    expect(event.unread).toEqual([]);
    expect(event.lavaCreatedAt).toBeUndefined();
  });

  it('reads nothing of a null wallet or contact (the older person object still read)', () => {
    const event = parsed('customer.updated', {
      customer: { customer_id: 'c', wallet: null, contact: null, last_name: 'Lovelace' },
    });
    expect(event.fields).toEqual({ lastName: 'Lovelace' });
    expect(event.unread).toEqual([]);
  });

  it("keeps a checkout's facts, a number amount as a number, and only for a checkout", () => {
    const data = {
      customer_id: 'c',
      checkout_session_id: 5,
      plan_id: 'plan_pro',
      subscription_id: null,
      funded_amount: 10,
      currency: 'usd',
    };
    const event = parsed('checkout.completed', data);
    const checkout = { plan_id: 'plan_pro', subscription_id: null, funded_amount: 10, currency: 'usd' };
    expect(event.checkout).toEqual(checkout);
    expect(event.fields.lastCheckout).toBe(JSON.stringify(checkout));
    expect(event.unread).toEqual([
      { path: 'data.checkout_session_id', label: 'checkout_session_id', reason: STRING },
    ]);
    const update = parsed('customer.updated', data);
    expect(update.checkout).toBeUndefined();
    expect(update.fields).toEqual({});
    expect(update.unread).toEqual([]);
  });
});

describe('new field names at their bounds', () => {
  it('cuts a name after 64 characters, and lists exactly the bound without a remainder line', () => {
    const long = 'k'.repeat(65);
    expect(newFieldsOf({ customer_id: 'c', [long]: 1, [long.slice(1)]: 2 })).toEqual([
      `data.${'k'.repeat(64)}…`,
      `data.${'k'.repeat(64)}`,
    ]);
    const names = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}`, i]));
    expect(newFieldsOf(names(MAX_NEW_FIELDS))).toHaveLength(MAX_NEW_FIELDS);
    expect(newFieldsOf(names(MAX_NEW_FIELDS + 1)).at(-1)).toBe('…and 1 more');
  });

  it('reads no names under a contact or wallet that is not an object', () => {
    expect(
      newFieldsOf({ customer_id: 'c', contact: 'x', wallet: [1], customer: { contact: 5, wallet: null } }),
    ).toEqual([]);
  });
});
