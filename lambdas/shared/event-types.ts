// Lava's event names, old (`connection.*`) and new (`customer.*`), and what each kind of event does to
// a connection. Pure. Lava's docs list three customer events and speak of customers being "created,
// updated, or deleted": any other name of the family is a snapshot update, read like the others.

/** The names Lava documents (and one old guide's `checkout.completed`): metric labels and samples. */
export const DOCUMENTED_EVENTS = [
  'connection.created',
  'connection.wallet.balance.updated',
  'connection.deleted',
  'customer.created',
  'customer.wallet.balance.updated',
  'customer.deleted',
  'checkout.completed',
] as const;

/**
 * What an event does: `created` and `deleted` change the lifecycle; a `snapshot` (balance updates,
 * `customer.updated`, `customer.subscription.updated`…) only sets fields; a `checkout` also records
 * the checkout.
 */
export type EventKind = 'created' | 'snapshot' | 'deleted' | 'checkout';

const FAMILIES = ['connection.', 'customer.'] as const;

/**
 * The family of a name in lower case, if any. Names are matched without regard to case:
 * `Customer.Deleted` is a deletion still (the name is kept as sent).
 */
const familyOf = (lower: string) => FAMILIES.find((f) => lower.startsWith(f) && lower.length > f.length);

/**
 * The kind of a named event, or undefined for a name outside the customer family: such an event is
 * archived as ignored even when it carries a customer id, since its `data` is not a customer and
 * reading it as one could overwrite the connection with another object's fields.
 */
export function eventKindOf(name: string): EventKind | undefined {
  const lower = name.toLowerCase();
  if (lower === 'checkout.completed') return 'checkout';
  if (!familyOf(lower)) return undefined;
  const action = lower.slice(lower.indexOf('.') + 1);
  if (action === 'created') return 'created';
  if (action === 'deleted') return 'deleted';
  return 'snapshot';
}

/**
 * A bounded label for metrics and the queue's attribute: a documented name as sent, another name of
 * the family as `customer.*` or `connection.*`, anything else as `unknown`.
 */
export function eventTypeLabel(name: string): string {
  if ((DOCUMENTED_EVENTS as readonly string[]).includes(name)) return name;
  const family = familyOf(name.toLowerCase());
  return family ? `${family}*` : 'unknown';
}

/** DynamoDB keys hold at most 2048 bytes; Lava's ids are about 30 characters. */
export const MAX_CONNECTION_ID_BYTES = 512;

const plainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An id as Lava could send it: a non-blank string, or a whole number (kept as its digits). */
function idText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

/**
 * The customer object of a payload nested at `data.customer` (the REST API's shape), if there is
 * one. Older payloads put the person's fields there ({email, phone, first_name, last_name}); that
 * object is returned too, and read for those fields.
 */
export const nestedCustomerOf = (data: Record<string, unknown>) =>
  plainObject(data.customer) ? data.customer : undefined;

/**
 * The connection (customer) id: `data.connection_id` in older payloads, `data.customer_id` in newer
 * ones, or the `customer_id` (else `id`) of a customer object at `data.customer`.
 */
export function connectionIdOf(data: Record<string, unknown>): string | undefined {
  const nested = nestedCustomerOf(data);
  const candidates = [data.connection_id, data.customer_id, nested?.customer_id, nested?.id];
  for (const candidate of candidates) {
    const id = idText(candidate);
    if (id !== undefined) return id;
  }
  return undefined;
}
