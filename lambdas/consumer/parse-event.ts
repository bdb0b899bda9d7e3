// Turns a verified envelope into the facts the apply decision needs. Pure. Lava's `data` is parsed
// leniently: unknown fields are ignored, a known field of the wrong type is refused.
import { z } from 'zod';
import type { Envelope } from '../shared/envelope';
import { canonicalEventType, connectionIdOf, type EventType } from '../shared/event-types';

const person = z
  .object({
    email: z.string().nullish(),
    phone: z.string().nullish(),
    first_name: z.string().nullish(),
    last_name: z.string().nullish(),
  })
  .nullish();

const connectionData = z.object({
  has_lava_credit_balance: z.boolean().optional(),
  reference_id: z.string().nullish(),
  customer: person,
  contact: person,
  wallet: z
    .object({ balance: z.union([z.string(), z.number()]).nullish(), autopay_enabled: z.boolean().nullish() })
    .nullish(),
  subscription: z.record(z.string(), z.unknown()).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  created_at: z.iso.datetime({ offset: true }).optional(),
});

const checkoutData = z.object({
  checkout_session_id: z.string().nullish(),
  plan_id: z.string().nullish(),
  subscription_id: z.string().nullish(),
  funded_amount: z.union([z.string(), z.number()]).nullish(),
  currency: z.string().nullish(),
});

/** Field name → value; `null` clears a field. Only fields the event carries are present. */
export type FieldValues = Record<string, unknown>;

export interface ParsedEvent {
  type: EventType;
  /** The `event` string as Lava sent it (`customer.created`…). */
  sentType: string;
  connectionId: string;
  /** SHA-256 of the raw body: the event's identity. */
  sha256: string;
  /** Event time, epoch ms: the signed `t` when present, else when API Gateway received it. */
  time: number;
  /** Total order of events: time, then a rank by type, then the body hash (ties in one second). */
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

/**
 * Fixed width, so that string order is event order: milliseconds in base 36 (9 characters until
 * the year 5188), the rank, and 16 hex digits of the body hash. Short on purpose: a connection item
 * stores one per field, and every byte over 1 KiB costs a write unit.
 */
export function orderKey(time: number, type: EventType, sha256: string): string {
  return `${time.toString(36).padStart(9, '0')}${RANK[type]}${sha256.slice(0, 16)}`;
}

function personFields(p: z.infer<typeof person>, into: FieldValues) {
  if (!p) return;
  if (p.email !== undefined) into.email = p.email;
  if (p.phone !== undefined) into.phone = p.phone;
  if (p.first_name !== undefined) into.firstName = p.first_name;
  if (p.last_name !== undefined) into.lastName = p.last_name;
}

export function parseEvent(envelope: Envelope, time: number, sha256: string): ParseResult {
  const type = canonicalEventType(envelope.event);
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
    type,
    sentType: envelope.event,
    connectionId,
    sha256,
    time,
    orderKey: orderKey(time, type, sha256),
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
  return { kind: 'event', event };
}
