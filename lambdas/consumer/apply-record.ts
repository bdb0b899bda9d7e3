// Applies one prepared record: finds which event it is (new, a repeat of stored content, a duplicate,
// or this very delivery again), decides, and commits with the optimistic lock, deciding again when
// another writer got there first.
import { applyEvent } from './apply';
import type { EventRecord, ProcessedOutcome } from './event-record';
import { classifyDelivery, type Occurrence, repeatEventId } from './identity';
import { type ParsedEvent, withEventId } from './parse-event';
import type { Prepared } from './prepare-record';
import type { StateStore, StoredConnection } from './state-store';

/** What one record came to; `owes` is an archived event whose domain events are not out yet. */
export interface Applied {
  outcome: ProcessedOutcome;
  eventId?: string | undefined;
  duplicateOf?: string | undefined;
  owes?: EventRecord | undefined;
}

export type EventPrepared = Prepared & { result: { kind: 'event' } };
/** What applying needs of a prepared record; the reconciler builds these for its synthetic events. */
export type EventToApply = Pick<EventPrepared, 'delivery' | 'redecide' | 'result'>;

/** The connection as this batch last saw it; `fresh` is false once a write may have changed it. */
export interface KnownConnection {
  stored?: StoredConnection | undefined;
  fresh: boolean;
}

export class ConflictRetriesExhaustedError extends Error {
  override name = 'ConflictRetriesExhaustedError';
}

const MAX_ATTEMPTS = 8;

/** What the archive records of the fields the reader could not read: path → why. */
const unreadFieldsOf = (event: ParsedEvent) =>
  event.unread.length ? Object.fromEntries(event.unread.map((u) => [u.path, u.reason])) : undefined;

const owing = (event: EventRecord | undefined) =>
  event && !event.published && event.domainEvents.length > 0 ? event : undefined;

/** The events already stored with this content, from its first event's item. */
function occurrencesOf(first: EventRecord, contentId: string): Occurrence[] {
  return [
    { eventId: first.eventId ?? contentId, deliveryId: first.deliveryId, receivedAt: first.receivedAt },
    ...(first.repeats ?? []).map((r) => ({
      eventId: repeatEventId(contentId, r.at),
      deliveryId: r.id,
      receivedAt: r.at,
    })),
  ];
}

export function recordApplier(store: StateStore, duplicateWindowMs: number, now: () => number) {
  function eventRecord(p: EventToApply, event: ParsedEvent, decision: ReturnType<typeof applyEvent>) {
    return {
      ...p.delivery,
      eventId: event.eventId,
      contentId: event.contentId,
      scheme: p.result.scheme,
      outcome: decision.outcome,
      domainEvents: decision.domainEvents,
      published: decision.domainEvents.length === 0,
      unreadFields: unreadFieldsOf(event),
    } satisfies EventRecord;
  }

  async function archiveDuplicate(p: EventToApply, of: string): Promise<Applied> {
    const record: EventRecord = {
      ...p.delivery,
      body: '', // the event's item has it
      outcome: 'duplicate',
      duplicateOf: of,
      domainEvents: [],
      published: true,
    };
    const result = await store.archiveDelivery(record);
    return { outcome: result === 'exists' ? 'redelivered' : 'duplicate', duplicateOf: of };
  }

  async function sameDelivery(eventId: string): Promise<Applied> {
    // Nothing to apply, but an earlier attempt may have died before publishing.
    return { outcome: 'redelivered', eventId, owes: owing(await store.getEvent(eventId)) };
  }

  /**
   * `replay --force`: the event this delivery made, decided again against today's state (it changes
   * something only if the code that decides has changed). Its transitions are announced once more.
   */
  async function redecide(p: EventToApply, eventId: string, known: KnownConnection): Promise<Applied> {
    const event = withEventId(p.result.event, eventId);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (!known.fresh) {
        known.stored = await store.getConnection(event.connectionId);
        known.fresh = true;
      }
      const decision = applyEvent(known.stored?.state, event);
      const expectedVersion = known.stored?.version ?? 0;
      const changed = decision.outcome === 'applied';
      const connection = changed ? { state: decision.next, expectedVersion } : undefined;
      const entry = { at: now(), outcome: decision.outcome };
      const ids = { eventId, deliveryId: p.delivery.deliveryId };
      if ((await store.redecideEvent(ids, entry, connection)) === 'conflict') {
        known.fresh = false;
        continue;
      }
      if (connection) known.stored = { state: decision.next, version: expectedVersion + 1 };
      const record = { ...eventRecord(p, event, decision), published: !changed };
      return { outcome: decision.outcome, eventId, owes: changed ? owing(record) : undefined };
    }
    throw new ConflictRetriesExhaustedError(`connection ${event.connectionId} kept changing`);
  }

  /** Applies one event; `known` carries the connection as this batch last wrote it. */
  return async function applyRecord(p: EventToApply, known: KnownConnection): Promise<Applied> {
    const { contentId } = p.result.event;
    let event = p.result.event;
    let repeatOf: { contentId: string; expectedRepeats: number } | undefined;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (!known.fresh) {
        known.stored = await store.getConnection(event.connectionId);
        known.fresh = true;
      }
      const decision = applyEvent(known.stored?.state, event);
      const record = eventRecord(p, event, decision);
      const expectedVersion = known.stored?.version ?? 0;
      const connection =
        decision.outcome === 'applied' ? { state: decision.next, expectedVersion } : undefined;
      const result = await store.commitEvent(record, { connection, repeatOf });
      if (result === 'committed') {
        if (connection) known.stored = { state: decision.next, version: expectedVersion + 1 };
        return { outcome: decision.outcome, eventId: event.eventId, owes: owing(record) };
      }
      if (result === 'conflict') {
        known.fresh = false; // read again and decide again; the repeats may have changed too
        repeatOf = undefined;
        event = p.result.event;
        continue;
      }
      // This content is stored already: as this delivery, as another one, or as an earlier event.
      const first = await store.getEvent(contentId);
      if (!first) continue; // expired between the write and the read: try as new
      const identity = classifyDelivery(
        { deliveryId: p.delivery.deliveryId, receivedAt: p.delivery.receivedAt, scheme: p.result.scheme },
        occurrencesOf(first, contentId),
        duplicateWindowMs,
      );
      if (identity.kind === 'same') {
        return p.redecide ? redecide(p, identity.eventId, known) : sameDelivery(identity.eventId);
      }
      if (identity.kind === 'duplicate') return archiveDuplicate(p, identity.of);
      event = withEventId(p.result.event, repeatEventId(contentId, p.delivery.receivedAt));
      repeatOf = { contentId, expectedRepeats: first.repeats?.length ?? 0 };
    }
    throw new ConflictRetriesExhaustedError(
      `connection ${event.connectionId} kept changing under ${MAX_ATTEMPTS} attempts`,
    );
  };
}
