// Turns a verified envelope into the facts the apply decision needs. Pure. Lava's `data` is parsed
// leniently: unknown fields are ignored, a known field of the wrong type is refused.
// zod/mini, the tree-shakable build of zod 4: only the checks used here reach the bundle (the full
// `zod` import was most of the consumer's code, parsed at every cold start). Its messages need the
// English locale, loaded once below.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import type { Envelope } from '../shared/envelope';
import { canonicalEventType, connectionIdOf, type EventType } from '../shared/event-types';
import { nestedMemberTexts } from '../shared/raw-json';

z.config(en());

const text = z.nullish(z.string());
const amount = z.nullish(z.union([z.string(), z.number()]));

const person = z.nullish(
  z.object({
    email: text,
    phone: text,
    first_name: text,
    last_name: text,
  }),
);

const connectionData = z.object({
  has_lava_credit_balance: z.optional(z.boolean()),
  reference_id: text,
  customer: person,
  contact: person,
  wallet: z.nullish(z.object({ balance: amount, autopay_enabled: z.nullish(z.boolean()) })),
  // Free-form: only their shape is checked here; their source text is what gets stored.
  subscription: z.nullish(z.looseObject({})),
  metadata: z.nullish(z.looseObject({})),
  created_at: z.optional(z.iso.datetime({ offset: true })),
});

const checkoutData = z.object({
  checkout_session_id: text,
  plan_id: text,
  subscription_id: text,
  funded_amount: amount,
  currency: text,
});

/** Field name → value; `null` clears a field. Only fields the event carries are present. */
export type FieldValues = Record<string, unknown>;

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
  type: EventType;
  /** The `event` string as Lava sent it (`customer.created`…). */
  sentType: string;
  connectionId: string;
  /** Total order of events: time, type rank, arrival, content hash (see orderKey). */
  orderKey: string;
  fields: FieldValues;
  /** The connection's creation time as Lava states it (`data.created_at`), if given. */
  lavaCreatedAt?: string;
  checkout?: Record<string, unknown>;
}

export type ParseResult =
  | { kind: 'event'; event: ParsedEvent }
  | { kind: 'ignored'; reason: string }
  | { kind: 'rejected'; reason: string };

// Within one second: created before balance updates before deletion, the natural lifecycle.
const RANK: Record<EventType, number> = {
  'connection.created': 0,
  'connection.wallet.balance.updated': 1,
  'checkout.completed': 1,
  'connection.deleted': 2,
};

const ms36 = (ms: number) => ms.toString(36).padStart(9, '0');

/**
 * Fixed width, so that string order is event order: the event time in milliseconds in base 36 (9
 * characters until the year 5188), the type rank, the arrival time, and 16 hex digits of the content
 * hash. Within one signed second the rank decides, then arrival (balance updates follow each usage
 * charge, so same-second pairs are common), then the hash. Short on purpose: a connection item stores
 * one per field that differs from the last event's, and every byte over 1 KiB costs a write unit.
 */
export function orderKey(identity: Omit<EventIdentity, 'eventId'>, type: EventType): string {
  return `${ms36(identity.time)}${RANK[type]}${ms36(identity.arrival)}${identity.contentId.slice(0, 16)}`;
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

function personFields(p: z.infer<typeof person>, into: FieldValues) {
  if (!p) return;
  if (p.email !== undefined) into.email = p.email;
  if (p.phone !== undefined) into.phone = p.phone;
  if (p.first_name !== undefined) into.firstName = p.first_name;
  if (p.last_name !== undefined) into.lastName = p.last_name;
}

/**
 * `bodyText` is the raw body the envelope was parsed from (for the free-form fields' source text);
 * `identity` says which event this is and when it happened. `type` is the envelope's event name in
 * our vocabulary; the reconciler passes it for the synthetic events it names itself.
 */
export function parseEvent(
  envelope: Envelope,
  bodyText: string,
  identity: EventIdentity,
  type: EventType | undefined = canonicalEventType(envelope.event),
): ParseResult {
  if (!type) return { kind: 'ignored', reason: `unknown event type` };
  const connectionId = connectionIdOf(envelope.data);
  if (!connectionId) return { kind: 'rejected', reason: 'no data.connection_id or data.customer_id' };
  // DynamoDB keys hold at most 2048 bytes; Lava's ids are ~30 characters.
  if (Buffer.byteLength(connectionId) > 512)
    return { kind: 'rejected', reason: 'connection id longer than 512 bytes' };
  const parsed = connectionData.safeParse(envelope.data);
  if (!parsed.success) return { kind: 'rejected', reason: `invalid data: ${z.prettifyError(parsed.error)}` };
  const d = parsed.data;

  const fields: FieldValues = {};
  if (d.has_lava_credit_balance !== undefined) fields.hasLavaCreditBalance = d.has_lava_credit_balance;
  if (d.reference_id !== undefined) fields.referenceId = d.reference_id;
  personFields(d.contact, fields);
  personFields(d.customer, fields); // `customer` is the newer name; it wins over `contact`
  if (d.wallet) {
    if (d.wallet.balance !== undefined)
      fields.walletBalance = d.wallet.balance === null ? null : String(d.wallet.balance);
    if (d.wallet.autopay_enabled !== undefined) fields.autopayEnabled = d.wallet.autopay_enabled;
  }
  if (d.subscription !== undefined) fields.subscription = d.subscription;
  if (d.metadata !== undefined) fields.metadata = d.metadata;

  const event: ParsedEvent = {
    ...identity,
    type,
    sentType: envelope.event,
    connectionId,
    orderKey: orderKey(identity, type),
    fields,
  };
  if (d.created_at) event.lavaCreatedAt = new Date(d.created_at).toISOString();
  if (type === 'checkout.completed') {
    const checkout = checkoutData.safeParse(envelope.data);
    if (!checkout.success)
      return { kind: 'rejected', reason: `invalid data: ${z.prettifyError(checkout.error)}` };
    event.checkout = Object.fromEntries(Object.entries(checkout.data).filter(([, v]) => v !== undefined));
    fields.lastCheckout = event.checkout;
  }
  event.fields = boundFields(fields, nestedMemberTexts(bodyText, 'data'));
  return { kind: 'event', event };
}
