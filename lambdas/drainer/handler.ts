// Lambda entry point for the drainer, run every minute by an EventBridge schedule.
import { drainerFromEnv } from './from-env';

const drain = drainerFromEnv(process.env);

/** Stops listing with this much of the function's time left; the next run goes on. */
const TIME_MARGIN_MS = 15_000;

export const handler = async (_event?: unknown, context?: { getRemainingTimeInMillis(): number }) => {
  const { moved, failed } = await drain(
    context ? () => context.getRemainingTimeInMillis() < TIME_MARGIN_MS : undefined,
  );
  // A failed round is retried by the next minute's run; failing here would only add Lambda retries.
  return { moved, failed };
};
