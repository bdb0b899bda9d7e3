// The steps every apply takes, shared by a record's apply (apply-record.ts) and a held duplicate's
// promotion (promote-held.ts): read the connection when needed, decide, log the arrival, and build
// what is committed.

import type { EventRecord } from './archive-record';
import { applyEvent, type ConnectionState, type Decision } from './decide';
import { type ArrivalLog, contentTag, EMPTY_LOG, withArrival, withoutHeld } from './identity';
import type { ParsedEvent } from './parse-event';
import type { Prepared } from './prepare-record';
import type { ConnectionWrite, StateStore, StoredConnection } from './state-store';

export type EventPrepared = Prepared & { result: { kind: 'event' } };
/** What applying needs of a prepared record; the reconciler builds these for its synthetic events. */
export type EventToApply = Pick<EventPrepared, 'delivery' | 'redecide' | 'result'>;

/** The connection as this batch last saw it; `fresh` is false once a write may have changed it. */
export interface KnownConnection {
  stored?: StoredConnection | undefined;
  fresh: boolean;
}

/** What the archive records of the fields the reader could not read: path → why. */
const unreadFieldsOf = (event: ParsedEvent) =>
  event.unread.length ? Object.fromEntries(event.unread.map((u) => [u.path, u.reason])) : undefined;

export const owing = (event: EventRecord | undefined) =>
  event && !event.published && event.domainEvents.length > 0 ? event : undefined;

export const logOf = (state: ConnectionState | undefined): ArrivalLog => state?.log ?? EMPTY_LOG;
const sameLog = (a: ArrivalLog, b: ArrivalLog) => JSON.stringify(a) === JSON.stringify(b);

/** The archive record of an event decided for a delivery. */
export function eventRecord(
  p: EventToApply,
  event: ParsedEvent,
  decision: Pick<Decision, 'outcome' | 'domainEvents'>,
): EventRecord {
  return {
    ...p.delivery,
    eventId: event.eventId,
    contentId: event.contentId,
    scheme: p.result.scheme,
    outcome: decision.outcome,
    domainEvents: decision.domainEvents,
    published: decision.domainEvents.length === 0,
    unreadFields: unreadFieldsOf(event),
  };
}

/**
 * The decision on `event`, and the connection to write: the decided state with the event's arrival
 * logged (and the delivery no longer held, if it was), when either changed.
 */
export function decide(
  current: StoredConnection | undefined,
  event: ParsedEvent,
  deliveryId: string,
): { decision: Decision; connection?: ConnectionWrite | undefined } {
  const decision = applyEvent(current?.state, event);
  const before = logOf(current?.state);
  const arrival = { at: event.arrival, content: contentTag(event.contentId) };
  const log = withoutHeld(withArrival(before, arrival), deliveryId);
  const write = decision.outcome === 'applied' || !sameLog(before, log);
  const connection = write ? connectionWrite(current, { ...decision.next, log }) : undefined;
  return { decision, connection };
}

/**
 * A write of `state` over the connection as read: at the version read, carrying on the events it
 * holds as pending (pending-events.ts). Every write of a connection is built here.
 */
export function connectionWrite(
  current: StoredConnection | undefined,
  state: ConnectionState,
): ConnectionWrite {
  return { state, expectedVersion: current?.version ?? 0, pending: current?.pending };
}

/** Reads the connection unless what `known` holds is still what the table holds. */
export async function freshConnection(store: StateStore, known: KnownConnection, connectionId: string) {
  if (!known.fresh) {
    known.stored = await store.getConnection(connectionId);
    known.fresh = true;
  }
  return known.stored;
}

/** `known` after a committed write of `connection`. */
export function wrote(known: KnownConnection, connection: ConnectionWrite | undefined) {
  // The pending events it carried, some perhaps archived now: the store leaves out those it saw archived.
  if (connection)
    known.stored = {
      state: connection.state,
      version: connection.expectedVersion + 1,
      ...(connection.pending?.length ? { pending: connection.pending } : {}),
    };
}
