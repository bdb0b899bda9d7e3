// The event item's size and round trip: a typical event is archived in one write unit (two in the
// transaction that applies it), and what is not stored again is read back all the same.
import { createHash, randomUUID } from 'node:crypto';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { BENCH_SECRET, lavaBody } from '../bench/events';
import { itemSize } from '../bench/item-size';
import { eventFromItem, eventToItem } from '../lambdas/consumer/dynamodb-store';
import type { EventRecord } from '../lambdas/consumer/event-record';
import { repeatEventId } from '../lambdas/consumer/identity';
import { signPlain } from '../lambdas/shared/signing';

function record(eventId?: (contentId: string) => string): EventRecord {
  const body = lavaBody(7); // ~1 KiB, a wallet balance update
  const contentId = createHash('sha256').update(body).digest('hex');
  const receivedAt = Date.parse('2026-11-27T10:00:00.000Z');
  return {
    eventId: eventId ? eventId(contentId) : contentId,
    contentId,
    scheme: 'plain',
    deliveryId: randomUUID(),
    sha256: contentId,
    eventType: 'connection.wallet.balance.updated',
    connectionId: 'con_bench_00000007',
    receivedAt,
    eventAt: receivedAt,
    outcome: 'applied',
    body,
    plainSignature: signPlain(body, BENCH_SECRET),
    source: 'webhook',
    domainEvents: [],
    published: true,
  };
}

const attributes = (e: EventRecord) =>
  marshall(eventToItem(e, 30), { removeUndefinedValues: true, convertClassInstanceToMap: false });

describe('event items', () => {
  it('archive a typical 1 KiB event in under 1 KiB: one write unit', () => {
    expect(itemSize(attributes(record()))).toBeLessThanOrEqual(1024);
  });

  it.each([
    ['a first event', undefined],
    ['a repeat', (c: string) => repeatEventId(c, 1_795_000_000_000)],
  ])('read back %s with its event id and content id, though neither is stored again', (_n, id) => {
    const e = record(id);
    const item = attributes(e);
    expect(item.eventId).toBeUndefined();
    expect(item.contentId).toBeUndefined();
    const back = eventFromItem(unmarshall(item));
    expect(back.eventId).toBe(e.eventId);
    expect(back.contentId).toBe(e.contentId);
    expect(back.body).toBe(e.body);
  });

  it('still reads the ids an older item stored', () => {
    const e = record();
    const item = { ...unmarshall(attributes(e)), eventId: 'older-id', contentId: 'older-content' };
    expect(eventFromItem(item)).toMatchObject({ eventId: 'older-id', contentId: 'older-content' });
  });

  it('gives a delivery item (duplicate, ignored, rejected) no event id', () => {
    const e = { ...record(), eventId: undefined, contentId: undefined, outcome: 'duplicate' as const };
    expect(eventFromItem(unmarshall(attributes(e))).eventId).toBeUndefined();
  });
});
