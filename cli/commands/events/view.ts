// An archive record as `events` and `events show` print it (JSON or one line).
import type { EventRecord } from '../../../lambdas/core/archive-record';

export interface EventView {
  receivedAt: string;
  eventType: string;
  connectionId: string | null;
  outcome: string;
  reason: string | null;
  eventAt: string;
  /** The event's id (applied, stale), else null. */
  eventId: string | null;
  /** For a duplicate: the event it repeats. */
  duplicateOf: string | null;
  deliveryId: string;
  source: string;
  sha256: string;
  /** What `replay --force` decided later, oldest first; `outcome` stays the first decision. */
  redecided: { at: string; outcome: string }[];
  /** Known fields of the body that could not be read (path → why): Lava's payload changed. */
  unreadFields: Record<string, string>;
}

export function eventView(r: EventRecord): EventView {
  return {
    receivedAt: new Date(r.receivedAt).toISOString(),
    eventType: r.eventType,
    connectionId: r.connectionId ?? null,
    outcome: r.outcome,
    reason: r.reason ?? null,
    eventAt: new Date(r.eventAt).toISOString(),
    eventId: r.eventId ?? null,
    duplicateOf: r.duplicateOf ?? null,
    deliveryId: r.deliveryId,
    source: r.source,
    sha256: r.sha256,
    redecided: (r.redecided ?? []).map((d) => ({ at: new Date(d.at).toISOString(), outcome: d.outcome })),
    unreadFields: r.unreadFields ?? {},
  };
}

/** The outcome with its history: `applied, redecided stale`, `rejected (no data.connection_id…)`. */
export function outcomeText(e: Pick<EventView, 'outcome' | 'reason' | 'redecided'>): string {
  const later = e.redecided.length ? `, redecided ${e.redecided.map((r) => r.outcome).join(', ')}` : '';
  return `${e.outcome}${later}${e.reason ? ` (${e.reason})` : ''}`;
}

/** `unread: data.metadata, data.created_at` when the reader left fields unread, else ''. */
export function unreadText(e: Pick<EventView, 'unreadFields'>): string {
  const paths = Object.keys(e.unreadFields);
  return paths.length ? `unread: ${paths.join(', ')}` : '';
}
