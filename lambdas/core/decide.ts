// The apply decision. Pure: given the stored connection and one event, the next state, the outcome
// and the domain events. Every field is last-writer-wins on the event order key, so any delivery
// order of the same events converges to the state of the in-order history.
import type { ArrivalLog } from './identity';
import { isOmitted, type ParsedEvent } from './parse-event';

export interface ConnectionState {
  connectionId: string;
  /** status, deletedAt, hasLavaCreditBalance, walletBalance, email… (`null` = cleared). */
  values: Record<string, unknown>;
  /** For each value, the order key of the event that set it ('' for a default). */
  keys: Record<string, string>;
  createdAt: string;
  /** `lava` when createdAt came from `data.created_at`, `event` when it is the first event's time. */
  createdAtSource: 'lava' | 'event';
  lastEventAt: string;
  lastEventType: string;
  lastEventKey: string;
  /** Recent arrivals and held duplicates, for event identity (identity.ts); the decision keeps it as is. */
  log?: ArrivalLog | undefined;
}

export const DOMAIN_EVENT_TYPES = [
  'ConnectionCreated',
  'ConnectionUpdated',
  'ConnectionDeleted',
  'BalanceDepleted',
  'BalanceRestored',
  'SubscriptionChanged',
  'CheckoutCompleted',
] as const;
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

export interface DomainEvent {
  type: DomainEventType;
  detail: Record<string, unknown>;
}

export interface Decision {
  outcome: 'applied' | 'stale';
  next: ConnectionState;
  domainEvents: DomainEvent[];
}

const iso = (ms: number) => new Date(ms).toISOString();

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The claims an event makes on the connection's fields. */
function claims(event: ParsedEvent): Record<string, unknown> {
  const out: Record<string, unknown> = { ...event.fields };
  if (event.kind === 'created') {
    out.status = 'active';
    out.deletedAt = null;
  } else if (event.kind === 'deleted') {
    out.status = 'deleted';
    out.deletedAt = iso(event.time);
  }
  return out;
}

type Creation = Pick<ConnectionState, 'createdAt' | 'createdAtSource'>;
const sourceRank = (c: Creation) => (c.createdAtSource === 'lava' ? 0 : 1);
const earlierCreation = (a: Creation, b: Creation) =>
  sourceRank(a) < sourceRank(b) || (sourceRank(a) === sourceRank(b) && a.createdAt < b.createdAt);

export function applyEvent(current: ConnectionState | undefined, event: ParsedEvent): Decision {
  const values = { ...current?.values };
  const keys = { ...current?.keys };
  let changed = current === undefined;
  if (values.status === undefined) {
    // A balance or checkout event for an unseen connection creates it; any created/deleted wins.
    values.status = 'active';
    keys.status = '';
  }
  for (const [field, value] of Object.entries(claims(event))) {
    const key = keys[field];
    if (key !== undefined && event.orderKey <= key) continue;
    if (!sameValue(values[field], value) || key !== event.orderKey) changed = true;
    values[field] = value;
    keys[field] = event.orderKey;
  }

  // createdAt: Lava's own timestamp beats an event time; otherwise the earliest wins.
  const candidate = event.lavaCreatedAt
    ? { createdAt: event.lavaCreatedAt, createdAtSource: 'lava' as const }
    : { createdAt: iso(event.time), createdAtSource: 'event' as const };
  let created = current
    ? { createdAt: current.createdAt, createdAtSource: current.createdAtSource }
    : candidate;
  if (current && earlierCreation(candidate, created)) {
    created = candidate;
    changed = true;
  }

  const newest = !current || event.orderKey > current.lastEventKey;
  const next: ConnectionState = {
    connectionId: event.connectionId,
    values,
    keys,
    ...created,
    lastEventAt: newest ? iso(event.time) : (current?.lastEventAt ?? iso(event.time)),
    lastEventType: newest ? event.sentType : (current?.lastEventType ?? event.sentType),
    lastEventKey: newest ? event.orderKey : (current?.lastEventKey ?? event.orderKey),
    ...(current?.log ? { log: current.log } : {}),
  };
  const outcome = changed || newest ? 'applied' : 'stale';
  return { outcome, next, domainEvents: domainEvents(current, next, event) };
}

/** The event a domain event comes from, as every detail begins: also how an event item rebuilds them. */
export interface DomainEventSource {
  connectionId?: string | undefined;
  eventType: string;
  /** Epoch milliseconds. */
  eventAt: number;
  eventId?: string | undefined;
}

/**
 * What every domain event's detail begins with, in this order. sourceEventId (the event id) lets a
 * subscriber drop the repeats that at-least-once allows. Unknown facts are left out.
 */
export function domainEventBase(source: DomainEventSource): Record<string, unknown> {
  const base: Record<string, unknown> = {};
  if (source.connectionId !== undefined) base.connectionId = source.connectionId;
  base.eventType = source.eventType;
  if (Number.isFinite(source.eventAt)) base.eventAt = iso(source.eventAt);
  if (source.eventId !== undefined) base.sourceEventId = source.eventId;
  return base;
}

/**
 * A string in a domain event's detail longer than this is replaced by `{ omittedBytes }`: details
 * ride on the event's archive item (next to a body of up to 256 KiB) and on EventBridge (256 KB a
 * call); the connection item and the archived body keep the whole value.
 */
export const MAX_DETAIL_VALUE_BYTES = 1024;

function boundDetailValue(value: unknown): unknown {
  if (typeof value === 'string') {
    const bytes = Buffer.byteLength(value);
    return bytes > MAX_DETAIL_VALUE_BYTES ? { omittedBytes: bytes } : value;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isOmitted(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, boundDetailValue(v)]));
  return value;
}

const boundedDetail = (detail: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, boundDetailValue(v)]));

/** The fields whose change is announced as ConnectionUpdated (the wallet has events of its own). */
export const PROFILE_FIELDS = ['email', 'phone', 'firstName', 'lastName', 'referenceId', 'metadata'] as const;

/** What SubscriptionChanged compares and announces of Lava's free-form subscription. */
interface SubscriptionSummary {
  subscriptionId: unknown;
  planId: unknown;
  name: unknown;
  status: unknown;
}

/** A stored subscription (the JSON text Lava sent) summarised; undefined when it cannot be read. */
function subscriptionSummary(stored: unknown): SubscriptionSummary | null | undefined {
  if (stored === undefined || stored === null) return null;
  if (typeof stored !== 'string') return undefined; // omitted: too large to keep
  try {
    const s = JSON.parse(stored) as Record<string, unknown>;
    return {
      subscriptionId: s.subscription_id ?? null,
      planId: s.plan_id ?? null,
      name: s.name ?? null,
      status: s.status ?? null,
    };
  } catch {
    return undefined;
  }
}

function subscriptionChange(
  before: ConnectionState,
  after: ConnectionState,
): DomainEvent['detail'] | undefined {
  const previous = subscriptionSummary(before.values.subscription);
  const current = subscriptionSummary(after.values.subscription);
  if (previous === undefined || current === undefined) return undefined;
  const same = previous?.status === current?.status && previous?.planId === current?.planId;
  return same ? undefined : { previous, current };
}

function domainEvents(
  before: ConnectionState | undefined,
  after: ConnectionState,
  event: ParsedEvent,
): DomainEvent[] {
  const base = domainEventBase({
    connectionId: after.connectionId,
    eventType: event.sentType,
    eventAt: event.time,
    eventId: event.eventId,
  });
  const out: DomainEvent[] = [];
  const announce = (type: DomainEventType, detail: Record<string, unknown>) =>
    out.push({ type, detail: { ...base, ...boundedDetail(detail) } });
  const wasActive = before?.values.status === 'active';
  const isActive = after.values.status === 'active';
  if (!wasActive && isActive) {
    announce('ConnectionCreated', {
      referenceId: after.values.referenceId ?? null,
      email: after.values.email ?? null,
      hasLavaCreditBalance: after.values.hasLavaCreditBalance ?? null,
    });
  }
  if (wasActive && isActive) {
    const changedFields = PROFILE_FIELDS.filter((f) => !sameValue(before?.values[f], after.values[f]));
    if (changedFields.length) {
      const profile = Object.fromEntries(
        PROFILE_FIELDS.filter((f) => f !== 'metadata').map((f) => [f, after.values[f] ?? null]),
      );
      announce('ConnectionUpdated', { changedFields, ...profile });
    }
  }
  if (before?.values.status !== 'deleted' && after.values.status === 'deleted') {
    announce('ConnectionDeleted', { deletedAt: after.values.deletedAt });
  }
  const credit = [before?.values.hasLavaCreditBalance, after.values.hasLavaCreditBalance];
  if (credit[0] === true && credit[1] === false) {
    announce('BalanceDepleted', { walletBalance: after.values.walletBalance ?? null });
  } else if (credit[0] === false && credit[1] === true) {
    announce('BalanceRestored', { walletBalance: after.values.walletBalance ?? null });
  }
  const subscription = before && subscriptionChange(before, after);
  if (subscription) announce('SubscriptionChanged', subscription);
  if (event.kind === 'checkout') {
    // A completed checkout is a fact whatever the delivery order, so it is announced even when stale.
    announce('CheckoutCompleted', { ...event.checkout });
  }
  return out;
}
