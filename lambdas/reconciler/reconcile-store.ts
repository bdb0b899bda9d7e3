// Port: what the reconciler keeps between runs (a checkpoint that is also a lease, the ids each page
// listed) and the active connections it checks. The DynamoDB adapter is dynamodb-reconcile-store.ts.

export interface Checkpoint {
  runId: string;
  startedAt: number;
  /** Lava's cursor for the next page; undefined at the start. */
  cursor?: string | undefined;
  /** Pages done (and stored) in this run. */
  pages: number;
  /** Whether the listing is complete (only the tombstone pass is left). */
  listed: boolean;
  /**
   * Events applied whose domain events may not be out yet, or that may not be listed yet (a run
   * failed while listing or publishing): a resumed run lists them again and publishes what is owed.
   */
  owed: string[];
}

export class ReconcileBusyError extends Error {
  override name = 'ReconcileBusyError';
}

/** Another holder took the lease (this one's lapsed): the run must stop writing. */
export class ReconcileLeaseLostError extends Error {
  override name = 'ReconcileLeaseLostError';
}

/** The run's pages of listed ids outlived their TTL: the run cannot resume, a new one can start. */
export class ReconcileRunExpiredError extends Error {
  override name = 'ReconcileRunExpiredError';
}

export interface ReconcileStore {
  /**
   * Takes the lease for `mode` until `until`; returns the unfinished run to resume, if any.
   * Throws ReconcileBusyError while another holder's lease runs.
   */
  acquire(mode: string, holder: string, now: number, until: number): Promise<Checkpoint | undefined>;
  /** Records progress (only while `holder` has the lease). */
  save(mode: string, holder: string, checkpoint: Checkpoint, until: number): Promise<void>;
  /** Extends the lease (the run's heartbeat); throws ReconcileLeaseLostError once another holds it. */
  renew(mode: string, holder: string, until: number): Promise<void>;
  /**
   * The run is over: nothing to resume; the lease is let go. `abortedReason`: it ended because Lava's
   * listing misbehaved (kept on the checkpoint for whoever looks).
   */
  finish(mode: string, holder: string, at: number, abortedReason?: string): Promise<void>;
  /** Lets the lease go, keeping the checkpoint (a failed run is resumed by the next). */
  release(mode: string, holder: string): Promise<void>;
  /** Keeps the ids one page listed, however many: split over items within DynamoDB's item limit. */
  savePage(mode: string, runId: string, page: number, ids: string[], expiresAt: number): Promise<void>;
  loadPages(mode: string, runId: string, pages: number[]): Promise<string[]>;
  /** Ids of every connection whose status is `active` (eventually consistent). */
  activeConnectionIds(): Promise<string[]>;
}
