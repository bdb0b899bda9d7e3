// Runs the spill drainer over and over, as the every-minute schedule does in AWS but every few
// seconds, so that what ingest spilled while SQS was away reaches the queue soon after it is back.
export interface DrainLoop {
  stop(): Promise<void>;
}

export function startDrainLoop(drain: () => Promise<unknown>, intervalMs: number): DrainLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    // The drainer logs and counts its own failures; the next tick tries again.
    running = drain()
      .catch(() => {})
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
