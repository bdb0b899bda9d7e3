// The pure pieces of event identity: the raw-JSON reader, the delivery classification, the
// order key, and how owed domain events are grouped into PutEvents calls.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyDelivery,
  contentIdOf,
  contentIdOfEventId,
  contentTag,
  EMPTY_LOG,
  HELD_FOR_MS,
  heldToPromote,
  MAX_ARRIVALS,
  MAX_HELD,
  repeatEventId,
  withArrival,
  withHeld,
  withoutHeld,
} from '../lambdas/core/identity';
import { MAX_FIELD_BYTES, orderKey, parseEvent } from '../lambdas/core/parse-event';
import { chunkOwed, collectOwed } from '../lambdas/core/publish-owed';
import { nestedMemberTexts, objectMemberTexts } from '../lambdas/core/raw-json';

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
  const C = 'c'.repeat(64);
  const tag = contentTag(C);
  const first = { eventId: C, deliveryId: 'd1', receivedAt: 1_000_000 };
  const window = 60_000;
  const at = (receivedAt: number, scheme: 'plain' | 'timestamped' = 'plain') => ({
    deliveryId: 'dx',
    receivedAt,
    scheme,
  });
  /** A log of events (by arrival) of this content (`A`) and of another (`B`). */
  const logOf = (...arrivals: [number, 'A' | 'B'][]) => ({
    arrivals: arrivals.map(([t, c]) => ({ at: t, content: c === 'A' ? tag : 'bbbbbbbb' })),
    held: [],
  });
  const classify = (delivery: ReturnType<typeof at>, log = EMPTY_LOG, stored = [first]) =>
    classifyDelivery(delivery, C, stored, log, window);

  it('knows its own delivery, whenever it comes back', () => {
    const repeat = { eventId: repeatEventId(C, 9_000_000), deliveryId: 'd9', receivedAt: 9_000_000 };
    const again = { deliveryId: 'd9', receivedAt: 9_000_000, scheme: 'plain' as const };
    expect(classify(again, EMPTY_LOG, [first, repeat])).toEqual({ kind: 'same', eventId: `${C}@9000000` });
  });

  it('plain: a duplicate within the window either side, a repeat beyond it', () => {
    const duplicate = { kind: 'duplicate', of: C, ofAt: 1_000_000, hold: true };
    expect(classify(at(1_060_000))).toEqual(duplicate);
    expect(classify(at(940_000))).toEqual(duplicate);
    expect(classify(at(1_060_001))).toEqual({ kind: 'repeat' });
  });

  it('plain: A, B, A within the window is three events; A, A with nothing between is one', () => {
    const log = logOf([1_000_000, 'A'], [1_010_000, 'B']);
    expect(classify(at(1_020_000), log)).toEqual({ kind: 'repeat' });
    // Known from the log alone: the resend of a repeat whose first item says nothing of it.
    const repeatLog = logOf([1_000_000, 'A'], [1_010_000, 'B'], [1_020_000, 'A']);
    expect(classify(at(1_030_000), repeatLog)).toEqual({
      kind: 'duplicate',
      of: repeatEventId(C, 1_020_000),
      ofAt: 1_020_000,
      hold: true,
    });
    // B after both: it separates nothing.
    expect(classify(at(1_005_000), logOf([1_000_000, 'A'], [1_010_000, 'B']))).toMatchObject({
      kind: 'duplicate',
    });
    // A processed before the earlier A it repeats, with B between them: still two events.
    expect(classify(at(990_000), logOf([980_000, 'B'], [995_000, 'B'], [1_000_000, 'A']))).toEqual({
      kind: 'repeat',
    });
  });

  it('timestamped: the same t and body is one event however far apart, whatever arrived between', () => {
    const log = logOf([1_000_000, 'A'], [1_010_000, 'B']);
    expect(classify(at(99_000_000, 'timestamped'), log)).toEqual({
      kind: 'duplicate',
      of: C,
      ofAt: 1_000_000,
      hold: false,
    });
  });
});

describe('the arrival log', () => {
  const window = 60_000;
  const A = 'aaaaaaaa';
  const B = 'bbbbbbbb';

  it('keeps the newest MAX_ARRIVALS arrivals, however old, in order, each once', () => {
    let log = EMPTY_LOG;
    for (const t of [500_000, 1_000_000, 1_000_000, 880_000]) log = withArrival(log, { at: t, content: A });
    expect(log.arrivals.map((a) => a.at)).toEqual([500_000, 880_000, 1_000_000]);
    for (let i = 1; i <= 20; i++) log = withArrival(log, { at: 1_000_000 + i, content: B });
    expect(log.arrivals).toHaveLength(MAX_ARRIVALS);
    expect(log.arrivals.at(-1)?.at).toBe(1_000_020);
  });

  it('holds a duplicate once, drops it once HELD_FOR_MS of newer arrivals passed, keeps at most MAX_HELD', () => {
    const held = (at: number, deliveryId = `d${at}`) => ({ at, deliveryId, content: A, ofAt: at - 1 });
    let log = withHeld(withHeld(EMPTY_LOG, held(1_000)), held(1_000));
    expect(log.held).toHaveLength(1);
    log = withArrival(log, { at: 1_000 + HELD_FOR_MS, content: B });
    expect(log.held).toHaveLength(1);
    log = withArrival(log, { at: 1_001 + HELD_FOR_MS, content: B });
    expect(log.held).toHaveLength(0);
    for (let i = 0; i < MAX_HELD + 3; i++) log = withHeld(log, held(2_000_000 + i));
    expect(log.held.map((h) => h.at)).toEqual(Array.from({ length: MAX_HELD }, (_, i) => 2_000_003 + i));
    expect(withoutHeld(log, 'd2000003').held).toHaveLength(MAX_HELD - 1);
  });

  it('promotes a held duplicate once an event of another content is known to have arrived between', () => {
    const held = { at: 1_030_000, deliveryId: 'dA3', content: A, ofAt: 1_000_000 };
    const base = withHeld(withArrival(EMPTY_LOG, { at: 1_000_000, content: A }), held);
    expect(heldToPromote(base, window)).toEqual([]);
    // B arrived after both: it separates nothing.
    expect(heldToPromote(withArrival(base, { at: 1_040_000, content: B }), window)).toEqual([]);
    // B arrived between them.
    expect(heldToPromote(withArrival(base, { at: 1_010_000, content: B }), window)).toEqual([held]);
  });

  it('measures a held duplicate against its nearest occurrence, as a new delivery would be', () => {
    // A1, B2, A3 (an event), A4 held as a duplicate of A3: B2 is not between A3 and A4.
    let log = EMPTY_LOG;
    for (const [t, c] of [
      [1_000_000, A],
      [1_010_000, B],
      [1_020_000, A],
    ] as const)
      log = withArrival(log, { at: t, content: c });
    log = withHeld(log, { at: 1_025_000, deliveryId: 'dA4', content: A, ofAt: 1_000_000 });
    expect(heldToPromote(log, window)).toEqual([]);
  });
});

describe('signed content', () => {
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

describe('identity at its edges', () => {
  const C = 'c'.repeat(64);
  const A = contentTag(C);
  const B = 'bbbbbbbb';
  const first = { eventId: C, deliveryId: 'd1', receivedAt: 1_000_000 };
  const plain = (receivedAt: number) => ({ deliveryId: 'dx', receivedAt, scheme: 'plain' as const });

  it('a duplicate in the very millisecond of what it repeats is one for good (never held)', () => {
    expect(classifyDelivery(plain(1_000_000), C, [first], EMPTY_LOG, 60_000)).toEqual({
      kind: 'duplicate',
      of: C,
      ofAt: 1_000_000,
      hold: false,
    });
  });

  it('an arrival in the same millisecond as either occurrence is not between them', () => {
    const log = {
      arrivals: [
        { at: 1_000_000, content: B },
        { at: 1_020_000, content: B },
      ],
      held: [],
    };
    expect(classifyDelivery(plain(1_020_000), C, [first], log, 60_000)).toMatchObject({ kind: 'duplicate' });
    const heldBetween = { ...EMPTY_LOG, held: [{ at: 1_010_000, deliveryId: 'dB', content: B, ofAt: 0 }] };
    expect(classifyDelivery(plain(1_020_000), C, [first], heldBetween, 60_000)).toEqual({ kind: 'repeat' });
  });

  it('a duplicate of the nearest occurrence, stored or logged', () => {
    const log = { arrivals: [{ at: 1_050_000, content: A }], held: [] };
    expect(classifyDelivery(plain(1_055_000), C, [first], log, 60_000)).toEqual({
      kind: 'duplicate',
      of: repeatEventId(C, 1_050_000),
      ofAt: 1_050_000,
      hold: true,
    });
    expect(classifyDelivery(plain(1_001_000), C, [first], log, 60_000)).toMatchObject({ of: C });
  });

  it('names a repeat by its content and arrival, and reads the content back', () => {
    expect(repeatEventId('abc', 42)).toBe('abc@42');
    expect(contentIdOfEventId('abc@42')).toBe('abc');
    expect(contentIdOfEventId('abc')).toBe('abc');
    expect(contentTag(C)).toBe('cccccccc');
  });

  it('hashes t, a dot and the body for the timestamped scheme, the body alone for the plain one', () => {
    const raw = Buffer.from('{}');
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(contentIdOf(raw, 'timestamped', '100')).toBe(sha('100.{}'));
    expect(contentIdOf(raw, 'plain')).toBe(sha('{}'));
  });

  it('holds a duplicate for 15 minutes after the newest arrival, already past that when held', () => {
    const held = { at: 1_000, deliveryId: 'd', content: A, ofAt: 0 };
    expect(withArrival(withHeld(EMPTY_LOG, held), { at: 1_000 + 900_000, content: B }).held).toEqual([held]);
    expect(withArrival(withHeld(EMPTY_LOG, held), { at: 1_001 + 900_000, content: B }).held).toEqual([]);
    const later = withArrival(EMPTY_LOG, { at: 1_001 + 900_000, content: B });
    expect(withHeld(later, held).held).toEqual([]);
  });
});

describe('the arrival log, in order and in full', () => {
  const A = 'aaaaaaaa';
  const B = 'bbbbbbbb';

  it('keeps arrivals of one content at different times, and of two contents at the same time', () => {
    let log = withArrival(EMPTY_LOG, { at: 1_000, content: A });
    log = withArrival(log, { at: 2_000, content: A });
    log = withArrival(log, { at: 2_000, content: B });
    expect(log.arrivals).toEqual([
      { at: 1_000, content: A },
      { at: 2_000, content: A },
      { at: 2_000, content: B },
    ]);
  });

  it('keeps the newest MAX_HELD held duplicates by time, whatever order they were held in', () => {
    const held = (at: number) => ({ at, deliveryId: `d${at}`, content: A, ofAt: at - 1 });
    let log = EMPTY_LOG;
    for (let i = 1; i <= MAX_HELD; i++) log = withHeld(log, held(10_000 + i));
    log = withHeld(log, held(10_000)); // the oldest, held last
    expect(log.held.map((h) => h.at)).toEqual(Array.from({ length: MAX_HELD }, (_, i) => 10_001 + i));
  });

  it('has nothing to promote in an empty log', () => {
    expect(heldToPromote(EMPTY_LOG, 60_000)).toEqual([]);
  });

  it('a held resend of the same content between two deliveries separates nothing', () => {
    const C = 'c'.repeat(64);
    const first = { eventId: C, deliveryId: 'd1', receivedAt: 1_000_000 };
    const log = {
      ...EMPTY_LOG,
      held: [{ at: 1_010_000, deliveryId: 'd2', content: contentTag(C), ofAt: 1_000_000 }],
    };
    expect(
      classifyDelivery({ deliveryId: 'd3', receivedAt: 1_020_000, scheme: 'plain' }, C, [first], log, 60_000),
    ).toEqual({ kind: 'duplicate', of: C, ofAt: 1_000_000, hold: true });
  });
});
