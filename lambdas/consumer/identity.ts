// Event identity (DESIGN.md, "Event identity"). Pure.
//
// A delivery is one request ingest accepted; its id comes with the queued message, so SQS's
// redeliveries, redrive and replay carry the same one. Two deliveries are one event only when their
// signed content is identical (the raw body, and `t` for the timestamped scheme) and, for the plain
// scheme, they arrived within the duplicate window of each other. Anything else is a new event.
import { createHash } from 'node:crypto';

export type Scheme = 'plain' | 'timestamped';

/** The hash of what was signed: `${t}.${body}` for the timestamped scheme, the body for the plain one. */
export function contentIdOf(raw: Buffer, scheme: Scheme, rawTimestamp?: string): string {
  const hash = createHash('sha256');
  if (scheme === 'timestamped') hash.update(`${rawTimestamp}.`);
  return hash.update(raw).digest('hex');
}

/** The first event with some content has the content's id; a later one adds when it arrived. */
export function repeatEventId(contentId: string, receivedAt: number): string {
  return `${contentId}@${receivedAt}`;
}

/** The content id an event id was made from (see repeatEventId). */
export const contentIdOfEventId = (eventId: string) => eventId.split('@')[0] as string;

export interface Delivery {
  deliveryId: string;
  receivedAt: number;
  scheme: Scheme;
}

/** An event already stored with this content: which delivery made it, and when that arrived. */
export interface Occurrence {
  eventId: string;
  deliveryId: string;
  receivedAt: number;
}

export type Identity =
  /** This very delivery made that event (SQS redelivered it, or it was redriven or replayed). */
  | { kind: 'same'; eventId: string }
  /** Another delivery of an event already stored. */
  | { kind: 'duplicate'; of: string }
  /** The content repeats as a new event: a snapshot Lava sent again later. */
  | { kind: 'repeat' };

/**
 * What a delivery is, given the events already stored with its content (the window is measured
 * to each event's own delivery, in either direction, since SQS may hand the later one over first).
 */
export function classifyDelivery(
  delivery: Delivery,
  stored: readonly Occurrence[],
  windowMs: number,
): Identity {
  const same = stored.find((o) => o.deliveryId === delivery.deliveryId);
  if (same) return { kind: 'same', eventId: same.eventId };
  const first = stored[0];
  // The same signed `t` and body is the same event whenever it comes: `t` says when Lava sent it.
  if (delivery.scheme === 'timestamped' && first) return { kind: 'duplicate', of: first.eventId };
  const near = stored.find((o) => Math.abs(o.receivedAt - delivery.receivedAt) <= windowMs);
  return near ? { kind: 'duplicate', of: near.eventId } : { kind: 'repeat' };
}
