// The archive records. An event's first delivery is archived on its event item (`EVENT#<eventId>`),
// which is also what makes the event happen once; a delivery that made no event (a duplicate, an
// ignored or a rejected one) is archived on its own item (`DELIVERY#<deliveryId>`), so that it never
// blocks a later delivery of the same content.
import { decodeUtf8 } from '../shared/envelope';
import type { DomainEvent } from './decide';
import type { Scheme } from './identity';

export type Outcome = 'applied' | 'stale' | 'duplicate' | 'ignored' | 'rejected';

/**
 * What a processed record comes to, the `Outcome` dimension of the consumer's `Processed` metric:
 * an archived outcome, or `redelivered` (this delivery was handled before; nothing written).
 */
export const PROCESSED_OUTCOMES = [
  'applied',
  'stale',
  'duplicate',
  'redelivered',
  'ignored',
  'rejected',
] as const;
export type ProcessedOutcome = (typeof PROCESSED_OUTCOMES)[number];
export type Source = 'webhook' | 'replay' | 'reconcile';

/** A later event with the same content as the one this item archives: when, and which delivery. */
export interface Repeat {
  at: number;
  id: string;
}

/** A later decision on an event by `replay --force`: the first outcome stays, this one is added. */
export interface Redecision {
  at: number;
  outcome: 'applied' | 'stale';
}

/**
 * What the archive's listing holds of an archive record (archive-listing.ts): enough to list, count
 * or filter it, and its table key to read it whole.
 */
export interface ListingEntry {
  key: string;
  eventType: string;
  connectionId: string | undefined;
  outcome: Outcome;
  /** Epoch ms. */
  receivedAt: number;
  /** Epoch ms. */
  eventAt: number;
  sha256: string;
}

export interface EventRecord {
  /** Set on event items (applied, stale): the event's id, also its domain events' `sourceEventId`. */
  eventId?: string | undefined;
  /** Hash of the signed content; event items only. */
  contentId?: string | undefined;
  scheme?: Scheme | undefined;
  /** The accepted request this record is about. */
  deliveryId: string;
  /** SHA-256 of the raw body. */
  sha256: string;
  eventType: string;
  connectionId?: string | undefined;
  /** Epoch ms when API Gateway received the request. */
  receivedAt: number;
  /** Epoch ms of the event: signed `t`, else receivedAt. */
  eventAt: number;
  outcome: Outcome;
  reason?: string | undefined;
  /** For a duplicate: the id of the event it repeats. */
  duplicateOf?: string | undefined;
  /**
   * For a duplicate that an event processed later showed to be an event of its own (A, B, A): that
   * event's id. The archive keeps the first verdict beside it.
   */
  promotedTo?: string | undefined;
  /** The raw body, for replay and audit ('' on a duplicate: its event item has it). */
  body: string;
  /** `base64` when the body is not UTF-8 text: `body` then holds its bytes in base64. */
  bodyEncoding?: 'base64' | undefined;
  plainSignature?: string | undefined;
  timestampedSignature?: string | undefined;
  source: Source;
  domainEvents: DomainEvent[];
  /** False until the domain events are on the bus; a redelivery publishes them then. */
  published: boolean;
  /**
   * On the first event of some content, in items written before the arrival log (identity.ts): the
   * later events with the same content. Read, no longer written.
   */
  repeats?: Repeat[] | undefined;
  /** Decisions made again by `replay --force`, oldest first. */
  redecided?: Redecision[] | undefined;
  /**
   * Known fields of the body whose values could not be read (path → why): the connection kept what
   * it had for them. Bounded: one entry per field the reader knows.
   */
  unreadFields?: Record<string, string> | undefined;
}

/** A body as the archive keeps it: its text, or base64 when the bytes are not UTF-8. */
export function archivedBody(raw: Buffer): Pick<EventRecord, 'body' | 'bodyEncoding'> {
  const text = decodeUtf8(raw);
  return text === undefined ? { body: raw.toString('base64'), bodyEncoding: 'base64' } : { body: text };
}

/** The archived body's exact bytes. */
export function bodyBytes(record: Pick<EventRecord, 'body' | 'bodyEncoding'>): Buffer {
  return Buffer.from(record.body, record.bodyEncoding === 'base64' ? 'base64' : 'utf8');
}
