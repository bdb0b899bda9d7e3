// Ctrl-C (SIGINT) or SIGTERM during a command that holds something (the reconciler's lease): the
// first asks the command to stop and let go of it, a second exits at once. Only while `work` runs;
// other commands keep Node's default (exit at once).
import type { Io } from './io';

/** Exit code of a command stopped by a signal (128 + SIGINT's 2), as shells report it. */
export const INTERRUPTED_EXIT_CODE = 130;

export async function interruptible<T>(io: Io, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  io.signal?.addEventListener('abort', abort, { once: true });
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT_CODE);
    io.err(
      `${name}: stopping after the work in progress and letting go of what it holds (again to quit at once)…`,
    );
    abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    io.signal?.removeEventListener('abort', abort);
  }
}
