// The archive's listing. Archive items carry no `byTime` index keys: each index entry would cost a
// write unit of its own. Instead, whoever archives writes, once a batch, listing items: each holds
// what a listing shows of up to a few dozen archive records of one UTC day received within
// LISTING_SPAN_MS of each other, and only its own index keys (a keys-only entry, one unit). Readers
// query the index, read the listing items and expand them (cli/archive-store.ts).
//
// Writing is idempotent: the same entries make the same item, and an entry listed twice (a record
// handed over again after its batch died before its listing was written) is read once.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  archiveKey,
  archiveKeyId,
  eventDayKey,
  eventKey,
  eventTimeKey,
  LISTING_SPAN_MS,
  listingKey,
  TABLE,
} from '../shared/table-schema';
import type { EventRecord, ListingEntry, Outcome } from './archive-record';
import { contentIdOfEventId } from './identity';
import type { StateStore } from './state-store';

/** The most entries one listing item holds, whatever their size. */
const MAX_ENTRIES = 50;
/**
 * The most bytes of gzipped entries one listing item holds: with its keys, the item stays under
 * 3 KiB (three write units at most).
 */
const MAX_ENTRIES_BYTES = 2_800;
/** The attribute holding a listing item's entries, gzipped JSON. */
const ENTRIES = 'entries';

export const listingEntryOf = (record: EventRecord): ListingEntry => ({
  key: archiveKey(record),
  eventType: record.eventType,
  connectionId: record.connectionId,
  outcome: record.outcome,
  receivedAt: record.receivedAt,
  eventAt: record.eventAt,
  sha256: record.sha256,
});

/** Receive order, ties by key: the order of the `byTime` sort keys archive items had. */
export const inReceiveOrder = (a: ListingEntry, b: ListingEntry) =>
  a.receivedAt - b.receivedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The sha256 an event key names already (a plain-scheme event's content id): not stored again. */
const keyedSha256 = (key: string) =>
  key.startsWith(eventKey('')) ? contentIdOfEventId(archiveKeyId(key)) : undefined;

/** One entry as a JSON row: the event time as its offset from the receive time (mostly small). */
type Row = [string, string, string | null, Outcome, number, number, string];

const toRow = (e: ListingEntry): Row => [
  e.key,
  e.eventType,
  e.connectionId ?? null,
  e.outcome,
  e.receivedAt,
  e.eventAt - e.receivedAt,
  keyedSha256(e.key) === e.sha256 ? '' : e.sha256,
];

const fromRow = ([key, eventType, connectionId, outcome, receivedAt, eventAtOffset, sha256]: Row) => ({
  key,
  eventType,
  connectionId: connectionId ?? undefined,
  outcome,
  receivedAt,
  eventAt: receivedAt + eventAtOffset,
  sha256: sha256 || (keyedSha256(key) ?? ''),
});

/** Groups entries, in receive order, into runs of one UTC day spanning at most LISTING_SPAN_MS. */
function spans(entries: readonly ListingEntry[]): ListingEntry[][] {
  const unique = [...new Map(entries.map((e) => [e.key, e])).values()].sort(inReceiveOrder);
  const groups: ListingEntry[][] = [];
  let group: ListingEntry[] = [];
  for (const entry of unique) {
    const first = group[0];
    const fits =
      first !== undefined &&
      group.length < MAX_ENTRIES &&
      entry.receivedAt - first.receivedAt <= LISTING_SPAN_MS &&
      eventDayKey(entry.receivedAt) === eventDayKey(first.receivedAt);
    if (!fits) {
      group = [];
      groups.push(group);
    }
    group.push(entry);
  }
  return groups;
}

function listingItem(group: ListingEntry[], entries: Buffer, ttlDays: number): Record<string, unknown> {
  const first = group[0] as ListingEntry;
  const last = group[group.length - 1] as ListingEntry;
  const hash = createHash('sha256');
  for (const e of group) hash.update(`${e.key}\n`);
  const key = listingKey(hash.digest('base64url').slice(0, 22));
  return {
    [TABLE.partitionKey]: key,
    [ENTRIES]: entries,
    // Kept as long as the last archive item it lists.
    [TABLE.ttlAttribute]: Math.floor(last.receivedAt / 1000) + Math.round(ttlDays * 86_400),
    [TABLE.byTime.partitionKey]: eventDayKey(first.receivedAt),
    [TABLE.byTime.sortKey]: eventTimeKey(first.receivedAt, key),
  };
}

/** A group's listing items: one, or halves of it while its entries are too large for one. */
function itemsOf(group: ListingEntry[], ttlDays: number): Record<string, unknown>[] {
  const entries = gzipSync(JSON.stringify(group.map(toRow)), { level: 9 });
  if (entries.length <= MAX_ENTRIES_BYTES || group.length === 1)
    return [listingItem(group, entries, ttlDays)];
  const half = Math.ceil(group.length / 2);
  return [...itemsOf(group.slice(0, half), ttlDays), ...itemsOf(group.slice(half), ttlDays)];
}

/**
 * The listing items of these entries (an entry given twice is listed once). Each item's `byTime`
 * sort key is its earliest entry's receive time: no entry of it is earlier, none more than
 * LISTING_SPAN_MS later, which is what lets a reader merge items in receive order.
 */
export function listingItems(entries: readonly ListingEntry[], ttlDays: number): Record<string, unknown>[] {
  return spans(entries).flatMap((group) => itemsOf(group, ttlDays));
}

/** The entries a listing item holds, in receive order. */
export function entriesOfListingItem(item: Record<string, unknown>): ListingEntry[] {
  const stored = item[ENTRIES];
  if (!(stored instanceof Uint8Array)) return [];
  return (JSON.parse(gunzipSync(stored).toString('utf8')) as Row[]).map(fromRow);
}

/** The store an apply path writes through, which lists what it archives. */
export interface ListedStore extends StateStore {
  /**
   * An archive record an earlier attempt of the same delivery committed (SQS handed it over again):
   * listed again, since the listing may have died with that attempt. Readers list it once.
   */
  listAgain(record: EventRecord): void;
}

export interface ListingBatch extends ListedStore {
  /**
   * Writes the listing items of what was archived through this batch since the last flush. If the
   * write fails, the entries stay for the next flush, and the caller must have the records handed
   * over again (or otherwise listed again) if there may be none.
   */
  flush(): Promise<void>;
  /** The keys archived through this batch and not listed yet. */
  unlisted(): string[];
}

/**
 * A batch over `store`: every archive item committed through it (an event, a delivery that made no
 * event), or found committed already by its own delivery, is listed when the batch flushes. One a
 * consumer batch or a reconciler run: batches running side by side must not share one.
 */
export function listingBatch(store: StateStore): ListingBatch {
  const pending = new Map<string, ListingEntry>();
  const list = (record: EventRecord) => {
    const entry = listingEntryOf(record);
    pending.set(entry.key, entry);
  };
  return {
    ...store,
    async commitEvent(event, commit) {
      const result = await store.commitEvent(event, commit);
      if (result === 'committed') list(event);
      return result;
    },
    async archiveDelivery(record, connection) {
      const result = await store.archiveDelivery(record, connection);
      if (result === 'committed') list(record);
      if (result === 'exists') {
        // Its key is its delivery's own: this delivery was archived before, perhaps not listed.
        const stored = await store.getDelivery(record.deliveryId);
        if (stored) list(stored);
      }
      return result;
    },
    listAgain: list,
    unlisted: () => [...pending.keys()],
    async flush() {
      const entries = [...pending.values()];
      if (!entries.length) return;
      await store.writeListing(entries);
      for (const e of entries) if (pending.get(e.key) === e) pending.delete(e.key);
    },
  };
}
