// When a failed forward is tried again: exponential backoff with jitter, for at least `forSeconds`
// counted from the first attempt, then the DLQ. Pure.

export interface RetrySchedule {
  /** The first retry's delay (before jitter); each next one doubles it. */
  firstSeconds: number;
  /** The longest delay between two attempts. */
  maxSeconds: number;
  /** Retries go on at least this long after the first attempt; the attempt after that is the last. */
  forSeconds: number;
}

/** Deployed: first retry within 5–10 s, then doubling to at most two hours apart, for 24 hours. */
export const DEPLOYED_SCHEDULE: RetrySchedule = {
  firstSeconds: 10,
  maxSeconds: 2 * 3600,
  forSeconds: 24 * 3600,
};

/**
 * The delay after the `attempts`-th failed attempt: "equal jitter", half the nominal delay plus a
 * random share of the other half, so retries of many events spread out (an app coming back is not
 * hit by all of them at once) and no delay is shorter than half its nominal value.
 */
export function retryDelaySeconds(schedule: RetrySchedule, attempts: number, random: number): number {
  const nominal = Math.min(schedule.maxSeconds, schedule.firstSeconds * 2 ** Math.max(0, attempts - 1));
  return nominal / 2 + (nominal / 2) * random;
}

/** Whether the schedule is over: the first attempt was `forSeconds` ago or more. */
export const retriesExhausted = (schedule: RetrySchedule, firstAttemptAt: number, now: number) =>
  now - firstAttemptAt >= schedule.forSeconds * 1000;
