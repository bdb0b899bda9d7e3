// Lava's event names, old (`connection.*`) and new (`customer.*`), mapped to one vocabulary. Pure.

export const EVENT_TYPES = [
  'connection.created',
  'connection.wallet.balance.updated',
  'connection.deleted',
  'checkout.completed',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const ALIASES: Record<string, EventType> = {
  'connection.created': 'connection.created',
  'customer.created': 'connection.created',
  'connection.wallet.balance.updated': 'connection.wallet.balance.updated',
  'customer.wallet.balance.updated': 'connection.wallet.balance.updated',
  'connection.deleted': 'connection.deleted',
  'customer.deleted': 'connection.deleted',
  'checkout.completed': 'checkout.completed',
};

export function canonicalEventType(name: string): EventType | undefined {
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

/** A bounded label for metrics: known names as sent, anything else as `unknown`. */
export function eventTypeLabel(name: string): string {
  return canonicalEventType(name) ? name : 'unknown';
}

/** The connection (customer) id: `data.connection_id` in older payloads, `data.customer_id` in newer. */
export function connectionIdOf(data: Record<string, unknown>): string | undefined {
  for (const key of ['connection_id', 'customer_id']) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}
