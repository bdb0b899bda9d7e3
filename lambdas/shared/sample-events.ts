// Sample payloads: `data` for every event name Lava sends, and whole bodies. The one home of what
// `send`, the local stack, the tests and the benchmarks post as Lava would. Deterministic, so sending the same sample twice
// within the duplicate window (plain scheme), or with the same --time (timestamped), is a duplicate;
// vary it with --data.
import { EVENT_TYPES } from './event-types';

export const DEFAULT_CONNECTION_ID = 'con_local_0001';

export const KNOWN_EVENTS = [
  ...EVENT_TYPES.filter((e) => e.startsWith('connection.')),
  ...EVENT_TYPES.filter((e) => e.startsWith('connection.')).map((e) => e.replace('connection.', 'customer.')),
  'checkout.completed',
];

/** Older names key the id as connection_id, newer ones (customer.*, checkout.*) as customer_id. */
export const connectionIdField = (event: string) =>
  event.startsWith('connection.') ? 'connection_id' : 'customer_id';

/** `data` with the connection id set: in the id field it already has, else in the event's usual one. */
export function withConnectionId(event: string, data: Record<string, unknown>, id: string) {
  const field = ['connection_id', 'customer_id'].find((f) => f in data) ?? connectionIdField(event);
  return { ...data, [field]: id };
}

export function sampleData(event: string, id: string): Record<string, unknown> {
  const idField = { [connectionIdField(event)]: id };
  switch (event.replace(/^customer\./, 'connection.')) {
    case 'connection.created':
      return {
        ...idField,
        has_lava_credit_balance: true,
        reference_id: 'user_42',
        customer: { email: 'ada@example.com', phone: null, first_name: 'Ada', last_name: 'Lovelace' },
        wallet: { balance: '25.00', autopay_enabled: false },
        subscription: null,
        metadata: {},
        created_at: '2026-11-01T10:00:00.000Z',
      };
    case 'connection.wallet.balance.updated':
      return {
        ...idField,
        has_lava_credit_balance: false,
        wallet: { balance: '0.00', autopay_enabled: false },
      };
    case 'connection.deleted':
      return { ...idField };
    case 'checkout.completed':
      return {
        checkout_session_id: 'cs_local_0001',
        customer_id: id,
        plan_id: 'plan_local_pro',
        subscription_id: 'sub_local_0001',
        funded_amount: '50.00',
        currency: 'USD',
      };
    default:
      return { ...idField }; // an unknown event: ingest accepts it, the consumer archives it as ignored
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
