// Port: the state the consumer keeps (connections, and the archive of events and deliveries) and
// the commit that applies an event (all or nothing, as its readers see it). The DynamoDB adapter (dynamodb-store.ts) is what runs; the
// in-memory one (memory-store.ts) honours the same conditions, for tests and one-process runs.

import type { EventRecord, ListingEntry, Redecision } from './archive-record';
import type { ConnectionState } from './decide';
import type { PendingEvent } from './pending-events';

export interface StoredConnection {
  state: ConnectionState;
  version: number;
  /**
   * Events the connection says it applied whose archive item this store has not seen yet
   * (pending-events.ts); absent when there are none. Only the DynamoDB adapter leaves any.
   */
  pending?: PendingEvent[] | undefined;
}

/** `exists`: the item was there already (the event, or this delivery's archive). */
export type CommitResult = 'committed' | 'exists' | 'conflict';

/** The connection as decided, and the version the decision read (the optimistic lock). */
export interface ConnectionWrite {
  state: ConnectionState;
  expectedVersion: number;
  /** The pending events of the connection as read: every write of the connection carries them on. */
  pending?: PendingEvent[] | undefined;
}

export interface EventCommit {
  connection?: ConnectionWrite | undefined;
  /**
   * A held duplicate turned out to be an event (identity.ts heldToPromote): its delivery's archive
   * item is marked with the event it now is, in the same write.
   */
  promotes?: { deliveryId: string } | undefined;
  /**
   * The connection as its decision read it (version 0: none), when the commit does not write it: the
   * event is `exists` if the connection holds it as pending, and its item is put only if the
   * connection is still at that version, so that a decision made on an older state never claims an
   * event another delivery has applied since.
   */
  read?: Pick<StoredConnection, 'version' | 'pending'> | undefined;
}

export interface StateStore {
  getConnection(connectionId: string): Promise<StoredConnection | undefined>;
  /** Reads many connections in one round trip (a batch's worth); absent ids are absent. */
  getConnections(connectionIds: string[]): Promise<Map<string, StoredConnection>>;
  /**
   * Stores the event item and, when given, the connection and the promoted delivery's mark, all or
   * nothing as its readers see it: `exists` also when the connection holds the event as pending.
   */
  commitEvent(event: EventRecord, commit?: EventCommit): Promise<CommitResult>;
  /**
   * Archives a delivery that made no event (duplicate, ignored, rejected), once; with `connection`
   * (a held duplicate, kept in the connection's log), both or neither.
   */
  archiveDelivery(record: EventRecord, connection?: ConnectionWrite): Promise<CommitResult>;
  /**
   * `replay --force`: records a new decision on an event this delivery made, and writes the
   * connection when given, all or nothing.
   */
  redecideEvent(
    event: Pick<EventRecord, 'eventId' | 'deliveryId'>,
    decision: Redecision,
    connection?: ConnectionWrite,
  ): Promise<Exclude<CommitResult, 'exists'>>;
  getEvent(eventId: string): Promise<EventRecord | undefined>;
  /** The archive of a delivery that made no event (duplicate, ignored, rejected). */
  getDelivery(deliveryId: string): Promise<EventRecord | undefined>;
  /**
   * Lists these archive records: writes the listing items that hold them (archive-listing.ts), the
   * same items for the same entries. What archives through a listing batch is listed by it.
   */
  writeListing(entries: ListingEntry[]): Promise<void>;
  /**
   * Notes that these events' domain events are on the bus, each event on its own: an unknown id
   * rejects, once every other is marked.
   */
  markPublished(eventIds: string[]): Promise<void>;
}
