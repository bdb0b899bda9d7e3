import { gunzipSync, gzipSync } from 'node:zlib';
// DynamoDB adapter: the connection and event items, and the one transaction that applies an event.
import {
  type AttributeValue,
  BatchGetItemCommand,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { connectionKey, eventDayKey, eventKey, TABLE } from '../shared/table-schema';
import type { ConnectionState } from './apply';
import type { EventRecord } from './event-record';

export interface StoredConnection {
  state: ConnectionState;
  version: number;
}

export type CommitResult = 'committed' | 'duplicate' | 'conflict';

export interface StateStore {
  getConnection(connectionId: string): Promise<StoredConnection | undefined>;
  /** Reads many connections in one round trip (a batch's worth); absent ids are absent. */
  getConnections(connectionIds: string[]): Promise<Map<string, StoredConnection>>;
  /** Archives the event and, when `connection` is given, writes it, all or nothing. */
  commit(
    event: EventRecord,
    connection?: { state: ConnectionState; expectedVersion: number },
  ): Promise<CommitResult>;
  getEvent(sha256: string): Promise<EventRecord | undefined>;
  /** Notes that these events' domain events are on the bus. */
  markPublished(sha256s: string[]): Promise<void>;
}

const RESERVED = new Set([
  TABLE.partitionKey,
  'kind',
  'connectionId',
  'fieldKeys',
  'fields',
  'createdAt',
  'createdAtSource',
  'lastEventAt',
  'lastEventType',
  'lastEventKey',
  'updatedAt',
  'version',
]);

/**
 * Lava's free-form objects, stored as JSON text: as DynamoDB maps, a number beyond 2^53 or nesting
 * deeper than 32 levels would make every later write of the connection fail.
 */
const OPAQUE = new Set(['subscription', 'metadata', 'lastCheckout']);

export function connectionToItem(state: ConnectionState, version: number, updatedAt: string) {
  const values = Object.fromEntries(
    Object.entries(state.values)
      .filter(([k]) => !RESERVED.has(k))
      .map(([k, v]) => [k, OPAQUE.has(k) && v !== null && v !== undefined ? JSON.stringify(v) : v]),
  );
  return {
    ...values,
    [TABLE.partitionKey]: connectionKey(state.connectionId),
    kind: 'connection',
    connectionId: state.connectionId,
    // Only the keys that differ from the last event's: with snapshot-style events that is almost
    // none, which keeps the item under 1 KiB (one write unit, two in a transaction).
    fieldKeys: Object.fromEntries(Object.entries(state.keys).filter(([, key]) => key !== state.lastEventKey)),
    fields: Object.keys(values),
    createdAt: state.createdAt,
    createdAtSource: state.createdAtSource,
    lastEventAt: state.lastEventAt,
    lastEventType: state.lastEventType,
    lastEventKey: state.lastEventKey,
    updatedAt,
    version,
  };
}

export function connectionFromItem(item: Record<string, unknown>): StoredConnection {
  const stored = (item.fieldKeys ?? {}) as Record<string, string>;
  const fields = (item.fields ?? Object.keys(stored)) as string[];
  const lastEventKey = String(item.lastEventKey);
  const keys = Object.fromEntries(fields.map((f) => [f, stored[f] ?? lastEventKey]));
  const values = Object.fromEntries(
    fields.map((f) => {
      const v = item[f] ?? null;
      return [f, OPAQUE.has(f) && typeof v === 'string' ? JSON.parse(v) : v];
    }),
  );
  return {
    version: Number(item.version ?? 0),
    state: {
      connectionId: String(item.connectionId),
      values,
      keys,
      createdAt: String(item.createdAt),
      createdAtSource: item.createdAtSource === 'lava' ? 'lava' : 'event',
      lastEventAt: String(item.lastEventAt),
      lastEventType: String(item.lastEventType),
      lastEventKey: String(item.lastEventKey),
    },
  };
}

export function eventToItem(e: EventRecord, ttlDays: number) {
  const receivedAt = new Date(e.receivedAt).toISOString();
  return {
    [TABLE.partitionKey]: eventKey(e.sha256),
    kind: 'event',
    sha256: e.sha256,
    eventType: e.eventType,
    connectionId: e.connectionId,
    receivedAt,
    eventAt: new Date(e.eventAt).toISOString(),
    outcome: e.outcome,
    reason: e.reason,
    // The archived body, gzipped: Lava's JSON shrinks to about a third, and an event item then stays
    // under 1 KiB (one write unit; two in the transaction) for typical bodies.
    bodyGzip: gzipSync(e.body, { level: 6 }),
    plainSignature: e.plainSignature,
    timestampedSignature: e.timestampedSignature,
    requestId: e.requestId,
    domainEvents: JSON.stringify(e.domainEvents),
    published: e.published,
    [TABLE.ttlAttribute]: Math.floor(e.receivedAt / 1000) + Math.round(ttlDays * 86_400),
    [TABLE.byTime.partitionKey]: eventDayKey(e.receivedAt),
    [TABLE.byTime.sortKey]: `${receivedAt}#${e.sha256}`,
  };
}

export function eventFromItem(item: Record<string, unknown>): EventRecord {
  return {
    sha256: String(item.sha256),
    eventType: String(item.eventType),
    connectionId: item.connectionId as string | undefined,
    receivedAt: Date.parse(String(item.receivedAt)),
    eventAt: Date.parse(String(item.eventAt)),
    outcome: item.outcome as EventRecord['outcome'],
    reason: item.reason as string | undefined,
    body:
      item.bodyGzip instanceof Uint8Array
        ? gunzipSync(item.bodyGzip).toString('utf8')
        : String(item.body ?? ''),
    plainSignature: item.plainSignature as string | undefined,
    timestampedSignature: item.timestampedSignature as string | undefined,
    requestId: String(item.requestId ?? ''),
    domainEvents: JSON.parse(String(item.domainEvents ?? '[]')),
    published: item.published === true,
  };
}

const toAttributes = (item: Record<string, unknown>) =>
  marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: false }) as Record<
    string,
    AttributeValue
  >;

export function dynamoDbStore(
  client: DynamoDBClient,
  tableName: string,
  options: { eventTtlDays: number; now?: () => number },
): StateStore {
  const now = options.now ?? Date.now;
  const pk = TABLE.partitionKey;
  const getItem = async (key: string) => {
    const out = await client.send(
      new GetItemCommand({ TableName: tableName, Key: { [pk]: { S: key } }, ConsistentRead: true }),
    );
    return out.Item ? unmarshall(out.Item) : undefined;
  };
  return {
    async getConnection(connectionId) {
      const item = await getItem(connectionKey(connectionId));
      return item ? connectionFromItem(item) : undefined;
    },

    async getConnections(connectionIds) {
      const found = new Map<string, StoredConnection>();
      let keys: Record<string, AttributeValue>[] = [...new Set(connectionIds)].map((id) => ({
        [pk]: { S: connectionKey(id) },
      }));
      // BatchGetItem takes 100 keys a call. Only unprocessed keys (throttling) back off, bounded.
      let retries = 0;
      while (keys.length > 0) {
        const out = await client.send(
          new BatchGetItemCommand({
            RequestItems: { [tableName]: { Keys: keys.slice(0, 100), ConsistentRead: true } },
          }),
        );
        for (const item of out.Responses?.[tableName] ?? []) {
          const stored = connectionFromItem(unmarshall(item));
          found.set(stored.state.connectionId, stored);
        }
        const unprocessed = out.UnprocessedKeys?.[tableName]?.Keys ?? [];
        keys = [...unprocessed, ...keys.slice(100)];
        if (unprocessed.length > 0) {
          if (++retries > 5) throw new Error('BatchGetItem left keys unprocessed after 5 retries');
          await new Promise((r) => setTimeout(r, 20 * 2 ** retries));
        }
      }
      return found;
    },

    async commit(event, connection) {
      const eventPut = {
        TableName: tableName,
        Item: toAttributes(eventToItem(event, options.eventTtlDays)),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': pk },
      };
      if (!connection) {
        // Nothing to change on a connection: a single conditional put is half the write units.
        try {
          await client.send(new PutItemCommand(eventPut));
          return 'committed';
        } catch (error) {
          if (error instanceof ConditionalCheckFailedException) return 'duplicate';
          throw error;
        }
      }
      const { state, expectedVersion } = connection;
      const item = connectionToItem(state, expectedVersion + 1, new Date(now()).toISOString());
      try {
        await client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              { Put: eventPut },
              {
                Put: {
                  TableName: tableName,
                  Item: toAttributes(item),
                  // Optimistic lock: the decision was made on this version of the connection.
                  ConditionExpression:
                    expectedVersion === 0 ? 'attribute_not_exists(#pk)' : '#version = :expected',
                  ExpressionAttributeNames: expectedVersion === 0 ? { '#pk': pk } : { '#version': 'version' },
                  ...(expectedVersion === 0
                    ? {}
                    : { ExpressionAttributeValues: { ':expected': { N: String(expectedVersion) } } }),
                },
              },
            ],
          }),
        );
        return 'committed';
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = error.CancellationReasons ?? [];
        if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'duplicate';
        // Another writer changed the connection (our condition failed) or was mid-transaction on it.
        if (reasons.some((r) => r?.Code === 'ConditionalCheckFailed' || r?.Code === 'TransactionConflict')) {
          return 'conflict';
        }
        throw error; // throttling, conflicts with another transaction…: SQS retries the record
      }
    },

    async getEvent(sha256) {
      const item = await getItem(eventKey(sha256));
      return item ? eventFromItem(item) : undefined;
    },

    async markPublished(sha256s) {
      // One transaction per hundred items: one round trip for a whole batch instead of one each.
      for (let i = 0; i < sha256s.length; i += 100) {
        await client.send(
          new TransactWriteItemsCommand({
            TransactItems: sha256s.slice(i, i + 100).map((sha256) => ({
              Update: {
                TableName: tableName,
                Key: { [pk]: { S: eventKey(sha256) } },
                UpdateExpression: 'SET published = :true',
                ConditionExpression: 'attribute_exists(#pk)',
                ExpressionAttributeNames: { '#pk': pk },
                ExpressionAttributeValues: { ':true': { BOOL: true } },
              },
            })),
          }),
        );
      }
    },
  };
}
