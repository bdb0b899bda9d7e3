import { gunzipSync, gzipSync } from 'node:zlib';
// DynamoDB adapter of the state store (state-store.ts): the connection and event items, and the
// commit that applies an event: two conditional writes in the consumer (commitConnectionFirst), one
// transaction elsewhere.
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
import { archivedBody, bodyBytes, type EventRecord, type Redecision } from './archive-record';
import type { ConnectionState } from './decide';
import { putListingItems } from './dynamodb-listing';
import { type ArrivalLog, CONTENT_TAG_CHARS, contentIdOfEventId, type HeldDuplicate } from './identity';
import { isOmitted } from './parse-event';
import {
  ArchivedIds,
  decodePending,
  encodePending,
  MAX_PENDING,
  PendingBoundError,
  type PendingEvent,
} from './pending-events';
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
  'pending',
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

export function connectionToItem(
  state: ConnectionState,
  version: number,
  updatedAt: string,
  pending: readonly PendingEvent[] = [],
) {
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
    // No list of the fields: they are the item's other attributes (connectionFromItem), and the
    // ~140 bytes leave room for a pending event within the one write unit.
    createdAt: state.createdAt,
    createdAtSource: state.createdAtSource,
    lastEventAt: state.lastEventAt,
    lastEventType: state.lastEventType,
    lastEventKey: state.lastEventKey,
    ...logAttributes(state.log),
    ...(pending.length ? { pending: encodePending(pending) } : {}),
    updatedAt,
    version,
  };
}

export function connectionFromItem(item: Record<string, unknown>): StoredConnection {
  const stored = (item.fieldKeys ?? {}) as Record<string, string>;
  // Items written before kept the list; since, the fields are the attributes that are not the item's own.
  const fields = (item.fields ?? Object.keys(item).filter((k) => !RESERVED.has(k))) as string[];
  const pending = decodePending(item.pending);
  const lastEventKey = String(item.lastEventKey);
  const keys = Object.fromEntries(fields.map((f) => [f, stored[f] ?? lastEventKey]));
  const values = Object.fromEntries(fields.map((f) => [f, item[f] ?? null]));
  return {
    version: Number(item.version ?? 0),
    ...(pending.length ? { pending } : {}),
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
  options: {
    eventTtlDays: number;
    now?: () => number;
    /**
     * Commit an event as two writes (the connection carrying it as pending, then its archive item),
     * half the write units of one transaction of both. Only where every delivery is handed over
     * again until it is processed (the consumer, fed by SQS): that is what finishes a commit stopped
     * between its two writes. Elsewhere (the reconciler) each commit stays one transaction.
     */
    commitInTwoWrites?: boolean;
  },
): StateStore {
  const now = options.now ?? Date.now;
  const pk = TABLE.partitionKey;
  const getItem = (key: string) => readItem(client, tableName, key);
  const archived = new ArchivedIds();
  const table: TableContext = { client, tableName, now, archived, eventTtlDays: options.eventTtlDays };
  /** The connection as read, without the pending events this process knows are archived. */
  const connectionOf = (item: Record<string, unknown>): StoredConnection => {
    const { pending, ...stored } = connectionFromItem(item);
    const live = livePending(table, pending);
    return live.length ? { ...stored, pending: live } : stored;
  };
  return {
    async getConnection(connectionId) {
      const item = await getItem(connectionKey(connectionId));
      return item ? connectionOf(item) : undefined;
    },

    async getConnections(connectionIds) {
      const items = await batchGetItems(client, tableName, connectionIds.map(connectionKey));
      const found = new Map<string, StoredConnection>();
      for (const item of items.values()) {
        const stored = connectionOf(item);
        found.set(stored.state.connectionId, stored);
      }
      return found;
    },

    async commitEvent(event, commit = {}) {
      // Applied already, its archive item not written yet: the event exists, whatever the write.
      const pending = (commit.connection ?? commit.read)?.pending;
      if (livePending(table, pending).some((p) => p.eventId === event.eventId)) return 'exists';
      // The usual commit: the connection, then the archive item (one write unit each, not two).
      if (options.commitInTwoWrites && commit.connection && !commit.promotes)
        return commitConnectionFirst(table, event, commit.connection);
      const eventPut: TransactWriteItem = { Put: archivePut(table, event) };
      const items = [eventPut];
      if (commit.promotes)
        items.push(promotedMark(tableName, commit.promotes.deliveryId, String(event.eventId)));
      if (commit.connection) items.push(connectionPut(table, commit.connection));
      // Two-write commits leave events pending on connections: an event item put without the
      // connection must hold the version lock too (rare: nothing to write on the connection).
      else if (options.commitInTwoWrites && commit.read && event.connectionId)
        items.push(connectionAt(tableName, event.connectionId, commit.read.version));
      // Nothing else to change (an archive item written alone, or finished from its pending entry):
      // a single conditional put is half the write units, and the item is there after it either way.
      if (items.length === 1 && eventPut.Put) {
        const result = await putIfAbsent(client, eventPut.Put);
        if (event.eventId) archived.add(event.eventId);
        return result;
      }
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
      return transact(client, [{ Put: put }, connectionPut(table, connection)], {
        firstIsEvent: true,
      });
    },

    async redecideEvent(event, decision, connection) {
      const update = redecidedEntry(tableName, event, decision);
      const items = connection ? [update, connectionPut(table, connection)] : [update];
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

/** `replay --force`'s decision added to the event item, only by the delivery that made the event. */
function redecidedEntry(
  tableName: string,
  event: Pick<EventRecord, 'eventId' | 'deliveryId'>,
  decision: Redecision,
): TransactWriteItem {
  return {
    Update: {
      TableName: tableName,
      Key: { [TABLE.partitionKey]: { S: eventKey(String(event.eventId)) } },
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
}

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

/** The connection still at the version a decision read (none: still absent), changing nothing. */
function connectionAt(tableName: string, connectionId: string, version: number): TransactWriteItem {
  const fresh = version === 0;
  return {
    ConditionCheck: {
      TableName: tableName,
      Key: { [TABLE.partitionKey]: { S: connectionKey(connectionId) } },
      ConditionExpression: fresh ? 'attribute_not_exists(#pk)' : '#version = :expected',
      ExpressionAttributeNames: fresh ? { '#pk': TABLE.partitionKey } : { '#version': 'version' },
      ...(fresh ? {} : { ExpressionAttributeValues: { ':expected': { N: String(version) } } }),
    },
  };
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

/** What a write of the table needs: the client, the table, the clock, what this process saw archived. */
interface TableContext {
  client: DynamoDBClient;
  tableName: string;
  now: () => number;
  archived: ArchivedIds;
  eventTtlDays: number;
}

/**
 * The pending entries a write must carry on: those this process has not seen archived, and whose
 * archive item would not have expired by now. Past that, no delivery of the event is recognised any
 * more, pending or archived (as ever: an archive item's lifetime is the duplicate horizon), and an
 * entry kept would outlive the archive item that clears it.
 */
function livePending(table: TableContext, pending: readonly PendingEvent[] | undefined) {
  const horizon = table.now() - table.eventTtlDays * 86_400_000;
  return table.archived.unconfirmed(pending).filter((p) => p.receivedAt > horizon);
}

/** An event's archive item, if absent; a first release's item for a body it rejected or ignored does not block it. */
function archivePut(table: TableContext, event: EventRecord) {
  return {
    TableName: table.tableName,
    Item: toAttributes(eventToItem(event, table.eventTtlDays)),
    ConditionExpression: 'attribute_not_exists(#pk) OR #outcome IN (:rejected, :ignored)',
    ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#outcome': 'outcome' },
    ExpressionAttributeValues: { ':rejected': { S: 'rejected' }, ':ignored': { S: 'ignored' } },
  };
}

/** What a first release archived for a body it rejected or ignored: it does not make the event. */
const blocksNothing = (item: Record<string, unknown>) =>
  item.outcome === 'rejected' || item.outcome === 'ignored';

/** The connection's entry for an event it applies before its archive item is written. */
function pendingEntry(event: EventRecord): PendingEvent {
  return {
    eventId: String(event.eventId),
    deliveryId: event.deliveryId,
    receivedAt: event.receivedAt,
    outcome: event.outcome === 'stale' ? 'stale' : 'applied',
    domainEvents: storedDomainEvents(event),
  };
}

/** The archive item of this event written by another delivery after this one applied it. */
class ArchiveRaceError extends Error {
  override name = 'ArchiveRaceError';
}

/**
 * Commits an event as two writes, each conditional, in place of one transaction of both (half the
 * write units; pending-events.ts). The event's archive item is read after the connection was (the
 * decision read it first), so a pending entry dropped meanwhile is seen as its archive item. The
 * same read confirms the connection's earlier pending events, which its write then leaves out.
 */
async function commitConnectionFirst(
  table: TableContext,
  event: EventRecord,
  connection: ConnectionWrite,
): Promise<CommitResult> {
  const eventId = String(event.eventId);
  const carried = livePending(table, connection.pending);
  const keys = [eventKey(eventId), ...carried.map((p) => eventKey(p.eventId))];
  const found = await batchGetItems(table.client, table.tableName, keys);
  const archivedAlready = (id: string) => {
    const item = found.get(eventKey(id));
    return item !== undefined && !blocksNothing(item);
  };
  if (archivedAlready(eventId)) return 'exists';
  for (const p of carried) if (archivedAlready(p.eventId)) table.archived.add(p.eventId);
  const still = table.archived.unconfirmed(carried);
  if (still.length >= MAX_PENDING) throw new PendingBoundError(connection.state.connectionId);
  const put = connectionPut(table, { ...connection, pending: [...still, pendingEntry(event)] });
  try {
    await table.client.send(new PutItemCommand(put.Put as ConditionalPut));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'conflict';
    throw error;
  }
  // Absent when read above, after the connection; only this delivery (SQS handing it over again
  // meanwhile, finishing it from the pending entry) can have written it since: left as it is.
  if ((await putIfAbsent(table.client, archivePut(table, event))) === 'exists') {
    const written = await readItem(table.client, table.tableName, eventKey(eventId));
    if (written?.deliveryId !== event.deliveryId)
      throw new ArchiveRaceError(
        `event ${eventId} was archived by another delivery after this one applied it`,
      );
  }
  table.archived.add(eventId);
  return 'committed';
}

/**
 * The connection as decided, if it is still at the version the decision read (optimistic lock),
 * carrying the pending events this process has not seen archived.
 */
function connectionPut(table: TableContext, connection: ConnectionWrite): TransactWriteItem {
  const { state, expectedVersion } = connection;
  const pending = livePending(table, connection.pending);
  const item = connectionToItem(state, expectedVersion + 1, new Date(table.now()).toISOString(), pending);
  const fresh = expectedVersion === 0;
  return {
    Put: {
      TableName: table.tableName,
      Item: toAttributes(item),
      ConditionExpression: fresh ? 'attribute_not_exists(#pk)' : '#version = :expected',
      ExpressionAttributeNames: fresh ? { '#pk': TABLE.partitionKey } : { '#version': 'version' },
      ...(fresh ? {} : { ExpressionAttributeValues: { ':expected': { N: String(expectedVersion) } } }),
    },
  };
}
