// In-memory adapter of the state store (state-store.ts). It keeps the very items the DynamoDB adapter
// writes (built and read by that adapter's mapping, so what a read returns cannot differ) in a Map,
// and writes them under the same conditions: the connection's optimistic version, attribute_not_exists
// on event and delivery items, each write all or nothing (a published mark: each event on its own). The consumer's logic runs on it without
// DynamoDB. One process only: no expiry, no index (listing items are kept, not indexed), no item size limit.
import { connectionKey, deliveryKey, eventKey, TABLE } from '../shared/table-schema';
import { listingItems } from './archive-listing';
import { connectionFromItem, connectionToItem, eventFromItem, eventToItem } from './dynamodb-store';
import type { ConnectionWrite, StateStore, StoredConnection } from './state-store';

export type StoredItem = Record<string, unknown>;

/** A write DynamoDB would refuse outright (not a lost race): an update of an unknown item. */
class MemoryStoreWriteError extends Error {
  override name = 'MemoryStoreWriteError';
}

export interface MemoryStoreOptions {
  /** Sets the items' expiry attribute, as the DynamoDB adapter does; nothing expires here. */
  eventTtlDays?: number;
  now?: () => number;
  /** The table, items by partition key: pass one to look at it, seed it, or share it. */
  items?: Map<string, StoredItem>;
}

type ExpectedConnection = ConnectionWrite;

/** What DynamoDB would store: no undefined attributes, and no reference shared with the caller. */
const copy = (item: StoredItem): StoredItem =>
  structuredClone(Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)));

export function memoryStore(options: MemoryStoreOptions = {}): StateStore {
  const items = options.items ?? new Map<string, StoredItem>();
  const now = options.now ?? Date.now;
  const ttlDays = options.eventTtlDays ?? 30;
  const read = (key: string) => {
    const item = items.get(key);
    return item && copy(item);
  };
  const put = (item: StoredItem) => items.set(String(item[TABLE.partitionKey]), copy(item));
  const append = (key: string, attribute: string, entry: StoredItem) => {
    const item = items.get(key) as StoredItem;
    item[attribute] = [...((item[attribute] as unknown[] | undefined) ?? []), entry];
  };

  // The conditions, as the DynamoDB adapter writes them.
  /** `attribute_not_exists(pk) OR outcome IN ('rejected', 'ignored')` (a first release's archive). */
  const eventFree = (key: string) => {
    const item = items.get(key);
    return item === undefined || item.outcome === 'rejected' || item.outcome === 'ignored';
  };
  /** `attribute_not_exists(pk)` for a new connection, else `version = :expected`. */
  const connectionAt = ({ state, expectedVersion }: ExpectedConnection) => {
    const item = items.get(connectionKey(state.connectionId));
    return expectedVersion === 0 ? item === undefined : item?.version === expectedVersion;
  };
  const putConnection = ({ state, expectedVersion }: ExpectedConnection) =>
    put(connectionToItem(state, expectedVersion + 1, new Date(now()).toISOString()));

  return {
    async getConnection(connectionId) {
      const item = read(connectionKey(connectionId));
      return item ? connectionFromItem(item) : undefined;
    },

    async getConnections(connectionIds) {
      const found = new Map<string, StoredConnection>();
      for (const id of new Set(connectionIds)) {
        const item = read(connectionKey(id));
        if (item) found.set(id, connectionFromItem(item));
      }
      return found;
    },

    async commitEvent(event, commit = {}) {
      const item = eventToItem(event, ttlDays);
      // The event item's condition failing means it exists, whatever else fails with it.
      if (!eventFree(String(item[TABLE.partitionKey]))) return 'exists';
      const { connection, promotes } = commit;
      // `attribute_exists(pk)` on the promoted delivery's item, as the adapter's transaction has it.
      const promoted = promotes && items.get(deliveryKey(promotes.deliveryId));
      if ((promotes && !promoted) || (connection && !connectionAt(connection))) return 'conflict';
      put(item);
      if (promoted) promoted.promotedTo = event.eventId;
      if (connection) putConnection(connection);
      return 'committed';
    },

    async archiveDelivery(record, connection) {
      const item = eventToItem(record, ttlDays);
      if (items.has(String(item[TABLE.partitionKey]))) return 'exists';
      if (connection && !connectionAt(connection)) return 'conflict';
      put(item);
      if (connection) putConnection(connection);
      return 'committed';
    },

    async redecideEvent(event, decision, connection) {
      const key = eventKey(String(event.eventId));
      // `deliveryId = :delivery`: only the delivery that made the event decides it again.
      if (items.get(key)?.deliveryId !== event.deliveryId) return 'conflict';
      if (connection && !connectionAt(connection)) return 'conflict';
      append(key, 'redecided', { ...decision });
      if (connection) putConnection(connection);
      return 'committed';
    },

    async getEvent(eventId) {
      const item = read(eventKey(eventId));
      return item ? eventFromItem(item) : undefined;
    },

    async getDelivery(deliveryId) {
      const item = read(deliveryKey(deliveryId));
      return item ? eventFromItem(item) : undefined;
    },

    async writeListing(entries) {
      for (const item of listingItems(entries, ttlDays)) put(item);
    },

    async markPublished(eventIds) {
      // One update each, as in DynamoDB: every event there is marked, then an unknown one is refused.
      const keys = eventIds.map(eventKey);
      for (const key of keys) if (items.has(key)) (items.get(key) as StoredItem).published = true;
      const missing = keys.find((key) => !items.has(key));
      if (missing) throw new MemoryStoreWriteError(`no item ${missing}`);
    },
  };
}
