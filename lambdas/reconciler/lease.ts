// The run's lease on its mode's checkpoint: short, and renewed while the run lives (a heartbeat), so
// that a holder that died (a killed CLI, a crashed function) stops blocking the next run within about
// a minute, while a run that lives keeps it however long one page takes.
import type { Logger } from '../shared/log';
import { ReconcileLeaseLostError, type ReconcileStore } from './reconcile-store';

/** How long a lease lasts unless renewed. Renewed every third of it. */
export const LEASE_MS = 60_000;

export interface Heartbeat {
  /** Throws ReconcileLeaseLostError once another run took the lease. */
  check(): void;
  /** Stops renewing (after the renewal in flight). */
  stop(): Promise<void>;
}

export function keepLease(
  store: Pick<ReconcileStore, 'renew'>,
  lease: { mode: string; holder: string; ms: number },
  now: () => number,
  log: Logger,
): Heartbeat {
  let lost: ReconcileLeaseLostError | undefined;
  let renewing: Promise<void> | undefined;
  const renew = () => {
    renewing ??= store
      .renew(lease.mode, lease.holder, now() + lease.ms)
      .catch((error: unknown) => {
        if (error instanceof ReconcileLeaseLostError) lost = error;
        // A failed renewal is tried again at the next beat; the lease outlasts two of them.
        else log.warn('could not renew the reconcile lease', { error });
      })
      .finally(() => {
        renewing = undefined;
      });
  };
  const timer = setInterval(renew, lease.ms / 3);
  timer.unref(); // never what keeps a process alive
  return {
    check() {
      if (lost) throw lost;
    },
    async stop() {
      clearInterval(timer);
      await renewing;
    },
  };
}
