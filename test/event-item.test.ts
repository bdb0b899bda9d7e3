// The event item's size and round trip: a typical event is archived in one write unit (two in the
// transaction that applies it), and what is not stored again is read back all the same.
import { createHash, randomUUID } from 'node:crypto';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { BENCH_SECRET, lavaBody } from '../bench/events';
import { itemSize } from '../bench/item-size';
import type { EventRecord } from '../lambdas/core/archive-record';
import { applyEvent, type DomainEvent } from '../lambdas/core/decide';
import { eventFromItem, eventToItem } from '../lambdas/core/dynamodb-store';
import { repeatEventId } from '../lambdas/core/identity';
import { parseEvent } from '../lambdas/core/parse-event';
import { parseEnvelope } from '../lambdas/shared/envelope';
import { signPlain } from '../lambdas/shared/sign-webhook';

function record(eventId?: (contentId: string) => string, body = lavaBody(7)): EventRecord {
  // ~1 KiB by default, a wallet balance update
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

/** A `connection.created` of the benchmark's kind, with the domain events apply.ts decides for it. */
function createdRecord(): EventRecord {
  const e = { ...record(undefined, lavaBody(7, 'connection.created')), eventType: 'connection.created' };
  const envelope = parseEnvelope(e.body);
  if (!envelope.ok) throw new Error(envelope.reason);
  const identity = {
    eventId: String(e.eventId),
    contentId: String(e.contentId),
    time: e.eventAt,
    arrival: e.receivedAt,
  };
  const parsed = parseEvent(envelope.envelope, e.body, identity);
  if (parsed.kind !== 'event') throw new Error(parsed.reason);
  const { domainEvents } = applyEvent(undefined, parsed.event);
  return { ...e, domainEvents, published: false };
}

const published = (events: DomainEvent[]) => events.map((d) => `${d.type} ${JSON.stringify(d.detail)}`);

describe('event items of the benchmark mix', () => {
  it('archive a created event with its domain event in one write unit, with room to spare', () => {
    expect(itemSize(attributes(createdRecord()))).toBeLessThanOrEqual(1024 - 48);
  });

  it("hold a plain-scheme event's body sha256 only in its key (its content id), and read it back", () => {
    for (const e of [record(), record((c) => repeatEventId(c, 1_795_000_000_000))]) {
      const item = attributes(e);
      expect(item.sha256).toBeUndefined();
      expect(eventFromItem(unmarshall(item)).sha256).toBe(e.sha256);
    }
  });

  it('store a sha256 that differs from the content id (timestamped scheme, a delivery item)', () => {
    const timestamped = {
      ...record(),
      contentId: 'f'.repeat(64),
      eventId: 'f'.repeat(64),
      scheme: 'timestamped' as const,
    };
    const delivery = { ...record(), eventId: undefined, contentId: undefined, outcome: 'duplicate' as const };
    for (const e of [timestamped, delivery]) {
      expect(attributes(e).sha256).toEqual({ S: e.sha256 });
      expect(eventFromItem(unmarshall(attributes(e))).sha256).toBe(e.sha256);
    }
  });
});

describe("event items' domain events", () => {
  it('are stored without the facts the item holds, and read back as published, byte for byte', () => {
    const e = createdRecord();
    expect(e.domainEvents.map((d) => d.type)).toEqual(['ConnectionCreated']);
    const stored = String(unmarshall(attributes(e)).domainEvents);
    for (const fact of ['sourceEventId', String(e.eventId), 'connectionId', 'eventType', 'eventAt']) {
      expect(stored).not.toContain(fact);
    }
    expect(published(eventFromItem(unmarshall(attributes(e))).domainEvents)).toEqual(
      published(e.domainEvents),
    );
  });

  it('store whole a detail that does not begin with those facts, and read it back the same', () => {
    const e = createdRecord();
    const [first] = e.domainEvents as [DomainEvent];
    const odd: DomainEvent[] = [
      { type: 'ConnectionCreated', detail: { ...first.detail, connectionId: 'con_other' } },
      { type: 'BalanceDepleted', detail: { walletBalance: '0.00', ...first.detail } },
      { type: 'BalanceRestored', detail: { connectionId: first.detail.connectionId, walletBalance: '1.00' } },
      first,
    ];
    const back = eventFromItem(unmarshall(attributes({ ...e, domainEvents: odd })));
    expect(published(back.domainEvents)).toEqual(published(odd));
    expect(back.domainEvents).toEqual(odd);
  });

  it('of an item written whole by an earlier release (with or without sourceEventId) read as they were', () => {
    const e = createdRecord();
    const [first] = e.domainEvents as [DomainEvent];
    const { sourceEventId: _, ...beforeSourceEventId } = first.detail;
    for (const events of [e.domainEvents, [{ type: first.type, detail: beforeSourceEventId }]]) {
      const item = { ...unmarshall(attributes(e)), domainEvents: JSON.stringify(events) };
      expect(eventFromItem(item).domainEvents).toEqual(events);
      expect(published(eventFromItem(item).domainEvents)).toEqual(published(events));
    }
  });
});
