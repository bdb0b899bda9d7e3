// Lambda entry point for the drainer, run every minute by an EventBridge schedule.
import { drainerFromEnv } from './from-env';

const drain = drainerFromEnv(process.env);

export const handler = async () => {
  const { moved, failed } = await drain();
  // A failed round is retried by the next minute's run; failing here would only add Lambda retries.
  return { moved, failed };
};
