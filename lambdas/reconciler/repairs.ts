// A run's repairs: each drift becomes a synthetic event applied through the consumer's own path
// (recordApplier), a page's customers a slice at a time, then the tombstones of what Lava no longer
// has. What committed repairs owe in domain events is published, or kept owed in the checkpoint.
import type { RestCustomer } from '@lavapayments/nodejs';
import type { Applied, EventToApply, KnownConnection } from '../core/apply-record';
import type { EventRecord } from '../core/archive-record';
import { collectOwed, publishOwed } from '../core/publish-owed';
import type { StoredConnection } from '../core/state-store';
import { eachBounded } from '../shared/each-bounded';
import { archiveKeyId, eventKey } from '../shared/table-schema';
import { changedData, compare, customerData, type Drift, syntheticEvent } from './drift';
import { idMode } from './lava-api';
import { RECONCILER_METRICS, REPAIRS_OUTCOME } from './metric-names';
import { checkRunMayGoOn, type RepairOutcome, type Run } from './run-state';

/** The most tombstones one run may make without --force: max(5, 10 % of the active connections). */
export const tombstoneLimit = (active: number) => Math.max(5, Math.floor(active / 10));

/** Repairs of one slice in flight at once: each is one connection's transaction. */
const REPAIR_CONCURRENCY = 8;
/**
 * Customers read, repaired and published together: Lava's largest page, one BatchGetItem. A page over
 * it (Lava's listing misbehaving) is worked through in slices, so what a failed publish leaves owed
 * stays small in the checkpoint item.
 */
const SLICE = 100;

export class ReconcileFailedError extends Error {
  override name = 'ReconcileFailedError';
}

/** Records progress and extends the lease (not on a dry run). */
export const save = (run: Run, leaseMs: number) =>
  run.dryRun
    ? Promise.resolve()
    : run.deps.checkpoints.save(run.mode, run.holder, run.checkpoint, run.now() + leaseMs);

/** Publishes what committed repairs owe; what does not go out stays owed in the checkpoint. */
export async function publishAll(run: Run, owing: EventRecord[], leaseMs: number) {
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
    await save(run, leaseMs);
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
  // A held duplicate the repair separated is promoted: its event is owed too.
  return [applied.owes, ...(applied.promoted ?? [])].filter((e): e is EventRecord => e !== undefined);
}

/**
 * Adds the events in `owing`, and those committed but not listed yet, to the checkpoint's owed list
 * (not saved); false when there were none.
 */
function owe(run: Run, owing: EventRecord[]): boolean {
  const unlisted = run.listing
    .unlisted()
    .flatMap((key) => (key.startsWith(eventKey('')) ? [archiveKeyId(key)] : []));
  const ids = [...owing.flatMap((e) => (e.eventId ? [e.eventId] : [])), ...unlisted];
  run.checkpoint.owed = [...new Set([...run.checkpoint.owed, ...ids])];
  return ids.length > 0;
}

/** Lists what the repairs archived; if that fails, they are owed in the checkpoint, listed on resume. */
export const listRepairs = (run: Run, leaseMs: number) =>
  owedOnFailure(run, [], leaseMs, () => run.listing.flush());

/** Keeps what committed repairs owe in the checkpoint when a slice fails halfway. */
async function owedOnFailure<T>(
  run: Run,
  owing: EventRecord[],
  leaseMs: number,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (owe(run, owing)) {
      await save(run, leaseMs).catch((saveError: unknown) =>
        run.deps.log.error('could not save the checkpoint', { error: saveError }),
      );
    }
    throw error;
  }
}

/** Repairs a page's readable customers of this run's mode, a slice at a time, publishing each. */
export async function repairPage(run: Run, customers: RestCustomer[], readAt: number, leaseMs: number) {
  for (let i = 0; i < customers.length; i += SLICE) {
    checkRunMayGoOn(run);
    const slice = customers.slice(i, i + SLICE);
    const stored = await run.deps.store.getConnections(slice.map((c) => c.customer_id));
    const owing: EventRecord[] = [];
    // A few customers at a time (each is its own connection and transaction); none started after a
    // failure, which is often Lava refusing more.
    const repairEach = () =>
      eachBounded(
        slice,
        REPAIR_CONCURRENCY,
        async (c) => {
          owing.push(...(await repairOne(run, c, readAt, stored.get(c.customer_id))));
        },
        { stopAtFailure: true },
      );
    await owedOnFailure(run, owing, leaseMs, repairEach);
    await listRepairs(run, leaseMs);
    await publishAll(run, owing, leaseMs);
  }
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

/** Tombstones the active connections Lava did not list, each confirmed gone (404), within the limit. */
export async function tombstonePass(run: Run, seen: ReadonlySet<string>, leaseMs: number) {
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
  await owedOnFailure(run, owing, leaseMs, async () => {
    for (const connectionId of candidates) {
      checkRunMayGoOn(run);
      // Lava may have it after all (created after the listing passed it, or left out of it).
      if (await lava.retrieveCustomer(connectionId)) continue;
      const gone: Drift = { kind: 'gone', connectionId };
      const owes = await repair(run, gone, { customer_id: connectionId }, run.now(), { fresh: false });
      owing.push(...owes);
    }
  });
  await listRepairs(run, leaseMs);
  await publishAll(run, owing, leaseMs);
}
