// One reconcile run: page through Lava's customers, compare each with our connection, repair what
// differs through the consumer's own apply path (recordApplier: the same order rules, the same
// transaction, the same archive, the same domain events), then tombstone the active connections
// Lava no longer has — each confirmed gone by Lava (404), and never more than
// max(5, 10 %) of the active connections in one run unless forced.
//
// Large accounts: every page is checkpointed (cursor, the ids it listed), so a run cut short (time
// budget, failure) is resumed by the next one from where it stopped; redoing a page finds no drift
// for what was already repaired, so nothing is applied twice. Each repair is one transaction: a
// failed run leaves whole repairs or none, and domain events it could not publish are published
// when the run is resumed.
import { randomUUID } from 'node:crypto';
import type { RestCustomer } from '@lavapayments/nodejs';
import {
  type Applied,
  type EventToApply,
  type KnownConnection,
  recordApplier,
} from '../consumer/apply-record';
import type { EventRecord } from '../consumer/event-record';
import { collectOwed, publishOwed } from '../consumer/publish-owed';
import type { Publisher } from '../consumer/publisher';
import type { StateStore, StoredConnection } from '../consumer/state-store';
import { eachBounded } from '../shared/each-bounded';
import type { Logger } from '../shared/log';
import type { Metrics } from '../shared/metrics';
import { changedData, compare, customerData, type Drift, syntheticEvent } from './drift';
import { idMode, type LavaApi } from './lava-api';
import { type DriftKind, RECONCILER_METRICS, REPAIRS_OUTCOME } from './metric-names';
import type { Checkpoint, ReconcileStore } from './reconcile-store';

export interface ReconcileDeps {
  lava: LavaApi;
  store: StateStore;
  checkpoints: ReconcileStore;
  publish: Publisher;
  log: Logger;
  metrics: Metrics;
  now?: () => number;
}

export interface ReconcileOptions {
  /** Report only: nothing is written (no repair, no checkpoint), nothing published. */
  dryRun?: boolean;
  /** Tombstone beyond the safety limit. */
  force?: boolean;
  /** Customers per page (Lava allows up to 100). */
  pageSize?: number;
  /** Asked before each page: true stops the run there, to be resumed (Lambda's time budget). */
  outOfTime?: () => boolean;
  /** Told of each drift found and what became of it. */
  onDrift?: (drift: DriftReport) => void;
  /** Told after each page: customers read so far. */
  onProgress?: (customersRead: number) => void;
}

/** `repaired`: applied; `superseded`: a newer webhook had already set it; `skipped`: not repaired. */
export type RepairOutcome = 'repaired' | 'superseded' | 'skipped';

export interface DriftReport extends Drift {
  outcome: RepairOutcome;
  /** Why it was not repaired, when skipped. */
  note?: string;
}

export interface ReconcileResult {
  runId: string;
  mode: string;
  /** False when the run stopped early and will be resumed. */
  complete: boolean;
  resumed: boolean;
  customersRead: number;
  otherModeSkipped: number;
  drift: Record<DriftKind, number>;
  repaired: number;
  superseded: number;
  /** Set when the tombstones were refused: how many, of how many active, and the limit. */
  refused?: { candidates: number; active: number; limit: number };
}

/** The most tombstones one run may make without --force: max(5, 10 % of the active connections). */
export const tombstoneLimit = (active: number) => Math.max(5, Math.floor(active / 10));

const LEASE_MS = 16 * 60_000; // longer than the function's 15-minute ceiling
const PAGE_TTL_MS = 3 * 86_400_000;
/** A checkpoint older than this is not resumed: a fresh listing is cheaper than a stale one. */
const RESUME_WITHIN_MS = 86_400_000;
const DUPLICATE_WINDOW_MS = 0; // synthetic events are timestamped: the window never applies
/** Repairs of one page in flight at once: each is one connection's transaction. */
const REPAIR_CONCURRENCY = 8;

export class ReconcileFailedError extends Error {
  override name = 'ReconcileFailedError';
}

/** One run's state, shared by its steps. */
interface Run {
  deps: ReconcileDeps;
  options: ReconcileOptions;
  now: () => number;
  mode: string;
  dryRun: boolean;
  /** The lease's holder: this run. */
  holder: string;
  checkpoint: Checkpoint;
  result: ReconcileResult;
  applyRecord: ReturnType<typeof recordApplier>;
}

/** Dry runs read only; real runs hold the mode's lease and resume an unfinished run. */
async function startRun(deps: ReconcileDeps, options: ReconcileOptions): Promise<Run> {
  const now = deps.now ?? Date.now;
  const mode = deps.lava.mode;
  const dryRun = options.dryRun === true;
  const holder = randomUUID();
  const previous = dryRun ? undefined : await deps.checkpoints.acquire(mode, holder, now(), now() + LEASE_MS);
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
    drift: { missing: 0, changed: 0, gone: 0 },
    repaired: 0,
    superseded: 0,
  };
  const applyRecord = recordApplier(deps.store, DUPLICATE_WINDOW_MS, now);
  return { deps, options, now, mode, dryRun, holder, checkpoint, result, applyRecord };
}

const save = (run: Run) =>
  run.dryRun
    ? Promise.resolve()
    : run.deps.checkpoints.save(run.mode, run.holder, run.checkpoint, run.now() + LEASE_MS);

export async function reconcile(
  deps: ReconcileDeps,
  options: ReconcileOptions = {},
): Promise<ReconcileResult> {
  const run = await startRun(deps, options);
  const { checkpoint, result } = run;
  try {
    if (checkpoint.owed.length) {
      // A failed run's repairs committed but their domain events did not go out: publish them now.
      const events = await Promise.all(checkpoint.owed.map((id) => deps.store.getEvent(id)));
      await publishAll(
        run,
        events.filter((e): e is EventRecord => e !== undefined && !e.published),
      );
      checkpoint.owed = [];
    }
    const seen = new Set<string>();
    if (checkpoint.pages > 0) {
      const pages = [...Array(checkpoint.pages).keys()];
      const earlier = await deps.checkpoints.loadPages(run.mode, checkpoint.runId, pages);
      for (const id of earlier) seen.add(id);
    }
    if (!(await listAll(run, seen))) return result;
    await tombstonePass(run, seen);
    if (!run.dryRun) await deps.checkpoints.finish(run.mode, run.holder, run.now());
    result.complete = true;
    return result;
  } finally {
    deps.metrics.flush();
    if (!run.dryRun && !result.complete) await deps.checkpoints.release(run.mode, run.holder);
  }
}

/**
 * Reads Lava's customers page by page, repairing each page's drift and checkpointing it. False when
 * the time ran out first: the checkpoint is saved for the next run to resume.
 */
async function listAll(run: Run, seen: Set<string>): Promise<boolean> {
  const { lava, checkpoints, log, metrics } = run.deps;
  const { checkpoint, result, options, mode } = run;
  while (!checkpoint.listed) {
    if (options.outOfTime?.()) {
      await save(run);
      metrics.flush();
      log.info('reconcile paused; the next run resumes it', {
        runId: checkpoint.runId,
        pages: checkpoint.pages,
      });
      return false;
    }
    const page = await lava.listCustomers(checkpoint.cursor, options.pageSize ?? 100);
    const readAt = run.now();
    const ours = page.data.filter((c) => idMode(c.customer_id) === mode);
    result.customersRead += page.data.length;
    result.otherModeSkipped += page.data.length - ours.length;
    metrics.add(RECONCILER_METRICS.customersRead, page.data.length);
    for (const c of ours) seen.add(c.customer_id);
    const owing = await repairPage(run, ours, readAt);
    await publishAll(run, owing);
    if (!run.dryRun)
      await checkpoints.savePage(
        mode,
        checkpoint.runId,
        checkpoint.pages,
        ours.map((c) => c.customer_id),
        run.now() + PAGE_TTL_MS,
      );
    checkpoint.pages++;
    checkpoint.cursor = page.has_more ? page.next_cursor : undefined;
    checkpoint.listed = !page.has_more || !page.next_cursor;
    await save(run);
    options.onProgress?.(result.customersRead);
  }
  return true;
}

/** Publishes what committed repairs owe; what does not go out stays owed in the checkpoint. */
async function publishAll(run: Run, owing: EventRecord[]) {
  const { store, log, metrics } = run.deps;
  const failed: unknown[] = [];
  await publishOwed(
    collectOwed(owing.map((event) => [event.eventId, event] as [string | undefined, EventRecord])),
    {
      publish: run.deps.publish,
      store,
      onPublished: (count) => metrics.add(RECONCILER_METRICS.domainEventsPublished, count),
      onMarkFailed: (error) => log.warn('could not mark events published', { error }),
    },
    (_id, error) => void failed.push(error),
  );
  if (failed.length) {
    owe(run, owing);
    await save(run);
    throw new ReconcileFailedError(`domain events could not be published: ${String(failed[0])}`);
  }
}

async function repair(
  run: Run,
  drift: Drift,
  data: Record<string, unknown>,
  readAt: number,
  known: KnownConnection,
): Promise<EventRecord[]> {
  const { log, metrics } = run.deps;
  const { checkpoint, result, options } = run;
  result.drift[drift.kind]++;
  metrics.add(RECONCILER_METRICS.drift, 1, 'Count', { Kind: drift.kind });
  const report = (outcome: RepairOutcome, note?: string) => {
    options.onDrift?.({ ...drift, outcome, ...(note ? { note } : {}) });
    log.info('drift', {
      runId: checkpoint.runId,
      kind: drift.kind,
      connectionId: drift.connectionId,
      // Field names only: the values are customer data.
      fields: drift.differences?.map((d) => d.field),
      outcome,
      note,
    });
  };
  if (run.dryRun) {
    report('skipped', 'dry run');
    return [];
  }
  const { event, delivery } = syntheticEvent(
    drift.kind,
    data,
    readAt,
    `reconcile-${checkpoint.runId}-${drift.kind}-${drift.connectionId}`,
  );
  const input: EventToApply = {
    delivery,
    redecide: false,
    result: { kind: 'event', event, scheme: 'timestamped' },
  };
  const applied: Applied = await run.applyRecord(input, known);
  const done = applied.outcome === 'applied';
  const outcome = done ? REPAIRS_OUTCOME.applied : REPAIRS_OUTCOME.superseded;
  metrics.add(RECONCILER_METRICS.repairs, 1, 'Count', { Outcome: outcome });
  if (done) result.repaired++;
  else result.superseded++;
  report(done ? 'repaired' : 'superseded', done ? undefined : 'a newer event already set it');
  return [applied.owes, ...(applied.promoted ?? [])].filter((e): e is EventRecord => e !== undefined);
}

/** Adds the events in `owing` to the checkpoint's owed list (not saved); false when there were none. */
function owe(run: Run, owing: EventRecord[]): boolean {
  const ids = owing.flatMap((e) => (e.eventId ? [e.eventId] : []));
  run.checkpoint.owed = [...new Set([...run.checkpoint.owed, ...ids])];
  return ids.length > 0;
}

/** Keeps what committed repairs owe in the checkpoint when a page fails halfway. */
async function owedOnFailure<T>(run: Run, owing: EventRecord[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (owe(run, owing)) {
      await save(run).catch((saveError: unknown) =>
        run.deps.log.error('could not save the checkpoint', { error: saveError }),
      );
    }
    throw error;
  }
}

async function repairPage(run: Run, customers: RestCustomer[], readAt: number): Promise<EventRecord[]> {
  const stored = await run.deps.store.getConnections(customers.map((c) => c.customer_id));
  const owing: EventRecord[] = [];
  // A few customers at a time (each is its own connection and transaction); none started after a
  // failure, which is often Lava refusing more.
  const repairEach = () =>
    eachBounded(
      customers,
      REPAIR_CONCURRENCY,
      async (c) => {
        owing.push(...(await repairOne(run, c, readAt, stored.get(c.customer_id))));
      },
      { stopAtFailure: true },
    );
  await owedOnFailure(run, owing, repairEach);
  return owing;
}

async function repairOne(
  run: Run,
  customer: RestCustomer,
  readAt: number,
  current: StoredConnection | undefined,
): Promise<EventRecord[]> {
  const drift = compare(customer, current?.state);
  if (!drift) return [];
  if (drift.kind === 'missing' && drift.tombstone) {
    // Lava lists a customer we hold as deleted: believe it only if Lava still has it when asked.
    if (!(await run.deps.lava.retrieveCustomer(customer.customer_id))) {
      run.options.onDrift?.({ ...drift, outcome: 'skipped', note: 'listed, but Lava answers 404' });
      return [];
    }
  }
  const data =
    drift.kind === 'changed' ? changedData(customer, drift.differences ?? []) : customerData(customer);
  return repair(run, drift, data, readAt, { stored: current, fresh: true });
}

async function tombstonePass(run: Run, seen: Set<string>) {
  const { lava, checkpoints, log, metrics } = run.deps;
  const { result, options } = run;
  const active = (await checkpoints.activeConnectionIds()).filter((id) => idMode(id) === run.mode);
  const candidates = active.filter((id) => !seen.has(id));
  if (candidates.length === 0) return;
  const limit = tombstoneLimit(active.length);
  if (candidates.length > limit && !options.force) {
    result.refused = { candidates: candidates.length, active: active.length, limit };
    metrics.add(RECONCILER_METRICS.refusals, 1);
    log.error('refused to tombstone: too many active connections missing from Lava’s listing', {
      runId: run.checkpoint.runId,
      ...result.refused,
    });
    return;
  }
  const owing: EventRecord[] = [];
  await owedOnFailure(run, owing, async () => {
    for (const connectionId of candidates) {
      // Lava may have it after all (created after the listing passed it, or left out of it).
      if (await lava.retrieveCustomer(connectionId)) continue;
      const owes = await repair(
        run,
        { kind: 'gone', connectionId },
        { customer_id: connectionId },
        run.now(),
        {
          fresh: false,
        },
      );
      owing.push(...owes);
    }
  });
  await publishAll(run, owing);
}
