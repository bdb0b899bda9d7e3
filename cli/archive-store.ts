// The archive side of the DynamoDB adapter, for the command-line tool: the archive records (events,
// and deliveries that made no event) listed through the `byTime` index (one partition per UTC day:
// listing items, each listing a batch's records, and archive items written before them, each its own
// entry) and read whole, what became of one delivery, and a connection as a reader sees it. DynamoDB Local
// never expires items, and DynamoDB deletes them up to days late, so records past `expiresAt` are
// left out (the index lists them still: it holds no expiry).
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { entriesOfListingItem, inReceiveOrder } from '../lambdas/core/archive-listing';
import type { EventRecord, ListingEntry, Outcome } from '../lambdas/core/archive-record';
import {
  connectionFromItem,
  eventFromItem,
  optionalString,
  sha256OfItem,
} from '../lambdas/core/dynamodb-store';
import { repeatEventId } from '../lambdas/core/identity';
import { queryPages } from '../lambdas/shared/table-query';
import { batchGetItems, getItem } from '../lambdas/shared/table-reads';
import {
  archiveKeyId,
  connectionKey,
  deliveryKey,
  type EventTimeRange,
  eventKey,
  eventTimeRanges,
  LISTING_KEY_PREFIX,
  LISTING_SPAN_MS,
  TABLE,
} from '../lambdas/shared/table-schema';

/** Which archive records: those received in a time window, optionally of one connection. */
export interface ArchiveWindow {
  /** Oldest receive time wanted, epoch ms. */
  sinceMs: number;
  /** Newest receive time wanted, epoch ms; now when absent. */
  untilMs?: number | undefined;
  newestFirst: boolean;
  connectionId?: string | undefined;
}

/** What the listing holds of an archive record (its `key` is what `read` takes), and its id. */
export interface ArchiveEntry extends ListingEntry {
  /** Its event id (an event) or its delivery id (a delivery that made no event). */
  id: string;
}

/** An archive record read whole, with its key and id as in `ArchiveEntry`. */
export interface ArchivedRecord extends EventRecord {
  key: string;
  id: string;
}

/** A connection as a reader of the table sees it: the usual fields always there (null when unknown). */
export interface ConnectionView {
  connectionId: string;
  status: unknown;
  hasLavaCreditBalance: unknown;
  walletBalance: unknown;
  email: unknown;
  createdAt: string;
  lastEventAt: string;
  lastEventType: string;
  deletedAt: unknown;
  updatedAt: unknown;
  /** The other fields Lava sent, as stored. */
  [field: string]: unknown;
}

export interface ArchiveStore {
  /** The index entries of the window, a Query page at a time, in receive order or its reverse. */
  entries(window: ArchiveWindow): AsyncGenerator<ArchiveEntry[]>;
  /** The records of the window whole, a page at a time, in receive order or its reverse. */
  records(window: ArchiveWindow): AsyncGenerator<ArchivedRecord[]>;
  /** The records with these keys, in the order given, without those gone or expired. */
  read(keys: readonly string[]): Promise<ArchivedRecord[]>;
  /** The records whose event id or delivery id is `id`. */
  withId(id: string): Promise<ArchivedRecord[]>;
  /** An event's record (applied, stale), expired or not. */
  event(eventId: string): Promise<EventRecord | undefined>;
  /**
   * The record of a delivery, given the id of its signed content (see identity.ts) and about when it
   * was sent (epoch ms), or undefined while the consumer has not decided it. The event of some
   * content is on the content's item; a later event with the same content on its own item
   * (`EVENT#<content>@<arrival>`), found by time; a delivery that made no event on its own item.
   */
  delivery(deliveryId: string, contentId: string, sentAtMs?: number): Promise<EventRecord | undefined>;
  connection(connectionId: string): Promise<ConnectionView | undefined>;
}

/** The fields a reader of the table cares about, the usual ones always present (null when unknown). */
function connectionView(item: Record<string, unknown>): ConnectionView {
  const { state } = connectionFromItem(item);
  const { status, hasLavaCreditBalance, walletBalance, email, deletedAt, ...other } = state.values;
  return {
    connectionId: state.connectionId,
    status: status ?? null,
    hasLavaCreditBalance: hasLavaCreditBalance ?? null,
    walletBalance: walletBalance ?? null,
    email: email ?? null,
    ...other,
    createdAt: state.createdAt,
    lastEventAt: state.lastEventAt,
    lastEventType: state.lastEventType,
    deletedAt: deletedAt ?? null,
    updatedAt: item.updatedAt ?? null,
  };
}

/** An archive item's own index entry (items written before listing items). */
function entryFromIndex(item: Record<string, unknown>): ListingEntry {
  const key = String(item[TABLE.partitionKey]);
  return {
    key,
    eventType: String(item.eventType ?? ''),
    connectionId: optionalString(item.connectionId),
    outcome: item.outcome as Outcome,
    receivedAt: Date.parse(String(item.receivedAt)),
    eventAt: Date.parse(String(item.eventAt)),
    sha256: sha256OfItem(item),
  };
}

const withId = (entry: ListingEntry): ArchiveEntry => ({ ...entry, id: archiveKeyId(entry.key) });

const isListingKey = (row: Record<string, unknown>) =>
  String(row[TABLE.partitionKey]).startsWith(LISTING_KEY_PREFIX);

/** The receive time a `byTime` sort key starts with (an ISO time, then `#` and the item's key). */
const sortKeyTime = (row: Record<string, unknown>) =>
  Date.parse(String(row[TABLE.byTime.sortKey]).slice(0, String(row[TABLE.byTime.sortKey]).indexOf('#')));

/**
 * Merges index rows' entries into receive order (or its reverse), holding back only what a later row
 * could still precede: a row's sort time is its earliest entry's, and none of its entries is more
 * than LISTING_SPAN_MS later. An entry listed twice (its record handed over again) comes out once:
 * both copies have the same receive time, so they are held back together.
 */
function receiveOrderMerge(newestFirst: boolean) {
  const held = new Map<string, ListingEntry>();
  return {
    add(entries: ListingEntry[]) {
      for (const e of entries) held.set(e.key, e);
    },
    /**
     * What no row after one with this sort time can precede, in order, taken out; with no time
     * (no rows left), all of it.
     */
    settled(rowTime: number | undefined): ListingEntry[] {
      const isSettled = (e: ListingEntry) =>
        rowTime === undefined ||
        (newestFirst ? e.receivedAt > rowTime + LISTING_SPAN_MS : e.receivedAt < rowTime);
      const out = [...held.values()].filter(isSettled).sort(inReceiveOrder);
      for (const e of out) held.delete(e.key);
      return newestFirst ? out.reverse() : out;
    },
  };
}

function recordFromItem(item: Record<string, unknown>): ArchivedRecord {
  const key = String(item[TABLE.partitionKey]);
  return { ...eventFromItem(item), key, id: archiveKeyId(key) };
}

/** One day's index rows of the window (and LISTING_SPAN_MS before it), a Query page at a time. */
function indexPages(client: DynamoDBClient, tableName: string, range: EventTimeRange, window: ArchiveWindow) {
  const { byTime } = TABLE;
  const only = window.connectionId;
  return queryPages(client, {
    TableName: tableName,
    IndexName: byTime.indexName,
    KeyConditionExpression: '#pk = :day AND #sk BETWEEN :from AND :to',
    ExpressionAttributeNames: {
      '#pk': byTime.partitionKey,
      '#sk': byTime.sortKey,
      ...(only ? { '#c': 'connectionId' } : {}),
    },
    ExpressionAttributeValues: {
      ':day': { S: range.partition },
      ':from': { S: range.from },
      ':to': { S: range.to },
      ...(only ? { ':c': { S: only } } : {}),
    },
    // Listing items have no connection id: their entries are filtered once read.
    ...(only ? { FilterExpression: 'attribute_not_exists(#c) OR #c = :c' } : {}),
    ScanIndexForward: !window.newestFirst,
  });
}

/** The entries a page of index rows stands for: listing items read and expanded, older items as they are. */
async function entriesOfRows(
  client: DynamoDBClient,
  tableName: string,
  rows: Record<string, unknown>[],
): Promise<ListingEntry[]> {
  const listingKeys = rows.filter((r) => isListingKey(r)).map((r) => String(r[TABLE.partitionKey]));
  const listings = listingKeys.length ? await batchGetItems(client, tableName, listingKeys) : new Map();
  return rows.flatMap((row) => {
    if (!isListingKey(row)) return [entryFromIndex(row)];
    const item = listings.get(String(row[TABLE.partitionKey]));
    return item ? entriesOfListingItem(item) : [];
  });
}

/** The window's entries, in receive order or its reverse, a page of index rows at a time. */
async function* listedEntries(
  client: DynamoDBClient,
  tableName: string,
  window: ArchiveWindow,
  untilMs: number,
): AsyncGenerator<ArchiveEntry[]> {
  const ranges = eventTimeRanges(window.sinceMs, untilMs, LISTING_SPAN_MS);
  if (window.newestFirst) ranges.reverse();
  const wanted = (e: ListingEntry) =>
    e.receivedAt >= window.sinceMs &&
    e.receivedAt <= untilMs &&
    (window.connectionId === undefined || e.connectionId === window.connectionId);
  for (const range of ranges) {
    // Items of one day only: the merge starts afresh with each.
    const merge = receiveOrderMerge(window.newestFirst);
    for await (const rows of indexPages(client, tableName, range, window)) {
      merge.add((await entriesOfRows(client, tableName, rows)).filter(wanted));
      const done = merge.settled(sortKeyTime(rows[rows.length - 1] as Record<string, unknown>));
      if (done.length) yield done.map(withId);
    }
    const rest = merge.settled(undefined);
    if (rest.length) yield rest.map(withId);
  }
}

/** How far from its sending a repeat's arrival is looked for (clocks, queueing). */
const REPEAT_SEARCH_MS = 5 * 60_000;

export function dynamoDbArchive(
  client: DynamoDBClient,
  tableName: string,
  options: { now?: () => number } = {},
): ArchiveStore {
  const now = options.now ?? Date.now;

  const entries = (window: ArchiveWindow) =>
    listedEntries(client, tableName, window, window.untilMs ?? now());

  async function read(keys: readonly string[]): Promise<ArchivedRecord[]> {
    const found = await batchGetItems(client, tableName, keys);
    const nowSeconds = now() / 1000;
    return keys.flatMap((key) => {
      const item = found.get(key);
      if (!item) return [];
      const expiresAt = Number(item[TABLE.ttlAttribute]);
      return Number.isFinite(expiresAt) && expiresAt < nowSeconds ? [] : [recordFromItem(item)];
    });
  }

  async function record(key: string): Promise<EventRecord | undefined> {
    const item = await getItem(client, tableName, key);
    return item ? eventFromItem(item) : undefined;
  }

  return {
    entries,
    read,

    async *records(window) {
      for await (const page of entries(window)) {
        const records = await read(page.map((e) => e.key));
        if (records.length) yield records;
      }
    },

    withId: (id) => read([eventKey(id), deliveryKey(id)]),

    event: (eventId) => record(eventKey(eventId)),

    async delivery(deliveryId, contentId, sentAtMs = now()) {
      const [own, first] = await Promise.all([record(deliveryKey(deliveryId)), record(eventKey(contentId))]);
      if (own) return own;
      if (!first) return undefined;
      if (first.deliveryId === deliveryId) return first;
      // Items of an earlier release list their repeats on the first one.
      const listed = first.repeats?.find((r) => r.id === deliveryId);
      if (listed) return record(eventKey(repeatEventId(contentId, listed.at)));
      const repeats = `${eventKey(contentId)}@`;
      const window = {
        sinceMs: sentAtMs - REPEAT_SEARCH_MS,
        untilMs: sentAtMs + REPEAT_SEARCH_MS,
        newestFirst: true,
      };
      for await (const page of entries(window)) {
        for (const entry of page.filter((e) => e.key.startsWith(repeats))) {
          const found = await record(entry.key);
          if (found?.deliveryId === deliveryId) return found;
        }
      }
      return undefined;
    },

    async connection(connectionId) {
      const item = await getItem(client, tableName, connectionKey(connectionId));
      return item ? connectionView(item) : undefined;
    },
  };
}
