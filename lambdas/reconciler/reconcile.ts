// One reconcile run: page through Lava's customers, compare each with our connection, repair what
// differs through the consumer's own apply path (recordApplier: the same order rules, the same
// transaction, the same archive, the same domain events), then tombstone the active connections
// Lava no longer has — each confirmed gone by Lava (404), and never more than
// max(5, 10 %) of the active connections in one run unless forced.
//
// Large accounts: every page is checkpointed (cursor, the ids it listed), so a run cut short (time
// budget, failure, Ctrl-C) is resumed by the next one from where it stopped; redoing a page finds no
// drift for what was already repaired, so nothing is applied twice. Each repair is one transaction:
// a failed run leaves whole repairs or none, and domain events it could not publish are published
// when the run is resumed.
//
// Whatever Lava answers, a run ends: a cursor or ids that repeat, `has_more` without a cursor, or a
// listing beyond the run's budget ends it with ReconcileListingError (metric, and the function's
// failure alarm), what was done kept; an entry the apply path cannot read is set aside and counted,
// and the run goes on. A lease of a minute, renewed while the run lives, keeps two runs apart.
import { randomUUID } from 'node:crypto';
import { recordApplier } from '../core/apply-record';
import { listingBatch } from '../core/archive-listing';
import type { EventRecord } from '../core/archive-record';
import { idMode } from './lava-api';
import { keepLease, LEASE_MS } from './lease';
import {
  checkBudget,
  checkNoRepeats,
  checkShape,
  LISTING_BUDGET,
  nextCursor,
  ReconcileListingError,
  readEntries,
} from './listing';
import { RECONCILER_METRICS } from './metric-names';
import type { Checkpoint } from './reconcile-store';
import { listRepairs, publishAll, repairPage, save, tombstonePass } from './repairs';
import {
  checkRunMayGoOn,
  type ReconcileDeps,
  type ReconcileOptions,
  type ReconcileResult,
  type Run,
} from './run-state';

const PAGE_TTL_MS = 3 * 86_400_000;
/** A checkpoint older than this is not resumed: a fresh listing is cheaper than a stale one. */
const RESUME_WITHIN_MS = 86_400_000;
const DUPLICATE_WINDOW_MS = 0; // synthetic events are timestamped: the window never applies

/** Dry runs read only; real runs hold the mode's lease and resume an unfinished run. */
async function startRun(deps: ReconcileDeps, options: ReconcileOptions): Promise<Run> {
  const now = deps.now ?? Date.now;
  const mode = deps.lava.mode;
  const dryRun = options.dryRun === true;
  const holder = randomUUID();
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const previous = dryRun ? undefined : await deps.checkpoints.acquire(mode, holder, now(), now() + leaseMs);
  const resumable = previous && now() - previous.startedAt < RESUME_WITHIN_MS ? previous : undefined;
  const checkpoint: Checkpoint = resumable ?? {
    runId: `${now()}-${holder.slice(0, 8)}`,
    startedAt: now(),
    pages: 0,
    listed: false,
    owed: previous?.owed ?? [],
  };
  const result: ReconcileResult = {
    runId: checkpoint.runId,
    mode,
    complete: false,
    resumed: resumable !== undefined,
    customersRead: 0,
    otherModeSkipped: 0,
    unreadable: 0,
    drift: { missing: 0, changed: 0, gone: 0 },
    repaired: 0,
    superseded: 0,
  };
  const listing = listingBatch(deps.store);
  const applyRecord = recordApplier(listing, DUPLICATE_WINDOW_MS, now);
  const lease = dryRun
    ? undefined
    : keepLease(deps.checkpoints, { mode, holder, ms: leaseMs }, now, deps.log);
  return { deps, options, now, mode, dryRun, holder, checkpoint, result, applyRecord, listing, lease };
}

export async function reconcile(
  deps: ReconcileDeps,
  options: ReconcileOptions = {},
): Promise<ReconcileResult> {
  const run = await startRun(deps, options);
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const { checkpoint, result } = run;
  try {
    if (checkpoint.owed.length) {
      // A failed run's repairs committed but may not be listed, or their domain events not out.
      const events = await Promise.all(checkpoint.owed.map((id) => deps.store.getEvent(id)));
      const found = events.filter((e): e is EventRecord => e !== undefined);
      for (const event of found) run.listing.listAgain(event);
      await listRepairs(run, leaseMs);
      await publishAll(
        run,
        found.filter((e) => !e.published),
        leaseMs,
      );
      checkpoint.owed = [];
    }
    const seen = new Set<string>();
    if (checkpoint.pages > 0) {
      const pages = [...Array(checkpoint.pages).keys()];
      const earlier = await deps.checkpoints.loadPages(run.mode, checkpoint.runId, pages);
      for (const id of earlier) seen.add(id);
    }
    if (!(await listAll(run, seen, leaseMs))) return result;
    await tombstonePass(run, seen, leaseMs);
    await run.lease?.stop(); // before the lease is let go: no renewal lands after
    if (!run.dryRun) await deps.checkpoints.finish(run.mode, run.holder, run.now());
    result.complete = true;
    return result;
  } finally {
    await run.lease?.stop();
    deps.metrics.flush();
    if (!run.dryRun && !result.complete) await deps.checkpoints.release(run.mode, run.holder);
  }
}

/**
 * Reads Lava's customers page by page, repairing each page's drift and checkpointing it. False when
 * the time ran out first: the checkpoint is saved for the next run to resume. Throws
 * ReconcileListingError, having ended the run, when the listing misbehaves or outgrows the budget.
 */
async function listAll(run: Run, seen: Set<string>, leaseMs: number): Promise<boolean> {
  const { checkpoint, options } = run;
  // Cursors this invocation asked with; ids a resumed run listed before are in `seen` already.
  const cursorsUsed = new Set(checkpoint.cursor ? [checkpoint.cursor] : []);
  try {
    while (!checkpoint.listed) {
      if (options.outOfTime?.()) {
        await pause(run, leaseMs);
        return false;
      }
      checkRunMayGoOn(run);
      checkBudget(checkpoint.pages, checkpoint.startedAt, run.now(), options.budget ?? LISTING_BUDGET);
      const cursor = await listPage(run, seen, leaseMs, cursorsUsed);
      if (cursor) cursorsUsed.add(cursor);
    }
    return true;
  } catch (error) {
    if (error instanceof ReconcileListingError) await endListing(run, error);
    throw error;
  }
}

/** One page: read, checked, repaired, published, checkpointed. Returns the next page's cursor. */
async function listPage(run: Run, seen: Set<string>, leaseMs: number, cursorsUsed: Set<string>) {
  const { lava, checkpoints, metrics, log } = run.deps;
  const { checkpoint, result, options, mode } = run;
  const page = checkShape(await lava.listCustomers(checkpoint.cursor, options.pageSize ?? 100));
  const readAt = run.now();
  const entries = readEntries(page.data, checkpoint.pages);
  const ours = entries.customers.filter((c) => idMode(c.customer_id) === mode);
  const ourIds = entries.ids.filter((id) => idMode(id) === mode);
  checkNoRepeats(ourIds, seen);
  result.customersRead += page.data.length;
  result.otherModeSkipped += entries.customers.length - ours.length;
  metrics.add(RECONCILER_METRICS.customersRead, page.data.length);
  for (const id of ourIds) seen.add(id);
  for (const entry of entries.unreadable) {
    result.unreadable++;
    metrics.add(RECONCILER_METRICS.unreadable, 1);
    // The id and why, never the values: they are customer data.
    log.warn('skipped a customer the apply path cannot read', { runId: checkpoint.runId, ...entry });
    options.onUnreadable?.(entry);
  }
  await repairPage(run, ours, readAt, leaseMs);
  if (!run.dryRun)
    await checkpoints.savePage(mode, checkpoint.runId, checkpoint.pages, ourIds, run.now() + PAGE_TTL_MS);
  checkpoint.pages++;
  let cursor: string | undefined;
  try {
    cursor = nextCursor(page, cursorsUsed);
  } catch (error) {
    await save(run, leaseMs); // a bad cursor ends the run with this page done and recorded
    throw error;
  }
  checkpoint.cursor = cursor;
  checkpoint.listed = cursor === undefined;
  await save(run, leaseMs);
  options.onProgress?.(result.customersRead);
  return cursor;
}

async function pause(run: Run, leaseMs: number) {
  await save(run, leaseMs);
  run.deps.metrics.flush();
  run.deps.log.info('reconcile paused; the next run resumes it', {
    runId: run.checkpoint.runId,
    pages: run.checkpoint.pages,
  });
}

/**
 * Ends the run: counted, logged, the checkpoint closed with the reason (the next run starts afresh;
 * the repairs made stay). No tombstone pass: the listing is incomplete. The message says what was
 * done.
 */
async function endListing(run: Run, error: ReconcileListingError) {
  const { checkpoint, result } = run;
  run.deps.metrics.add(RECONCILER_METRICS.listingAborted, 1, 'Count', { Reason: error.reason });
  error.message =
    `${error.message}; the run ended after ${checkpoint.pages} page(s) and ${result.customersRead} customers ` +
    `(${result.repaired} repaired, kept), without its tombstone pass; the next run starts afresh`;
  run.deps.log.error('reconcile ended: Lava’s listing cannot be trusted', {
    runId: checkpoint.runId,
    reason: error.reason,
    pages: checkpoint.pages,
    message: error.message,
  });
  await run.lease?.stop();
  if (!run.dryRun) await run.deps.checkpoints.finish(run.mode, run.holder, run.now(), error.reason);
}
