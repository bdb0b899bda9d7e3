// Event identity (docs: "Event identity"). Pure.
//
// A delivery is one request ingest accepted; its id comes with the queued message, so SQS's
// redeliveries, redrive and replay carry the same one. Two deliveries are one event only when their
// signed content is identical (the raw body, and `t` for the timestamped scheme) and, for the plain
// scheme, they arrived within the duplicate window of each other with no other event of the same
// connection arriving between them: A, B, A is three events (the state moved away and back).
//
// "Between" is judged on what this receiver knows when it decides, which SQS's order can make less
// than what arrived: a later event may be processed after the resend it separates. So the connection
// keeps a short log of its recent arrivals and of the plain-scheme duplicates it held, and a
// duplicate that an event processed later turns out to separate from what it repeats is promoted to
// the event it always was (heldToPromote).
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

/** What the arrival log keeps of a content id: 32 bits tell the few recent events of one connection apart. */
export const CONTENT_TAG_CHARS = 8;
export const contentTag = (contentId: string) => contentId.slice(0, CONTENT_TAG_CHARS);

/** An event of the connection (applied or stale): when it arrived, and its content's tag. */
export interface Arrival {
  at: number;
  content: string;
}

/** A plain-scheme duplicate that an event processed later could still separate from what it repeats. */
export interface HeldDuplicate {
  /** When the duplicate arrived, and its delivery (its archive item says which event it repeats). */
  at: number;
  deliveryId: string;
  content: string;
  /** When the event it was found to repeat arrived. */
  ofAt: number;
}

/** The connection's memory of recent arrivals, kept on its item (bounded). */
export interface ArrivalLog {
  arrivals: Arrival[];
  held: HeldDuplicate[];
}

export const EMPTY_LOG: ArrivalLog = { arrivals: [], held: [] };

/**
 * The log keeps the newest MAX_ARRIVALS arrivals, however old (a resend handed over late must still
 * find the repeat it repeats; eight 17-character entries keep a typical connection item under 1 KiB),
 * and a held duplicate for HELD_FOR_MS after the newest arrival, at most MAX_HELD. What falls out is
 * the ambiguity the docs describe.
 */
export const MAX_ARRIVALS = 8;
export const MAX_HELD = 8;
export const HELD_FOR_MS = 15 * 60_000;

export interface Delivery {
  deliveryId: string;
  receivedAt: number;
  scheme: Scheme;
}

/** An event already stored with this content: which delivery made it (when known), when it arrived. */
export interface Occurrence {
  eventId: string;
  deliveryId?: string | undefined;
  receivedAt: number;
}

export type Identity =
  /** This very delivery made that event (SQS redelivered it, or it was redriven or replayed). */
  | { kind: 'same'; eventId: string }
  /**
   * Another delivery of an event already stored. `hold`: a plain-scheme duplicate, kept in the
   * connection's log in case an event processed later turns out to have arrived between the two.
   */
  | { kind: 'duplicate'; of: string; ofAt: number; hold: boolean }
  /** The content repeats as a new event: a snapshot Lava sent again. */
  | { kind: 'repeat' };

/**
 * Whether a delivery of another content arrived strictly between `a` and `b`. A held duplicate
 * counts too: a delivery between two others is an event, or one with another delivery of its
 * content that is between them too (else something would separate the two).
 */
function separated(log: ArrivalLog, content: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  const between = (x: { at: number; content: string }) => x.at > from && x.at < to && x.content !== content;
  return log.arrivals.some(between) || log.held.some(between);
}

/** The occurrences the log knows of a content, besides those the store lists. */
function loggedOccurrences(log: ArrivalLog, contentId: string): Occurrence[] {
  const tag = contentTag(contentId);
  return log.arrivals
    .filter((x) => x.content === tag)
    .map((x) => ({ eventId: repeatEventId(contentId, x.at), receivedAt: x.at }));
}

/**
 * The occurrence this arrival is one event with: the nearest within the window that no event of
 * another content separates from it, if any.
 */
function unseparated(
  occurrences: readonly Occurrence[],
  log: ArrivalLog,
  content: string,
  at: number,
  windowMs: number,
): Occurrence | undefined {
  return occurrences
    .filter((o) => Math.abs(o.receivedAt - at) <= windowMs && !separated(log, content, o.receivedAt, at))
    .sort((a, b) => Math.abs(a.receivedAt - at) - Math.abs(b.receivedAt - at))[0];
}

/**
 * What a delivery is, given the events already stored with its content (`stored`: the first one's
 * item, with any repeats it lists; the first is the content's own id) and the connection's log.
 */
export function classifyDelivery(
  delivery: Delivery,
  contentId: string,
  stored: readonly Occurrence[],
  log: ArrivalLog,
  windowMs: number,
): Identity {
  const same = stored.find((o) => o.deliveryId === delivery.deliveryId);
  if (same) return { kind: 'same', eventId: same.eventId };
  const first = stored[0];
  // The same signed `t` and body is the same event whenever it comes: `t` says when Lava sent it.
  if (delivery.scheme === 'timestamped' && first)
    return { kind: 'duplicate', of: first.eventId, ofAt: first.receivedAt, hold: false };
  // A stored occurrence wins over a logged one at the same time: it names the event exactly.
  const known = [...stored, ...loggedOccurrences(log, contentId)].filter(
    (o, i, all) => all.findIndex((p) => p.receivedAt === o.receivedAt) === i,
  );
  const near = unseparated(known, log, contentTag(contentId), delivery.receivedAt, windowMs);
  if (!near) return { kind: 'repeat' };
  // In the same millisecond nothing can arrive between them: such a duplicate is one for good.
  return {
    kind: 'duplicate',
    of: near.eventId,
    ofAt: near.receivedAt,
    hold: near.receivedAt !== delivery.receivedAt,
  };
}

const byTime = <T extends { at: number }>(a: T, b: T) => a.at - b.at;

/** The log with an event's arrival in it (once), pruned to its bounds. */
export function withArrival(log: ArrivalLog, arrival: Arrival): ArrivalLog {
  const others = log.arrivals.filter((x) => !(x.at === arrival.at && x.content === arrival.content));
  const arrivals = [...others, arrival].sort(byTime).slice(-MAX_ARRIVALS);
  const newest = arrivals.at(-1)?.at ?? arrival.at;
  return { arrivals, held: pruneHeld(log.held, newest) };
}

function pruneHeld(held: readonly HeldDuplicate[], newest: number): HeldDuplicate[] {
  return held
    .filter((h) => h.at >= newest - HELD_FOR_MS)
    .sort(byTime)
    .slice(-MAX_HELD);
}

/** The log holding a plain-scheme duplicate (once). */
export function withHeld(log: ArrivalLog, held: HeldDuplicate): ArrivalLog {
  if (log.held.some((h) => h.deliveryId === held.deliveryId)) return log;
  const newest = Math.max(held.at, ...log.arrivals.map((x) => x.at));
  return { arrivals: log.arrivals, held: pruneHeld([...log.held, held], newest) };
}

/** The log without a held duplicate (promoted to an event). */
export const withoutHeld = (log: ArrivalLog, deliveryId: string): ArrivalLog => ({
  arrivals: log.arrivals,
  held: log.held.filter((h) => h.deliveryId !== deliveryId),
});

/**
 * The held duplicates an event now known separates from every occurrence they could repeat: each
 * was an event all along. Measured as a new delivery would be (classifyDelivery).
 */
export function heldToPromote(log: ArrivalLog, windowMs: number): HeldDuplicate[] {
  return log.held.filter((h) => {
    const logged = log.arrivals.filter((x) => x.content === h.content && x.at !== h.at);
    const occurrences = [h.ofAt, ...logged.map((x) => x.at)].map((at) => ({ eventId: '', receivedAt: at }));
    return !unseparated(occurrences, log, h.content, h.at, windowMs);
  });
}
