// The one DynamoDB table's key layout, shared by the consumer, the CLI, the CDK stack and the local
// stack, so that they cannot drift apart.
export const TABLE = {
  partitionKey: 'pk',
  ttlAttribute: 'expiresAt',
  /**
   * Archive records by day and time, for `events` and `replay --since`: listing items (a batch's
   * records each), and archive items written before them; a day per partition keeps it cool.
   */
  byTime: {
    indexName: 'byTime',
    partitionKey: 'gsi1pk',
    sortKey: 'gsi1sk',
    /**
     * What an older archive item's entry projects: what listing needs. Listing items have none of
     * these attributes, so their entries are keys only.
     */
    projected: ['eventType', 'connectionId', 'outcome', 'receivedAt', 'eventAt', 'sha256'],
  },
  /**
   * Connections by status, keys only, for the reconciler's "active here, gone in Lava". Sparse: only
   * connection items have `status` (always a string); an index entry is written only when a
   * connection is created or its status changes.
   */
  byStatus: { indexName: 'byStatus', partitionKey: 'status', sortKey: 'connectionId' },
} as const;

export const connectionKey = (connectionId: string) => `CONNECTION#${connectionId}`;
/** An event (applied or stale): its first delivery's archive and what makes it happen once. */
export const eventKey = (eventId: string) => `EVENT#${eventId}`;
/** A delivery that made no event of its own: a duplicate, an ignored or a rejected one. */
export const deliveryKey = (deliveryId: string) => `DELIVERY#${deliveryId}`;
/**
 * The reconciler's checkpoint for one key mode, and the ids each page of a run listed: part 0 of a
 * page under the page's key, further parts (a page too large for one item) beside it.
 */
export const reconcileKey = (mode: string) => `RECONCILE#${mode}`;
export const reconcilePageKey = (mode: string, runId: string, page: number, part = 0) =>
  `RECONCILE#${mode}#${runId}#${page}${part ? `#${part}` : ''}`;
/**
 * A listing item: what the `byTime` index lists of a batch's archive items (their keys and what a
 * listing shows of them), in place of an index entry each. `<hash>` names its entries' keys, so that
 * writing the same entries again overwrites it.
 */
export const LISTING_KEY_PREFIX = 'LISTING#';
export const listingKey = (hash: string) => `${LISTING_KEY_PREFIX}${hash}`;
/**
 * The most a listing item's receive times span (its `byTime` sort key is the earliest): a reader
 * merging listing items in receive order holds back no more than this, and looks this far before a
 * window for the items that reach into it. Lowering it later breaks nothing; raising it would let
 * items written before the change be listed out of order.
 */
export const LISTING_SPAN_MS = 5 * 60_000;
/** The table key of an archive record: its event's, or its delivery's when it made no event. */
export const archiveKey = (record: { eventId?: string | undefined; deliveryId: string }) =>
  record.eventId ? eventKey(record.eventId) : deliveryKey(record.deliveryId);
/** The event or delivery id an archive item's key names (what follows `EVENT#` or `DELIVERY#`). */
export const archiveKeyId = (key: string) => key.slice(key.indexOf('#') + 1);
/** A key no item has: reading it touches the table and nothing else. */
export const NO_ITEM_KEY = 'WARMUP';

const DAY_MS = 86_400_000;
/** GSI partition for events received on a UTC day, e.g. `EVENTS#2026-11-27`. */
export const eventDayKey = (epochMs: number) => `EVENTS#${new Date(epochMs).toISOString().slice(0, 10)}`;
/** GSI sort key of an archive item: its receive time, then its table key (unique). */
export const eventTimeKey = (receivedAtMs: number, itemKey: string) =>
  `${new Date(receivedAtMs).toISOString()}#${itemKey}`;

/** One `byTime` partition (a UTC day) and the range of its sort keys between two times. */
export interface EventTimeRange {
  partition: string;
  from: string;
  to: string;
}

/**
 * The `byTime` ranges that hold the archive items received from `sinceMs` to `untilMs` (both
 * included): one a UTC day, oldest first. Each starts `earlierMs` before `sinceMs` (within its day),
 * for the listing items whose earliest entry is before the window but later ones in it.
 */
export function eventTimeRanges(sinceMs: number, untilMs: number, earlierMs = 0): EventTimeRange[] {
  const ranges: EventTimeRange[] = [];
  for (let day = Math.floor(sinceMs / DAY_MS) * DAY_MS; day <= untilMs; day += DAY_MS) {
    ranges.push({
      partition: eventDayKey(day),
      from: new Date(Math.max(day, sinceMs - earlierMs)).toISOString(),
      // Past every key of the last millisecond: `#` and all that follows sort before `~`.
      to: `${new Date(Math.min(day + DAY_MS - 1, untilMs)).toISOString()}~`,
    });
  }
  return ranges;
}

/**
 * A request ingest could not hand to SQS, kept until the drainer has moved it there. Ingest may write
 * only keys with this prefix (an IAM `dynamodb:LeadingKeys` condition).
 */
export const SPILL_KEY_PREFIX = 'SPILL#';
export const spillKey = (deliveryId: string) => `${SPILL_KEY_PREFIX}${deliveryId}`;
/** The `byTime` partition that lists spill items, oldest first, for the drainer. */
export const SPILL_PARTITION = 'SPILLS';
/** As long as SQS would have kept the message. */
export const SPILL_TTL_DAYS = 14;
