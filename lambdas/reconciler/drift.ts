// What differs between Lava's customer and our connection, and the synthetic event that repairs it.
// Pure. A repair is an ordinary event to the apply path: a body in Lava's webhook shape, its time the
// moment Lava was read, so the order rules decide it exactly as they decide a webhook.
import { createHash } from 'node:crypto';
import type { RestCustomer } from '@lavapayments/nodejs';
import type { ConnectionState } from '../core/decide';
import { contentIdOf } from '../core/identity';
import { JSON_TEXT_FIELDS, type ParsedEvent, parseEvent } from '../core/parse-event';
import type { DeliveryFacts } from '../core/prepare-record';
import type { EventKind } from '../shared/event-types';
import type { DriftKind } from './metric-names';

export interface FieldDifference {
  field: string;
  table: unknown;
  lava: unknown;
}

export interface Drift {
  kind: DriftKind;
  connectionId: string;
  /** `missing`: whether the table holds a tombstone (else no item at all). */
  tombstone?: boolean;
  /** `changed`: each field that differs. */
  differences?: FieldDifference[];
}

/** The customer fields Lava's API and our connections both hold (no wallet: the API has none). */
const PERSON: Record<string, string> = {
  email: 'email',
  phone: 'phone',
  firstName: 'first_name',
  lastName: 'last_name',
};
export const RECONCILED_FIELDS = [...Object.keys(PERSON), 'referenceId', 'subscription', 'metadata'];

/** The synthetic events' names: what `lastEventType` and the domain events' `eventType` then say. */
export const SYNTHETIC: Record<DriftKind, { sentType: string; kind: EventKind }> = {
  missing: { sentType: 'reconcile.customer.created', kind: 'created' },
  // Fields only, no status claim: ranked like a balance update within its millisecond.
  changed: { sentType: 'reconcile.customer.updated', kind: 'snapshot' },
  gone: { sentType: 'reconcile.customer.deleted', kind: 'deleted' },
};

/** A customer as the `data` of a webhook about it. */
export function customerData(c: RestCustomer): Record<string, unknown> {
  const created = Date.parse(c.created_at);
  return {
    customer_id: c.customer_id,
    reference_id: c.reference_id ?? null,
    contact: c.contact ?? null,
    subscription: c.subscription ?? null,
    metadata: c.metadata ?? null,
    ...(Number.isNaN(created) ? {} : { created_at: new Date(created).toISOString() }),
  };
}

/** Values compared by meaning (key order and spacing aside); absent, '' and {} equal null. */
function canonical(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return 'null';
  let parsed = value;
  if (JSON_TEXT_FIELDS.has(field) && typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return JSON.stringify(value);
    }
  }
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : typeof v === 'object' && v !== null
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  // An empty object says no more than null (webhooks and the API may differ in which they send).
  const text = JSON.stringify(sorted(parsed));
  return text === '{}' ? 'null' : text;
}

/** A customer the apply path does not accept (no usable id; today also a field of the wrong type). */
export class UnreadableCustomerError extends Error {
  override name = 'UnreadableCustomerError';
  constructor(
    kind: DriftKind,
    /** What the apply path said. */
    readonly reason: string,
  ) {
    super(`synthetic ${kind} event not accepted: ${reason}`);
  }
}

export interface SyntheticEvent {
  event: ParsedEvent;
  delivery: DeliveryFacts;
}

/**
 * The event that carries `data` into the apply path, as if Lava had sent it at `readAt` (epoch ms).
 * Its identity is the hash of `readAt.body`: like a timestamped webhook, the same repair made again
 * is the same event.
 */
export function syntheticEvent(
  kind: DriftKind,
  data: Record<string, unknown>,
  readAt: number,
  deliveryId: string,
): SyntheticEvent {
  const { sentType, kind: eventKind } = SYNTHETIC[kind];
  const body = JSON.stringify({ event: sentType, data });
  const raw = Buffer.from(body, 'utf8');
  const contentId = contentIdOf(raw, 'timestamped', String(readAt));
  const identity = { eventId: contentId, contentId, time: readAt, arrival: readAt };
  const parsed = parseEvent({ event: sentType, data }, body, identity, eventKind);
  if (parsed.kind !== 'event') throw new UnreadableCustomerError(kind, parsed.reason);
  return {
    event: parsed.event,
    delivery: {
      deliveryId,
      sha256: createHash('sha256').update(raw).digest('hex'),
      body,
      receivedAt: readAt,
      eventAt: readAt,
      eventType: sentType,
      connectionId: parsed.event.connectionId,
      source: 'reconcile',
    },
  };
}

/** The reconciled fields each label of an unread field stands for (`contact`: the whole contact). */
const UNREAD_LABEL_FIELDS: Record<string, readonly string[]> = {
  contact: Object.keys(PERSON),
  reference_id: ['referenceId'],
  subscription: ['subscription'],
  metadata: ['metadata'],
  ...Object.fromEntries(
    Object.entries(PERSON).flatMap(([field, key]) => [
      [`contact.${key}`, [field]],
      [`customer.${key}`, [field]],
    ]),
  ),
};

/**
 * The fields a customer sets, exactly as a webhook carrying it would set them, and the reconciled
 * fields the reader could not read: those are left as stored, so they are never drift.
 */
export function fieldsOf(customer: RestCustomer): { fields: Record<string, unknown>; unread: Set<string> } {
  const event = syntheticEvent('missing', customerData(customer), 0, '').event;
  const unread = new Set(event.unread.flatMap((u) => UNREAD_LABEL_FIELDS[u.label] ?? []));
  return { fields: event.fields, unread };
}

/** How our connection differs from Lava's customer; undefined when it does not. */
export function compare(customer: RestCustomer, stored: ConnectionState | undefined): Drift | undefined {
  const connectionId = customer.customer_id;
  if (stored?.values.status !== 'active') {
    return { kind: 'missing', connectionId, tombstone: stored !== undefined };
  }
  const { fields: lava, unread } = fieldsOf(customer);
  const differences = RECONCILED_FIELDS.filter(
    (f) => !unread.has(f) && canonical(f, stored.values[f]) !== canonical(f, lava[f]),
  ).map((field) => ({ field, table: stored.values[field] ?? null, lava: lava[field] ?? null }));
  return differences.length ? { kind: 'changed', connectionId, differences } : undefined;
}

/** The webhook `data` that sets only the differing fields. */
export function changedData(customer: RestCustomer, differences: FieldDifference[]): Record<string, unknown> {
  const all = customerData(customer);
  const data: Record<string, unknown> = { customer_id: customer.customer_id };
  const contact: Record<string, unknown> = {};
  for (const { field } of differences) {
    if (field in PERSON)
      contact[PERSON[field] as string] = customer.contact?.[PERSON[field] as 'email'] ?? null;
    else if (field === 'referenceId') data.reference_id = all.reference_id;
    else data[field] = all[field];
  }
  if (Object.keys(contact).length) data.contact = contact;
  return data;
}
