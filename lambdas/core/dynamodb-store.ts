import { gunzipSync, gzipSync } from 'node:zlib';
// DynamoDB adapter of the state store (state-store.ts): the connection and event items, and the one
// transaction that applies an event.
import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  PutItemCommand,
  TransactionCanceledException,
  type TransactWriteItem,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { eachBounded } from '../shared/each-bounded';
import { batchGetItems, getItem as readItem } from '../shared/table-reads';
import {
  archiveKey,
  archiveKeyId,
  connectionKey,
  deliveryKey,
  eventKey,
  TABLE,
} from '../shared/table-schema';
import { archivedBody, bodyBytes, type EventRecord } from './archive-record';
import type { ConnectionState } from './decide';
import { putListingItems } from './dynamodb-listing';
import { type ArrivalLog, CONTENT_TAG_CHARS, contentIdOfEventId, type HeldDuplicate } from './identity';
import { isOmitted } from './parse-event';
import type { CommitResult, ConnectionWrite, StateStore, StoredConnection } from './state-store';
import { domainEventsFromStored, storedDomainEvents } from './stored-domain-events';

/** Published marks in flight at once: a batch's (ten from SQS) in one round trip; more, ten at a time. */
const MARK_CONCURRENCY = 10;

const RESERVED = new Set([
  TABLE.partitionKey,
  'kind',
  'connectionId',
  'fieldKeys',
  'fields',
  'omittedFields',
  'createdAt',
  'createdAtSource',
  'lastEventAt',
  'lastEventType',
  'lastEventKey',
  'updatedAt',
  'version',
  'arrivals',
  'held',
]);

/** An arrival as the item keeps it: the time in base 36, fixed width, then the content tag. */
const AT_CHARS = 9;
const encodeArrivals = (log: ArrivalLog) =>
  log.arrivals.map((a) => `${a.at.toString(36).padStart(AT_CHARS, '0')}${a.content}`).join('');

function decodeArrivals(text: unknown): ArrivalLog['arrivals'] {
  if (typeof text !== 'string') return [];
  const width = AT_CHARS + CONTENT_TAG_CHARS;
  const out: ArrivalLog['arrivals'] = [];
  for (let i = 0; i + width <= text.length; i += width)
    out.push({
      at: Number.parseInt(text.slice(i, i + AT_CHARS), 36),
      content: text.slice(i + AT_CHARS, i + width),
    });
  return out;
}

const encodeHeld = (held: HeldDuplicate) => ({
  a: held.at,
  c: held.content,
  d: held.deliveryId,
  o: held.ofAt,
});

function decodeHeld(list: unknown): HeldDuplicate[] {
  if (!Array.isArray(list)) return [];
  return (list as Record<string, unknown>[]).map((h) => ({
    at: Number(h.a),
    content: String(h.c),
    deliveryId: String(h.d),
    ofAt: Number(h.o),
  }));
}

/** The arrival log's attributes: none when it is empty (items of connections that never had one). */
function logAttributes(log: ArrivalLog | undefined) {
  return {
    ...(log?.arrivals.length ? { arrivals: encodeArrivals(log) } : {}),
    ...(log?.held.length ? { held: log.held.map(encodeHeld) } : {}),
  };
}

export function connectionToItem(state: ConnectionState, version: number, updatedAt: string) {
  // Free-form fields are already the JSON text Lava sent (as DynamoDB maps, a number beyond 2^53 or
  // nesting deeper than 32 levels would make every later write of the connection fail).
  const values = Object.fromEntries(Object.entries(state.values).filter(([k]) => !RESERVED.has(k)));
  const omitted = Object.keys(values).filter((k) => isOmitted(values[k]));
  return {
    ...values,
    ...(omitted.length ? { omittedFields: omitted } : {}),
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
    ...logAttributes(state.log),
    updatedAt,
    version,
  };
}

export function connectionFromItem(item: Record<string, unknown>): StoredConnection {
  const stored = (item.fieldKeys ?? {}) as Record<string, string>;
  const fields = (item.fields ?? Object.keys(stored)) as string[];
  const lastEventKey = String(item.lastEventKey);
  const keys = Object.fromEntries(fields.map((f) => [f, stored[f] ?? lastEventKey]));
  const values = Object.fromEntries(fields.map((f) => [f, item[f] ?? null]));
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
      ...logOfItem(item),
    },
  };
}

/** The arrival log an item holds, if it holds one (items written before it have none). */
function logOfItem(item: Record<string, unknown>): { log?: ArrivalLog } {
  if (item.arrivals === undefined && item.held === undefined) return {};
  return { log: { arrivals: decodeArrivals(item.arrivals), held: decodeHeld(item.held) } };
}

export function eventToItem(e: EventRecord, ttlDays: number) {
  const receivedAt = new Date(e.receivedAt).toISOString();
  const key = archiveKey(e);
  /** What the key says of the content: the event id before any `@`. */
  const keyContentId = e.eventId ? contentIdOfEventId(e.eventId) : undefined;
  return {
    [TABLE.partitionKey]: key,
    // An event item's id is its key, and its content id the id before any `@`: neither is stored
    // again (eventIdOfItem), which keeps a typical event item under 1 KiB, one write unit.
    kind: e.eventId ? 'event' : 'delivery',
    ...(keyContentId !== undefined && e.contentId !== keyContentId ? { contentId: e.contentId } : {}),
    scheme: e.scheme,
    deliveryId: e.deliveryId,
    // A plain-scheme event's content id is its body's sha256, and its key holds it (sha256OfItem).
    ...(keyContentId !== undefined && e.sha256 === keyContentId ? {} : { sha256: e.sha256 }),
    eventType: e.eventType,
    connectionId: e.connectionId,
    receivedAt,
    eventAt: new Date(e.eventAt).toISOString(),
    outcome: e.outcome,
    reason: e.reason,
    duplicateOf: e.duplicateOf,
    promotedTo: e.promotedTo,
    source: e.source,
    // The archived body, gzipped: Lava's JSON shrinks to about a third, and an event item then stays
    // under 1 KiB (one write unit; two in the transaction) for typical bodies. A duplicate has none.
    ...(e.body ? { bodyGzip: gzipSync(bodyBytes(e), { level: 6 }) } : {}),
    plainSignature: e.plainSignature,
    timestampedSignature: e.timestampedSignature,
    domainEvents: storedDomainEvents(e),
    published: e.published,
    ...(e.repeats?.length ? { repeats: e.repeats } : {}),
    ...(e.redecided?.length ? { redecided: e.redecided } : {}),
    ...(e.unreadFields ? { unreadFields: e.unreadFields } : {}),
    // No `byTime` keys: a listing item lists the archive items of a batch (archive-listing.ts).
    [TABLE.ttlAttribute]: Math.floor(e.receivedAt / 1000) + Math.round(ttlDays * 86_400),
  };
}

export const optionalString = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * An archive item's event id: its key's, for an event item (items written before this stored a
 * copy in `eventId`, which is still read); none for a delivery item, or an item of the first release.
 */
function eventIdOfItem(item: Record<string, unknown>): string | undefined {
  if (typeof item.eventId === 'string') return item.eventId;
  const key = String(item[TABLE.partitionKey] ?? '');
  return item.kind === 'event' && key.startsWith(eventKey('')) ? archiveKeyId(key) : undefined;
}

/**
 * An archive item's (or its `byTime` index entry's) body sha256: as stored, else the content id its
 * event key names (not stored again when they are the same: see eventToItem).
 */
export function sha256OfItem(item: Record<string, unknown>): string {
  if (typeof item.sha256 === 'string') return item.sha256;
  const key = String(item[TABLE.partitionKey] ?? '');
  return key.startsWith(eventKey('')) ? contentIdOfEventId(archiveKeyId(key)) : '';
}

export function eventFromItem(item: Record<string, unknown>): EventRecord {
  const record = recordFromItem(item);
  return { ...record, domainEvents: domainEventsFromStored(item.domainEvents, record) };
}

/** An item's `unreadFields` map, its values as text; undefined when it has none. */
function unreadFieldsOfItem(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.fromEntries(Object.entries(value).map(([path, reason]) => [path, String(reason)]));
}

function recordFromItem(item: Record<string, unknown>): Omit<EventRecord, 'domainEvents'> {
  const eventId = eventIdOfItem(item);
  const repeats = Array.isArray(item.repeats)
    ? (item.repeats as { at: unknown; id: unknown }[]).map((r) => ({ at: Number(r.at), id: String(r.id) }))
    : undefined;
  return {
    eventId,
    contentId: optionalString(item.contentId) ?? (eventId ? contentIdOfEventId(eventId) : undefined),
    scheme: item.scheme === 'timestamped' || item.scheme === 'plain' ? item.scheme : undefined,
    // Items of the first release named the delivery by its request id.
    deliveryId: String(item.deliveryId ?? item.requestId ?? ''),
    sha256: sha256OfItem(item),
    eventType: String(item.eventType),
    connectionId: optionalString(item.connectionId),
    receivedAt: Date.parse(String(item.receivedAt)),
    eventAt: Date.parse(String(item.eventAt)),
    outcome: item.outcome as EventRecord['outcome'],
    reason: optionalString(item.reason),
    duplicateOf: optionalString(item.duplicateOf),
    promotedTo: optionalString(item.promotedTo),
    source: item.source === 'replay' || item.source === 'reconcile' ? item.source : 'webhook',
    ...(item.bodyGzip instanceof Uint8Array
      ? archivedBody(gunzipSync(item.bodyGzip))
      : { body: String(item.body ?? '') }),
    plainSignature: optionalString(item.plainSignature),
    timestampedSignature: optionalString(item.timestampedSignature),
    published: item.published === true,
    repeats,
    redecided: Array.isArray(item.redecided) ? (item.redecided as EventRecord['redecided']) : undefined,
    unreadFields: unreadFieldsOfItem(item.unreadFields),
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
  const getItem = (key: string) => readItem(client, tableName, key);
  return {
    async getConnection(connectionId) {
      const item = await getItem(connectionKey(connectionId));
      return item ? connectionFromItem(item) : undefined;
    },

    async getConnections(connectionIds) {
      const items = await batchGetItems(client, tableName, connectionIds.map(connectionKey));
      const found = new Map<string, StoredConnection>();
      for (const item of items.values()) {
        const stored = connectionFromItem(item);
        found.set(stored.state.connectionId, stored);
      }
      return found;
    },

    async commitEvent(event, commit = {}) {
      const eventPut: TransactWriteItem = {
        Put: {
          TableName: tableName,
          Item: toAttributes(eventToItem(event, options.eventTtlDays)),
          // A first release's item for a body it rejected or ignored must not block the event.
          ConditionExpression: 'attribute_not_exists(#pk) OR #outcome IN (:rejected, :ignored)',
          ExpressionAttributeNames: { '#pk': pk, '#outcome': 'outcome' },
          ExpressionAttributeValues: { ':rejected': { S: 'rejected' }, ':ignored': { S: 'ignored' } },
        },
      };
      const items = [eventPut];
      if (commit.promotes)
        items.push(promotedMark(tableName, commit.promotes.deliveryId, String(event.eventId)));
      if (commit.connection) items.push(connectionPut(tableName, commit.connection, now()));
      // Nothing else to change: a single conditional put is half the write units.
      if (items.length === 1 && eventPut.Put) return putIfAbsent(client, eventPut.Put);
      // The event item's condition failing means it exists; any other, a writer got there first.
      return transact(client, items, { firstIsEvent: true });
    },

    async archiveDelivery(record, connection) {
      const put = {
        TableName: tableName,
        Item: toAttributes(eventToItem(record, options.eventTtlDays)),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': pk },
      };
      if (!connection) return putIfAbsent(client, put);
      return transact(client, [{ Put: put }, connectionPut(tableName, connection, now())], {
        firstIsEvent: true,
      });
    },

    async redecideEvent(event, decision, connection) {
      const update: TransactWriteItem = {
        Update: {
          TableName: tableName,
          Key: { [pk]: { S: eventKey(String(event.eventId)) } },
          UpdateExpression: 'SET #redecided = list_append(if_not_exists(#redecided, :empty), :entry)',
          ConditionExpression: '#delivery = :delivery',
          ExpressionAttributeNames: { '#redecided': 'redecided', '#delivery': 'deliveryId' },
          ExpressionAttributeValues: {
            ':empty': { L: [] },
            ':entry': { L: [{ M: toAttributes({ ...decision }) }] },
            ':delivery': { S: event.deliveryId },
          },
        },
      };
      const items = connection ? [update, connectionPut(tableName, connection, now())] : [update];
      return (await transact(client, items, { firstIsEvent: false })) as 'committed' | 'conflict';
    },

    async getEvent(eventId) {
      const item = await getItem(eventKey(eventId));
      return item ? eventFromItem(item) : undefined;
    },

    async getDelivery(deliveryId) {
      const item = await getItem(deliveryKey(deliveryId));
      return item ? eventFromItem(item) : undefined;
    },

    writeListing: (entries) => putListingItems(client, tableName, entries, options.eventTtlDays),

    async markPublished(eventIds) {
      // Plain updates, not a transaction: half the write units, and nothing here needs all or none
      // (each event's domain events are on the bus already).
      await eachBounded(eventIds, MARK_CONCURRENCY, (eventId) =>
        client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: { [pk]: { S: eventKey(eventId) } },
            UpdateExpression: 'SET published = :true',
            ConditionExpression: 'attribute_exists(#pk)',
            ExpressionAttributeNames: { '#pk': pk },
            ExpressionAttributeValues: { ':true': { BOOL: true } },
          }),
        ),
      );
    },
  };
}

type ConditionalPut = NonNullable<TransactWriteItem['Put']>;

async function putIfAbsent(client: DynamoDBClient, put: ConditionalPut): Promise<'committed' | 'exists'> {
  try {
    await client.send(new PutItemCommand(put));
    return 'committed';
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'exists';
    throw error;
  }
}

/**
 * One transaction. With `firstIsEvent`, the first item's condition failing means the event item
 * exists; any other condition failing (or a concurrent transaction on the same items) means another
 * writer got there first: read again and decide again. Anything else (throttling…) is thrown, and
 * SQS retries the record.
 */
async function transact(
  client: DynamoDBClient,
  items: TransactWriteItem[],
  options: { firstIsEvent: boolean },
): Promise<CommitResult> {
  try {
    await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
    return 'committed';
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (options.firstIsEvent && reasons[0]?.Code === 'ConditionalCheckFailed') return 'exists';
    if (reasons.some((r) => r?.Code === 'ConditionalCheckFailed' || r?.Code === 'TransactionConflict')) {
      return 'conflict';
    }
    throw error;
  }
}

/** Marks a held duplicate's archive with the event it turned out to be. */
function promotedMark(tableName: string, deliveryId: string, eventId: string): TransactWriteItem {
  return {
    Update: {
      TableName: tableName,
      Key: { [TABLE.partitionKey]: { S: deliveryKey(deliveryId) } },
      UpdateExpression: 'SET #promotedTo = :eventId',
      ConditionExpression: 'attribute_exists(#pk)',
      ExpressionAttributeNames: { '#promotedTo': 'promotedTo', '#pk': TABLE.partitionKey },
      ExpressionAttributeValues: { ':eventId': { S: eventId } },
    },
  };
}

/** The connection as decided, if it is still at the version the decision read (optimistic lock). */
function connectionPut(tableName: string, connection: ConnectionWrite, nowMs: number): TransactWriteItem {
  const { state, expectedVersion } = connection;
  const item = connectionToItem(state, expectedVersion + 1, new Date(nowMs).toISOString());
  const fresh = expectedVersion === 0;
  return {
    Put: {
      TableName: tableName,
      Item: toAttributes(item),
      ConditionExpression: fresh ? 'attribute_not_exists(#pk)' : '#version = :expected',
      ExpressionAttributeNames: fresh ? { '#pk': TABLE.partitionKey } : { '#version': 'version' },
      ...(fresh ? {} : { ExpressionAttributeValues: { ':expected': { N: String(expectedVersion) } } }),
    },
  };
}
