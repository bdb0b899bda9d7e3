// Applies one prepared record: finds which event it is (new, a repeat of stored content, a duplicate,
// or this very delivery again), decides, and commits with the optimistic lock, deciding again when
// another writer got there first. Then promotes the duplicates its event showed to be events.

import {
  connectionWrite,
  decide,
  type EventToApply,
  eventRecord,
  freshConnection,
  type KnownConnection,
  logOf,
  owing,
  wrote,
} from './apply-steps';
import type { ListedStore } from './archive-listing';
import type { EventRecord, ProcessedOutcome } from './archive-record';
import { applyEvent } from './decide';
import {
  classifyDelivery,
  contentTag,
  type Identity,
  type Occurrence,
  repeatEventId,
  withHeld,
} from './identity';
import { type ParsedEvent, withEventId } from './parse-event';
import type { PendingEvent } from './pending-events';
import { heldPromoter } from './promote-held';
import type { StateStore, StoredConnection } from './state-store';
import { domainEventsFromStored } from './stored-domain-events';

export type { EventPrepared, EventToApply, KnownConnection } from './apply-steps';

/** What one record came to; `owes` is an archived event whose domain events are not out yet. */
export interface Applied {
  outcome: ProcessedOutcome;
  eventId?: string | undefined;
  duplicateOf?: string | undefined;
  owes?: EventRecord | undefined;
  /** Events made of held duplicates that this record's event showed to be events; owed like `owes`. */
  promoted?: EventRecord[] | undefined;
}

export class ConflictRetriesExhaustedError extends Error {
  override name = 'ConflictRetriesExhaustedError';
}

const MAX_ATTEMPTS = 8;

/** The events already stored with this content, from its first event's item. */
function occurrencesOf(
  first: Pick<EventRecord, 'eventId' | 'deliveryId' | 'receivedAt' | 'repeats'>,
  contentId: string,
): Occurrence[] {
  return [
    { eventId: first.eventId ?? contentId, deliveryId: first.deliveryId, receivedAt: first.receivedAt },
    // Items written before the arrival log list their repeats.
    ...(first.repeats ?? []).map((r) => ({
      eventId: repeatEventId(contentId, r.at),
      deliveryId: r.id,
      receivedAt: r.at,
    })),
  ];
}

type Classified = Identity | { kind: 'retry' };

/** The stored occurrence of an event: its archive item, else the connection's pending entry for it. */
async function storedEvent(
  store: StateStore,
  eventId: string,
  current: StoredConnection | undefined,
): Promise<Pick<EventRecord, 'eventId' | 'deliveryId' | 'receivedAt' | 'repeats'> | undefined> {
  const archived = await store.getEvent(eventId);
  if (archived) return archived;
  const pending = current?.pending?.find((e) => e.eventId === eventId);
  return pending && { eventId, deliveryId: pending.deliveryId, receivedAt: pending.receivedAt };
}

/** The archive record of an event its connection holds as pending, rebuilt from its own delivery. */
function pendingRecord(p: EventToApply, pending: PendingEvent): EventRecord {
  const event = withEventId(p.result.event, pending.eventId);
  const record = eventRecord(p, event, { outcome: pending.outcome, domainEvents: [] });
  const domainEvents = domainEventsFromStored(pending.domainEvents, record);
  return { ...record, domainEvents, published: domainEvents.length === 0 };
}

/** `store`: a listing batch's (archive-listing.ts), which lists what the records archive. */
export function recordApplier(store: ListedStore, duplicateWindowMs: number, now: () => number) {
  const promoteHeld = heldPromoter(store, duplicateWindowMs);

  /**
   * Which event a delivery whose event id is taken belongs to: its own (SQS handed it over again),
   * another delivery's (a duplicate), or none yet (a repeat). `retry`: the item expired meanwhile.
   */
  async function identify(
    p: EventToApply,
    event: ParsedEvent,
    current?: StoredConnection,
  ): Promise<Classified> {
    const { contentId } = p.result.event;
    const delivery = {
      deliveryId: p.delivery.deliveryId,
      receivedAt: p.delivery.receivedAt,
      scheme: p.result.scheme,
    };
    if (event.eventId !== contentId) {
      // Its repeat id is taken: it made that event, or another delivery of it came in the same millisecond.
      const taken = await storedEvent(store, event.eventId, current);
      if (!taken) return { kind: 'retry' };
      return taken.deliveryId === delivery.deliveryId
        ? { kind: 'same', eventId: event.eventId }
        : { kind: 'duplicate', of: event.eventId, ofAt: taken.receivedAt, hold: false };
    }
    const ownRepeat = repeatEventId(contentId, delivery.receivedAt);
    const [first, own] = await Promise.all([
      storedEvent(store, contentId, current),
      delivery.scheme === 'plain' ? store.getEvent(ownRepeat) : undefined,
    ]);
    if (own?.deliveryId === delivery.deliveryId) return { kind: 'same', eventId: ownRepeat };
    if (!first) return { kind: 'retry' };
    const stored = occurrencesOf(first, contentId);
    return classifyDelivery(delivery, contentId, stored, logOf(current?.state), duplicateWindowMs);
  }

  /** Archives a duplicate; a plain-scheme one is also held in the connection's log, both or neither. */
  async function archiveDuplicate(
    p: EventToApply,
    identity: Extract<Identity, { kind: 'duplicate' }>,
    current: StoredConnection | undefined,
    known: KnownConnection,
  ): Promise<Applied | 'conflict'> {
    // The event's item has the body; while that event is pending (its item not written yet), a held
    // duplicate keeps its own (the same bytes), which is what its promotion is made from.
    const sourcePending = current?.pending?.some((e) => e.eventId === identity.of);
    const record: EventRecord = {
      ...p.delivery,
      ...(sourcePending && identity.hold ? {} : { body: '' }),
      outcome: 'duplicate',
      duplicateOf: identity.of,
      domainEvents: [],
      published: true,
    };
    const held = {
      at: p.delivery.receivedAt,
      deliveryId: p.delivery.deliveryId,
      content: contentTag(p.result.event.contentId),
      ofAt: identity.ofAt,
    };
    const connection =
      identity.hold && current
        ? connectionWrite(current, { ...current.state, log: withHeld(logOf(current.state), held) })
        : undefined;
    const result = await store.archiveDelivery(record, connection);
    if (result === 'conflict') return 'conflict';
    if (result === 'committed') wrote(known, connection);
    return { outcome: result === 'exists' ? 'redelivered' : 'duplicate', duplicateOf: identity.of };
  }

  async function sameDelivery(
    eventId: string,
    connectionId: string,
    known: KnownConnection,
  ): Promise<Applied> {
    // Nothing to apply, but an earlier attempt may have died before listing, publishing or promoting.
    const stored = await store.getEvent(eventId);
    if (stored) store.listAgain(stored);
    const owes = owing(stored);
    return { outcome: 'redelivered', eventId, owes, promoted: await promoteHeld(known, connectionId) };
  }

  /**
   * `replay --force`: the event this delivery made, decided again against today's state (it changes
   * something only if the code that decides has changed). Its transitions are announced once more.
   */
  async function redecide(p: EventToApply, eventId: string, known: KnownConnection): Promise<Applied> {
    const event = withEventId(p.result.event, eventId);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await freshConnection(store, known, event.connectionId);
      const decision = applyEvent(current?.state, event);
      const changed = decision.outcome === 'applied';
      const connection = changed ? connectionWrite(current, decision.next) : undefined;
      const entry = { at: now(), outcome: decision.outcome };
      const ids = { eventId, deliveryId: p.delivery.deliveryId };
      if ((await store.redecideEvent(ids, entry, connection)) === 'conflict') {
        known.fresh = false;
        continue;
      }
      wrote(known, connection);
      const record = { ...eventRecord(p, event, decision), published: !changed };
      return { outcome: decision.outcome, eventId, owes: changed ? owing(record) : undefined };
    }
    throw new ConflictRetriesExhaustedError(`connection ${event.connectionId} kept changing`);
  }

  /**
   * This delivery's event, applied to its connection by an attempt that stopped before writing its
   * archive item (SQS handed the delivery over again): the item is written now, from the connection's
   * entry (the decision made then) and this delivery (the same bytes). Nothing is decided again.
   */
  async function finishPending(p: EventToApply, pending: PendingEvent, known: KnownConnection) {
    const record = pendingRecord(p, pending);
    const connectionId = p.result.event.connectionId;
    if ((await store.commitEvent(record)) === 'exists')
      return p.redecide
        ? redecide(p, pending.eventId, known)
        : sameDelivery(pending.eventId, connectionId, known);
    // Finished here, what it owed still to publish: `replay --force` decides it again next time.
    return {
      outcome: 'redelivered' as const,
      eventId: pending.eventId,
      owes: owing(record),
      promoted: await promoteHeld(known, connectionId),
    };
  }

  /** Applies one event; `known` carries the connection as this batch last wrote it. */
  return async function applyRecord(p: EventToApply, known: KnownConnection): Promise<Applied> {
    const base = p.result.event;
    const { contentId, connectionId } = base;
    let event = base;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await freshConnection(store, known, connectionId);
      const pending = current?.pending?.find((e) => e.deliveryId === p.delivery.deliveryId);
      if (pending) return finishPending(p, pending, known);
      const { decision, connection } = decide(current, event, p.delivery.deliveryId);
      const record = eventRecord(p, event, decision);
      // A held duplicate handed over again once an event separated it: it is that event now.
      const wasHeld = logOf(current?.state).held.some((h) => h.deliveryId === p.delivery.deliveryId);
      const promotes = wasHeld ? { deliveryId: p.delivery.deliveryId } : undefined;
      const read = { version: current?.version ?? 0, pending: current?.pending };
      const result = await store.commitEvent(record, { connection, promotes, read });
      if (result === 'committed') {
        wrote(known, connection);
        const promoted = await promoteHeld(known, connectionId);
        return { outcome: decision.outcome, eventId: event.eventId, owes: owing(record), promoted };
      }
      if (result === 'exists') {
        // This content is stored already: as this delivery, as another one, or as an earlier event.
        const identity = await identify(p, event, current);
        if (identity.kind === 'same') {
          return p.redecide
            ? redecide(p, identity.eventId, known)
            : sameDelivery(identity.eventId, connectionId, known);
        }
        if (identity.kind === 'duplicate') {
          const archived = await archiveDuplicate(p, identity, current, known);
          if (archived !== 'conflict') return archived;
        }
        if (identity.kind === 'repeat') {
          event = withEventId(base, repeatEventId(contentId, p.delivery.receivedAt));
          continue; // decided again as the repeat, against the same connection version
        }
      }
      // Another writer got there first (or an item expired meanwhile): read again and decide again.
      known.fresh = false;
      event = base;
    }
    throw new ConflictRetriesExhaustedError(
      `connection ${connectionId} kept changing under ${MAX_ATTEMPTS} attempts`,
    );
  };
}
