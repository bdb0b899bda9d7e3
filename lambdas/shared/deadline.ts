// A hard stop for one AWS call: `beforeDeadline` hands the call a signal that aborts at a given
// moment, which the SDK honours at every stage (a connection, an answer, a body still arriving, the
// wait before a retry). The signal is the small one the SDK's own types describe (aborted, reason,
// abort listeners), not Node's AbortController: that one loads and compiles Node's EventTarget
// machinery at a cold start, and costs microseconds a request, for nothing this needs.

type AbortListener = () => void;

/** An abort signal the AWS SDK accepts (it reads `aborted` and `reason`, and adds listeners). */
export class DeadlineSignal {
  aborted = false;
  reason: unknown;
  onabort: AbortListener | null = null;
  private readonly listeners = new Set<AbortListener>();

  addEventListener(_type: 'abort', listener: AbortListener): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'abort', listener: AbortListener): void {
    this.listeners.delete(listener);
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    for (const listener of [...this.listeners]) listener();
    this.listeners.clear();
    this.onabort?.();
  }
}

/** A call did not finish before its deadline. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
  constructor(what: string, options?: { cause?: unknown }) {
    super(`${what}: its time ran out`, options);
  }
}

/**
 * `run`, given a signal that aborts at `deadline` (epoch ms, by `now`). Whatever the call throws once
 * aborted (an AbortError, a body cut short) is reported as a DeadlineError naming `what`, its cause.
 */
export async function beforeDeadline<T>(
  what: string,
  deadline: number,
  now: () => number,
  run: (signal: DeadlineSignal) => Promise<T>,
): Promise<T> {
  const signal = new DeadlineSignal();
  const timer = setTimeout(() => signal.abort(new DeadlineError(what)), Math.max(0, deadline - now()));
  try {
    return await run(signal);
  } catch (error) {
    if (signal.aborted) throw new DeadlineError(what, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
