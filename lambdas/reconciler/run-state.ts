// What one reconcile run is given, tells, returns and carries between its steps (reconcile.ts runs
// it; repairs.ts repairs through it).
import type { recordApplier } from '../core/apply-record';
import type { ListingBatch } from '../core/archive-listing';
import type { Publisher } from '../core/publisher';
import type { StateStore } from '../core/state-store';
import type { Logger } from '../shared/log';
import type { Metrics } from '../shared/metrics';
import type { Drift } from './drift';
import type { LavaApi } from './lava-api';
import type { Heartbeat } from './lease';
import type { ListingBudget, UnreadableEntry } from './listing';
import type { DriftKind } from './metric-names';
import type { Checkpoint, ReconcileStore } from './reconcile-store';

export type { UnreadableEntry };

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
  /** Aborted (Ctrl-C): the run stops before its next customers, keeps its checkpoint, lets the lease go. */
  signal?: AbortSignal;
  /** Pages and time one run may take before it ends with ReconcileListingError (LISTING_BUDGET). */
  budget?: ListingBudget;
  /** How long the lease lasts unless renewed (LEASE_MS; tests shorten it). */
  leaseMs?: number;
  /** Told of each drift found and what became of it. */
  onDrift?: (drift: DriftReport) => void;
  /** Told of each listing entry set aside because the apply path cannot read it. */
  onUnreadable?: (entry: UnreadableEntry) => void;
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
  /** Listing entries set aside: the apply path cannot read them (no usable id, a bad field). */
  unreadable: number;
  drift: Record<DriftKind, number>;
  repaired: number;
  superseded: number;
  /** Set when the tombstones were refused: how many, of how many active, and the limit. */
  refused?: { candidates: number; active: number; limit: number };
}

/** One run's state, shared by its steps. */
export interface Run {
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
  /** What the repairs archive, listed after each slice (and owed in the checkpoint until then). */
  listing: ListingBatch;
  /** Absent on a dry run, which takes no lease. */
  lease?: Heartbeat;
}

/** The run was interrupted (Ctrl-C): what it finished is kept, the next run resumes it. */
export class ReconcileInterruptedError extends Error {
  override name = 'ReconcileInterruptedError';
}

/** Between two steps: stop if interrupted, or if another run took the lease. */
export function checkRunMayGoOn(run: Run): void {
  if (run.options.signal?.aborted)
    throw new ReconcileInterruptedError(
      `interrupted after ${run.checkpoint.pages} page(s); the next run resumes from there`,
    );
  run.lease?.check();
}
