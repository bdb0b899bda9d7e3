// What the reconciler accepts of Lava's customer listing, whatever the API answers: a run always
// ends. Each page is checked before it is used (its shape, ids this run listed already), its next
// cursor after (present when Lava says there is more, never one this run used, of a sane length),
// and the run's budget before each request (pages, time). And each entry is read on its own: one that
// the apply path cannot read is set aside, so that it never blocks the customers after it. Pure.
import type { RestCustomer } from '@lavapayments/nodejs';
import { fieldsOf, UnreadableCustomerError } from './drift';
import type { ListingAbortReason } from './metric-names';

/** Lava's listing misbehaved or outgrew the run's budget: the run ends (no tombstone pass). */
export class ReconcileListingError extends Error {
  override name = 'ReconcileListingError';
  constructor(
    readonly reason: ListingAbortReason,
    message: string,
  ) {
    super(message);
  }
}

export interface ListingBudget {
  /** Pages one run may list (over all its invocations). */
  maxPages: number;
  /** How long one run may take, from its start (over all its invocations), in ms. */
  maxMs: number;
}

/** 20,000 pages are two million customers at Lava's 100 a page; 12 hours are twelve hourly runs. */
export const LISTING_BUDGET: ListingBudget = { maxPages: 20_000, maxMs: 12 * 3_600_000 };

/**
 * An id longer than this cannot be a connection's (the apply path refuses ids over 512 bytes), and a
 * page item of ids stays within DynamoDB's item limit however many it holds (the store splits it).
 */
const MAX_LISTED_ID_BYTES = 1024;
/** A cursor is stored in the checkpoint item: one longer than this is not Lava's. */
const MAX_CURSOR_BYTES = 2048;

/** The shape every page must have; its entries are read one by one (readEntries). */
export interface ListedPage {
  data: unknown[];
  has_more: boolean;
  next_cursor?: unknown;
}

/** Throws when another page would exceed the run's budget. */
export function checkBudget(pagesDone: number, startedAt: number, now: number, budget: ListingBudget) {
  if (pagesDone >= budget.maxPages)
    throw new ReconcileListingError(
      'pageBudget',
      `Lava's listing went on past ${budget.maxPages} pages, the run's budget`,
    );
  const hours = (budget.maxMs / 3_600_000).toFixed(1);
  if (now - startedAt > budget.maxMs)
    throw new ReconcileListingError(
      'timeBudget',
      `the run has listed for longer than ${hours} h, its budget`,
    );
}

export function checkShape(page: unknown): ListedPage {
  const p = page as Partial<ListedPage> | null;
  if (typeof p !== 'object' || p === null || !Array.isArray(p.data) || typeof p.has_more !== 'boolean')
    throw new ReconcileListingError(
      'malformedPage',
      'Lava answered a page without a `data` list and a boolean `has_more`',
    );
  return p as ListedPage;
}

/** Throws when the page lists an id that an earlier page of this run listed. */
export function checkNoRepeats(ids: readonly string[], seen: ReadonlySet<string>) {
  const repeated = ids.filter((id) => seen.has(id));
  if (repeated.length)
    throw new ReconcileListingError(
      'repeatedIds',
      `Lava's listing repeated ${repeated.length} id(s) an earlier page of this run listed (${repeated[0]}…)`,
    );
}

/**
 * The cursor of the next page, or undefined when the listing is complete. Throws when Lava says
 * there is more without a cursor, or names one this run already used: either would never end.
 */
export function nextCursor(page: ListedPage, used: ReadonlySet<string>): string | undefined {
  if (!page.has_more) return undefined;
  const cursor = page.next_cursor;
  if (typeof cursor !== 'string' || cursor === '')
    throw new ReconcileListingError('noCursor', 'Lava said it has more customers but gave no next_cursor');
  if (Buffer.byteLength(cursor) > MAX_CURSOR_BYTES)
    throw new ReconcileListingError(
      'malformedPage',
      `Lava gave a next_cursor of ${Buffer.byteLength(cursor)} bytes`,
    );
  if (used.has(cursor))
    throw new ReconcileListingError(
      'repeatedCursor',
      `Lava's next_cursor repeats one this run already used (${cursor.slice(0, 40)})`,
    );
  return cursor;
}

/** A listing entry set aside: where it was, its id when it has a usable one, and why. */
export interface UnreadableEntry {
  connectionId?: string;
  /** The page of this run (from 0) and the entry's place on it (from 0). */
  page: number;
  index: number;
  reason: string;
}

export interface ReadEntries {
  /** Entries the apply path reads, in listing order. */
  customers: RestCustomer[];
  unreadable: UnreadableEntry[];
  /** Every usable id the page lists, readable or not: Lava has these customers. */
  ids: string[];
}

const usableId = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' && Buffer.byteLength(value) <= MAX_LISTED_ID_BYTES
    ? value
    : undefined;

/** Reads each entry as the apply path would: what it does not accept is set aside, with the reason. */
export function readEntries(data: readonly unknown[], page: number): ReadEntries {
  const read: ReadEntries = { customers: [], unreadable: [], ids: [] };
  data.forEach((entry, index) => {
    const isObject = typeof entry === 'object' && entry !== null && !Array.isArray(entry);
    const connectionId = isObject ? usableId((entry as { customer_id?: unknown }).customer_id) : undefined;
    if (connectionId) read.ids.push(connectionId);
    const reason = !isObject
      ? 'not an object'
      : connectionId === undefined
        ? 'no usable customer_id (a non-empty string)'
        : unreadableBecause(entry as RestCustomer);
    if (reason === undefined) read.customers.push(entry as RestCustomer);
    else read.unreadable.push({ ...(connectionId ? { connectionId } : {}), page, index, reason });
  });
  return read;
}

function unreadableBecause(customer: RestCustomer): string | undefined {
  try {
    fieldsOf(customer);
    return undefined;
  } catch (error) {
    // Anything else thrown on one entry is set aside too: one entry must not stop the rest.
    return error instanceof UnreadableCustomerError ? error.reason : String(error);
  }
}
