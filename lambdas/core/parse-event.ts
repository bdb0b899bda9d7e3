// Turns a verified envelope into the facts the apply decision needs. Pure. Only an event name and a
// connection id are required; every other field is read on its own by the tolerant reader
// (read-customer.ts), and what could not be read is recorded with the event, never a rejection.
import type { Envelope } from '../shared/envelope';
import { connectionIdOf, type EventKind, eventKindOf, MAX_CONNECTION_ID_BYTES } from '../shared/event-types';
import { objectMemberTexts } from './raw-json';
import { type FieldValues, newFieldsOf, readCustomer, type UnreadField } from './read-customer';

export type { FieldValues } from './read-customer';

/**
 * The free-form fields, kept on the connection as the JSON text Lava sent (not re-serialised: that
 * would round numbers beyond 2^53 and can lose keys such as `__proto__`).
 */
export const JSON_TEXT_FIELDS: ReadonlySet<string> = new Set(['subscription', 'metadata', 'lastCheckout']);

/**
 * A value larger than this is not copied onto the connection item, so that the item stays within
 * DynamoDB's 400 KB whatever Lava sends; the archived body keeps it whole. Ten such fields fit.
 */
export const MAX_FIELD_BYTES = 16 * 1024;

/** What a connection holds in place of a value over MAX_FIELD_BYTES. */
export interface OmittedValue {
  omittedBytes: number;
}

export const isOmitted = (value: unknown): value is OmittedValue =>
  typeof value === 'object' && value !== null && typeof (value as OmittedValue).omittedBytes === 'number';

export interface EventIdentity {
  /** The event's id: the signed content's hash, with the arrival time appended for a repeat. */
  eventId: string;
  /** Hash of the signed content (see identity.ts). */
  contentId: string;
  /** Event time, epoch ms: the signed `t` when present, else when API Gateway received it. */
  time: number;
  /** When API Gateway received the delivery, epoch ms. */
  arrival: number;
}

export interface ParsedEvent extends EventIdentity {
  /** What the event does (event-types.ts): created, snapshot, deleted or checkout. */
  kind: EventKind;
  /** The `event` string as Lava sent it (`customer.created`…). */
  sentType: string;
  connectionId: string;
  /** Total order of events: time, type rank, arrival, content hash (see orderKey). */
  orderKey: string;
  fields: FieldValues;
  /** The connection's creation time as Lava states it (`data.created_at`), if given. */
  lavaCreatedAt?: string;
  checkout?: Record<string, unknown>;
  /** Known fields whose values could not be read (the connection keeps what it had for them). */
  unread: UnreadField[];
  /** Field names this receiver does not read (bounded; see newFieldsOf): counted, not stored. */
  newFields: string[];
}

export type ParseResult =
  | { kind: 'event'; event: ParsedEvent }
  | { kind: 'ignored'; reason: string }
  | { kind: 'rejected'; reason: string };

// Within one second: created before updates before deletion, the natural lifecycle.
const RANK: Record<EventKind, number> = { created: 0, snapshot: 1, checkout: 1, deleted: 2 };

const ms36 = (ms: number) => ms.toString(36).padStart(9, '0');

/**
 * Fixed width, so that string order is event order: the event time in milliseconds in base 36 (9
 * characters until the year 5188), the type rank, the arrival time, and 16 hex digits of the content
 * hash. Within one signed second the rank decides, then arrival (balance updates follow each usage
 * charge, so same-second pairs are common), then the hash. Short on purpose: a connection item stores
 * one per field that differs from the last event's, and every byte over 1 KiB costs a write unit.
 */
export function orderKey(identity: Omit<EventIdentity, 'eventId'>, kind: EventKind): string {
  return `${ms36(identity.time)}${RANK[kind]}${ms36(identity.arrival)}${identity.contentId.slice(0, 16)}`;
}

/** The same event under another id (a repeat of stored content): only the domain events' id changes. */
export function withEventId(event: ParsedEvent, eventId: string): ParsedEvent {
  return { ...event, eventId };
}

function bounded(value: unknown, text = typeof value === 'string' ? value : JSON.stringify(value)): unknown {
  if (value === null || value === undefined) return value;
  const bytes = Buffer.byteLength(text);
  return bytes > MAX_FIELD_BYTES ? ({ omittedBytes: bytes } satisfies OmittedValue) : value;
}

/** Every field within MAX_FIELD_BYTES; the free-form ones as the text they were sent as. */
function boundFields(fields: FieldValues, dataText: Map<string, string>): FieldValues {
  const out: FieldValues = {};
  for (const [name, value] of Object.entries(fields)) {
    const text =
      JSON_TEXT_FIELDS.has(name) && value !== null
        ? (dataText.get(name) ?? JSON.stringify(value))
        : undefined;
    out[name] = text === undefined ? bounded(value) : bounded(text, text);
  }
  return out;
}

/**
 * `bodyText` is the raw body the envelope was parsed from (for the free-form fields' source text);
 * `identity` says which event this is and when it happened. `kind` is what the event name means; the
 * reconciler passes it for the synthetic events it names itself.
 */
export function parseEvent(
  envelope: Envelope,
  bodyText: string,
  identity: EventIdentity,
  kind: EventKind | undefined = eventKindOf(envelope.event),
): ParseResult {
  if (!kind) return { kind: 'ignored', reason: 'unknown event type' };
  const connectionId = connectionIdOf(envelope.data);
  if (!connectionId)
    return {
      kind: 'rejected',
      reason: 'no customer id (data.customer_id, data.connection_id or data.customer)',
    };
  if (Buffer.byteLength(connectionId) > MAX_CONNECTION_ID_BYTES)
    return { kind: 'rejected', reason: `customer id longer than ${MAX_CONNECTION_ID_BYTES} bytes` };
  const dataText = objectMemberTexts(bodyText).get('data');
  const reading = readCustomer(envelope.data, dataText, { checkout: kind === 'checkout' });
  const fields = reading.fields;
  const event: ParsedEvent = {
    ...identity,
    kind,
    sentType: envelope.event,
    connectionId,
    orderKey: orderKey(identity, kind),
    fields,
    unread: reading.unread,
    newFields: newFieldsOf(envelope.data),
  };
  if (reading.lavaCreatedAt) event.lavaCreatedAt = reading.lavaCreatedAt;
  if (reading.checkout) {
    event.checkout = reading.checkout;
    fields.lastCheckout = reading.checkout;
  }
  event.fields = boundFields(fields, reading.texts);
  return { kind: 'event', event };
}
