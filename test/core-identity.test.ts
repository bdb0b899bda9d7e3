// The pure pieces of event identity: the raw-JSON reader, the delivery classification, the
// order key, and how owed domain events are grouped into PutEvents calls.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDelivery, contentIdOf, repeatEventId } from '../lambdas/consumer/identity';
import { MAX_FIELD_BYTES, orderKey, parseEvent } from '../lambdas/consumer/parse-event';
import { chunkOwed, collectOwed } from '../lambdas/consumer/publish-owed';
import { nestedMemberTexts, objectMemberTexts } from '../lambdas/shared/raw-json';

describe('raw JSON member texts', () => {
  it('returns each member as written, and JSON.parse agrees with it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom(0, 2), (object, indent) => {
        const text = JSON.stringify(object, null, indent);
        const members = objectMemberTexts(text);
        const parsed = JSON.parse(text) as Record<string, unknown>;
        expect([...members.keys()].sort()).toEqual(Object.keys(parsed).sort());
        for (const [key, value] of members) expect(JSON.parse(value)).toEqual(parsed[key]);
      }),
    );
  });

  it('keeps what a re-serialisation would change: big numbers, __proto__, spacing, escapes', () => {
    const metadata = '{ "n": 12345678901234567890, "__proto__": {"a": 1}, "s": "\\u00e9\\"}" }';
    const text = `{"event":"x","data":{"metadata" :  ${metadata} ,"k":[1,{"d":"]"}]}}`;
    expect(nestedMemberTexts(text, 'data').get('metadata')).toBe(metadata);
  });

  it('keeps the last of repeated names, as JSON.parse does', () => {
    expect(objectMemberTexts('{"a":1,"a":{"b":2}}').get('a')).toBe('{"b":2}');
  });

  it('finds nothing where there is no object', () => {
    expect(nestedMemberTexts('[1,2]', 'data').size).toBe(0);
    expect(nestedMemberTexts('{"data":"text"}', 'data').size).toBe(0);
  });
});

describe('classifying a delivery', () => {
  const first = { eventId: 'c', deliveryId: 'd1', receivedAt: 1_000_000 };
  const window = 60_000;

  it('knows its own delivery, whenever it comes back', () => {
    const repeat = { eventId: repeatEventId('c', 9_000_000), deliveryId: 'd9', receivedAt: 9_000_000 };
    const again = { deliveryId: 'd9', receivedAt: 9_000_000, scheme: 'plain' as const };
    expect(classifyDelivery(again, [first, repeat], window)).toEqual({ kind: 'same', eventId: 'c@9000000' });
  });

  it('plain: a duplicate within the window either side, a repeat beyond it', () => {
    const at = (receivedAt: number) => ({ deliveryId: 'dx', receivedAt, scheme: 'plain' as const });
    expect(classifyDelivery(at(1_060_000), [first], window)).toEqual({ kind: 'duplicate', of: 'c' });
    expect(classifyDelivery(at(940_000), [first], window)).toEqual({ kind: 'duplicate', of: 'c' });
    expect(classifyDelivery(at(1_060_001), [first], window)).toEqual({ kind: 'repeat' });
  });

  it('timestamped: the same t and body is one event however far apart', () => {
    const late = { deliveryId: 'dx', receivedAt: 99_000_000, scheme: 'timestamped' as const };
    expect(classifyDelivery(late, [first], window)).toEqual({ kind: 'duplicate', of: 'c' });
  });

  it('signed content: t is part of it, and only for the timestamped scheme', () => {
    const raw = Buffer.from('{"event":"e","data":{}}');
    expect(contentIdOf(raw, 'timestamped', '100')).not.toBe(contentIdOf(raw, 'timestamped', '0100'));
    expect(contentIdOf(raw, 'plain')).toBe(contentIdOf(raw, 'plain', '100'));
  });
});

describe('the order key', () => {
  const key = (time: number, arrival: number, type: Parameters<typeof orderKey>[1], hash = 'f'.repeat(64)) =>
    orderKey({ time, arrival, contentId: hash }, type);

  it('within one signed second: type rank, then arrival, then hash', () => {
    const t = 1_800_000_000_000;
    expect(key(t, t + 900, 'created') < key(t, t + 100, 'deleted')).toBe(true);
    const balance = 'snapshot';
    expect(key(t, t + 100, balance, 'f'.repeat(64)) < key(t, t + 1_600, balance, '0'.repeat(64))).toBe(true);
    expect(key(t, t, balance, '0'.repeat(64)) < key(t, t, balance, '1'.repeat(64))).toBe(true);
    expect(key(t + 1000, t, 'created') > key(t, t + 5_000, 'deleted')).toBe(true);
  });
});

describe('bounded fields', () => {
  it('leaves out a value over the bound and keeps one at it', () => {
    const identity = { eventId: 'e', contentId: 'e', time: 1, arrival: 1 };
    const parse = (email: string) => {
      const envelope = { event: 'connection.created', data: { connection_id: 'con_b', customer: { email } } };
      const result = parseEvent(envelope, JSON.stringify(envelope), identity);
      if (result.kind !== 'event') throw new Error(result.kind);
      return result.event.fields.email;
    };
    expect(parse('x'.repeat(MAX_FIELD_BYTES))).toBe('x'.repeat(MAX_FIELD_BYTES));
    expect(parse('é'.repeat(MAX_FIELD_BYTES))).toEqual({ omittedBytes: 2 * MAX_FIELD_BYTES });
  });
});

describe('owed domain events', () => {
  const owed = (eventId: string, count: number) => ({
    eventId,
    domainEvents: Array.from({ length: count }, () => ({ type: 'BalanceDepleted' as const, detail: {} })),
  });

  it('groups whole events into calls of at most ten entries', () => {
    const entries = [3, 4, 2, 5, 1, 10, 1].map((n, i) => ({
      event: owed(`e${i}`, n) as never,
      records: [i],
    }));
    const chunks = chunkOwed(entries);
    expect(chunks.map((c) => c.map((o) => o.records[0]))).toEqual([[0, 1, 2], [3, 4], [5], [6]]);
    for (const c of chunks)
      expect(c.reduce((n, o) => n + o.event.domainEvents.length, 0)).toBeLessThanOrEqual(10);
  });

  it('owes an event once, however many records of the batch owe it', () => {
    const e = owed('e1', 1) as never;
    expect(
      collectOwed([
        ['r1', e],
        ['r2', undefined],
        ['r3', e],
      ]),
    ).toEqual([{ event: e, records: ['r1', 'r3'] }]);
  });
});
