// Events a connection item says it applied before their archive item was written. The DynamoDB
// adapter commits an event as two plain writes rather than one transaction (half the write units):
// first the connection, conditional on the version its decision read, carrying the event as
// *pending*; then the event's archive item. A pending entry leaves the connection only once a writer
// has seen the archive item exist, so at every moment an applied event is on its connection or in the
// archive (or both), and a delivery of it is never applied again. docs/state-model.md#pending-events.

import type { ProcessedOutcome } from './archive-record';

export interface PendingEvent {
  eventId: string;
  deliveryId: string;
  /** Epoch ms the delivery was received (what identity compares a later delivery with). */
  receivedAt: number;
  outcome: Extract<ProcessedOutcome, 'applied' | 'stale'>;
  /** The decision's domain events as the event item stores them (stored-domain-events.ts); none: absent. */
  domainEvents?: string | undefined;
}

/**
 * At most this many entries on a connection. Each is a crash between a connection's write and its
 * event's archive write whose delivery SQS has not handed over again yet; beyond the bound a write
 * fails (and is retried) rather than forget an applied event or grow the item without end.
 */
export const MAX_PENDING = 8;

export class PendingBoundError extends Error {
  override name = 'PendingBoundError';
  constructor(connectionId: string) {
    super(
      `connection ${connectionId} has ${MAX_PENDING} applied events whose archive items are not written yet; ` +
        'their deliveries write them when SQS hands them over again (or from the dead-letter queue: `lava-webhooks redrive`)',
    );
  }
}

/** The item's attribute: short names, the outcome only when it is not `applied`. */
export function encodePending(pending: readonly PendingEvent[]) {
  return pending.map((p) => ({
    e: p.eventId,
    d: p.deliveryId,
    a: p.receivedAt,
    ...(p.outcome === 'applied' ? {} : { o: p.outcome }),
    ...(p.domainEvents ? { x: p.domainEvents } : {}),
  }));
}

export function decodePending(list: unknown): PendingEvent[] {
  if (!Array.isArray(list)) return [];
  return (list as Record<string, unknown>[]).map((p) => ({
    eventId: String(p.e),
    deliveryId: String(p.d),
    receivedAt: Number(p.a),
    outcome: p.o === 'stale' ? 'stale' : 'applied',
    ...(typeof p.x === 'string' ? { domainEvents: p.x } : {}),
  }));
}

/**
 * Ids of archive items this process has written or seen, so that entries naming them are dropped
 * without reading the table again. Bounded: the oldest go first (a forgotten id only costs a read).
 */
export class ArchivedIds {
  private readonly ids = new Set<string>();
  constructor(private readonly limit = 10_000) {}

  add(eventId: string) {
    this.ids.delete(eventId);
    this.ids.add(eventId);
    if (this.ids.size > this.limit) this.ids.delete(this.ids.values().next().value as string);
  }

  has(eventId: string) {
    return this.ids.has(eventId);
  }

  /** The entries whose archive this process has not seen. */
  unconfirmed(pending: readonly PendingEvent[] | undefined): PendingEvent[] {
    return (pending ?? []).filter((p) => !this.ids.has(p.eventId));
  }
}
