// Sample payloads: `data` for every event name Lava sends, and whole bodies. The one home of what
// `send`, the local stack, the tests and the benchmarks post as Lava would. Deterministic, so sending the same sample twice
// within the duplicate window (plain scheme), or with the same --time (timestamped), is a duplicate;
// vary it with --data.
import { DOCUMENTED_EVENTS, eventKindOf } from './event-types';

export const DEFAULT_CONNECTION_ID = 'con_local_0001';

/** The documented names, and `customer.updated`, which Lava's docs imply (customers "updated"). */
export const KNOWN_EVENTS = [...DOCUMENTED_EVENTS, 'customer.updated'];

/** Older names key the id as connection_id, newer ones (customer.*, checkout.*) as customer_id. */
export const connectionIdField = (event: string) =>
  event.startsWith('connection.') ? 'connection_id' : 'customer_id';

/** `data` with the connection id set: in the id field it already has, else in the event's usual one. */
export function withConnectionId(event: string, data: Record<string, unknown>, id: string) {
  const field = ['connection_id', 'customer_id'].find((f) => f in data) ?? connectionIdField(event);
  return { ...data, [field]: id };
}

/** A customer as Lava's REST API and current webhooks describe it: `contact`, `subscription`. */
function currentCustomer(id: string): Record<string, unknown> {
  return {
    customer_id: id,
    reference_id: 'user_42',
    contact: { email: 'ada@example.com', phone: null, first_name: 'Ada', last_name: 'Lovelace' },
    subscription: {
      subscription_id: 'sub_local_0001',
      plan_id: 'plan_local_pro',
      name: 'Pro',
      status: 'active',
    },
    metadata: {},
    created_at: '2026-11-01T10:00:00.000Z',
  };
}

/** The older payload: the person under `customer`, the credit flag and the wallet beside it. */
function olderConnection(id: string): Record<string, unknown> {
  return {
    connection_id: id,
    has_lava_credit_balance: true,
    reference_id: 'user_42',
    customer: { email: 'ada@example.com', phone: null, first_name: 'Ada', last_name: 'Lovelace' },
    wallet: { balance: '25.00', autopay_enabled: false },
    subscription: null,
    metadata: {},
    created_at: '2026-11-01T10:00:00.000Z',
  };
}

const depleted = { has_lava_credit_balance: false, wallet: { balance: '0.00', autopay_enabled: false } };

export function sampleData(event: string, id: string): Record<string, unknown> {
  const current = event.startsWith('customer.');
  switch (eventKindOf(event)) {
    case 'created':
      return current ? { ...currentCustomer(id), has_lava_credit_balance: true } : olderConnection(id);
    case 'snapshot':
      if (event.endsWith('.wallet.balance.updated'))
        return current ? { ...currentCustomer(id), ...depleted } : { connection_id: id, ...depleted };
      return current
        ? { ...currentCustomer(id), contact: { email: 'ada.lovelace@example.com' } }
        : olderConnection(id);
    case 'deleted':
      return current ? currentCustomer(id) : { connection_id: id };
    case 'checkout':
      return {
        checkout_session_id: 'cs_local_0001',
        customer_id: id,
        plan_id: 'plan_local_pro',
        subscription_id: 'sub_local_0001',
        funded_amount: '50.00',
        currency: 'USD',
      };
    default:
      return { [connectionIdField(event)]: id }; // ingest accepts it; the consumer archives it as ignored
  }
}

/**
 * A whole body: `event` carrying the created sample's data (every field a connection has) for
 * `connectionId`, with `extra` fields added or replaced.
 */
export function sampleBody(
  event = 'connection.created',
  connectionId = DEFAULT_CONNECTION_ID,
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({ event, data: { ...sampleData('connection.created', connectionId), ...extra } });
}
