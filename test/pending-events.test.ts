// The connection item's pending entries as stored, and what a process remembers it saw archived
// (lambdas/core/pending-events.ts). The commit that writes them: test/connection-first.test.ts.
import { describe, expect, it } from 'vitest';
import {
  ArchivedIds,
  decodePending,
  encodePending,
  PendingBoundError,
  type PendingEvent,
} from '../lambdas/core/pending-events';

const entry = (eventId: string, extra: Partial<PendingEvent> = {}): PendingEvent => ({
  eventId,
  deliveryId: `dlv_${eventId}`,
  receivedAt: 1_800_000_000_000,
  outcome: 'applied',
  ...extra,
});

describe('pending entries on the connection item', () => {
  it('store each entry with short names, the outcome only when it is not applied, domain events only when there are some', () => {
    const stale = entry('e2', { outcome: 'stale' });
    const announced = entry('e3', { domainEvents: '[["ConnectionCreated",{}]]' });
    expect(encodePending([entry('e1'), stale, announced])).toEqual([
      { e: 'e1', d: 'dlv_e1', a: 1_800_000_000_000 },
      { e: 'e2', d: 'dlv_e2', a: 1_800_000_000_000, o: 'stale' },
      { e: 'e3', d: 'dlv_e3', a: 1_800_000_000_000, x: '[["ConnectionCreated",{}]]' },
    ]);
  });

  it('read back as written, in order', () => {
    const written = [entry('e1'), entry('e2', { outcome: 'stale' }), entry('e3', { domainEvents: '[]' })];
    expect(decodePending(encodePending(written))).toStrictEqual(written);
  });

  it('an item without the attribute, or with something else there, has none', () => {
    expect(decodePending(undefined)).toEqual([]);
    expect(decodePending('e1')).toEqual([]);
    expect(decodePending({ e: 'e1' })).toEqual([]);
  });

  it('the bound is named in the error a full connection raises, with what to do', () => {
    const error = new PendingBoundError('con_full');
    expect(error.name).toBe('PendingBoundError');
    expect(error.message).toContain('con_full');
    expect(error.message).toContain('has 8 applied events');
    expect(error.message).toContain('redrive');
  });
});

describe('what a process saw archived', () => {
  it('leaves out of a connection’s entries the events it saw archived, keeping the order of the rest', () => {
    const seen = new ArchivedIds();
    seen.add('e2');
    expect(seen.unconfirmed([entry('e1'), entry('e2'), entry('e3')]).map((p) => p.eventId)).toEqual([
      'e1',
      'e3',
    ]);
    expect(seen.unconfirmed(undefined)).toEqual([]);
  });

  it('forgets the oldest beyond its limit (a forgotten id costs one read), an id added again counting as new', () => {
    const seen = new ArchivedIds(3);
    for (const id of ['a', 'b', 'c']) seen.add(id);
    seen.add('a'); // now the newest
    seen.add('d'); // b, the oldest, goes
    expect(['a', 'b', 'c', 'd'].filter((id) => seen.has(id))).toEqual(['a', 'c', 'd']);
  });
});
