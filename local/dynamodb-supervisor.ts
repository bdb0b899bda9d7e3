// DynamoDB Local under supervision. When the JVM dies the stack says so, starts it again on the same
// data and port, and the consumer's pollers wait for it (whenUp) instead of failing records into the
// DLQ; webhooks are still accepted meanwhile, into the journaled queue. After a few failed restarts
// in a row it is `unavailable`: the stack answers webhooks 503 rather than accept what it cannot
// apply, and goes on trying. The JVM's pid is recorded in the state folder, so that a JVM that
// outlived a dead stack (its watcher killed too) is stopped before a new one opens the same data.
import { readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local';
import { errorText } from './format';
import { freePort } from './free-port';
import { identify, type ProcessIdentity, stillRunning } from './process-identity';
import { writeFileAtomic } from './stack-file';

export type DynamoDbState = 'up' | 'restarting' | 'unavailable' | 'stopped';

export interface SupervisedDynamoDb {
  endpoint: string;
  state(): DynamoDbState;
  /** The running JVM's pid, when it is up. */
  pid(): number | undefined;
  /** Resolves at once when DynamoDB Local is up, else when it is back (or the stack stops, or `signal` aborts). */
  whenUp(signal?: AbortSignal): Promise<void>;
  stop(): Promise<void>;
}

export interface SupervisorOptions {
  dbPath: string;
  /** Where the JVM's pid is kept (in the state folder). */
  pidFile: string;
  /** What the stack says on the console when DynamoDB Local dies, comes back or cannot. */
  notify: (message: string) => void;
  /** Failed restarts in a row after which webhooks are refused. */
  failuresBeforeUnavailable?: number;
  /** Waits before each restart attempt; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_DELAYS_MS = [250, 1_000, 2_000, 5_000, 10_000] as const;

/** Stops a JVM recorded in `pidFile` that is still running (checked by start time: Linux only). */
async function stopLeftover(pidFile: string, notify: SupervisorOptions['notify']): Promise<void> {
  let recorded: ProcessIdentity;
  try {
    recorded = JSON.parse(readFileSync(pidFile, 'utf8')) as ProcessIdentity;
  } catch {
    return;
  }
  if (recorded.startTime === undefined || !stillRunning(recorded)) return;
  notify(`stopping DynamoDB Local (pid ${recorded.pid}), left running on this folder by a stack that died`);
  process.kill(recorded.pid, 'SIGKILL');
  for (let i = 0; i < 100 && stillRunning(recorded); i++) await sleep(50);
}

export async function superviseDynamoDbLocal(options: SupervisorOptions): Promise<SupervisedDynamoDb> {
  const { dbPath, pidFile, notify } = options;
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS_MS;
  const failuresBeforeUnavailable = options.failuresBeforeUnavailable ?? 3;
  await stopLeftover(pidFile, notify);
  const port = await freePort();
  const stopping = new AbortController();
  let current: DynamoDbLocal = await startDynamoDbLocal({ dbPath, port, signal: stopping.signal });
  let state: DynamoDbState = 'up';
  const waiters = new Set<() => void>();
  let restarting: Promise<void> | undefined;

  const setState = (next: DynamoDbState) => {
    state = next;
    if (next !== 'up' && next !== 'stopped') return;
    for (const wake of waiters) wake();
    waiters.clear();
  };

  async function restart(downSince: number): Promise<void> {
    for (let failures = 0; ; ) {
      try {
        await sleep(delays[Math.min(failures, delays.length - 1)], undefined, { signal: stopping.signal });
        const next = await startDynamoDbLocal({ dbPath, port, signal: stopping.signal });
        current = next;
        watch(next);
        const seconds = ((Date.now() - downSince) / 1000).toFixed(1);
        notify(`DynamoDB Local is back (pid ${next.process.pid}) after ${seconds} s; the consumer goes on`);
        setState('up');
        return;
      } catch (error) {
        if (stopping.signal.aborted) return;
        failures++;
        notify(`DynamoDB Local did not start again (attempt ${failures}): ${errorText(error)}`);
        if (failures === failuresBeforeUnavailable) {
          setState('unavailable');
          const every = (delays[delays.length - 1] ?? 0) / 1000;
          notify(
            `DynamoDB Local cannot come back: webhooks are answered 503 until it does (trying again every ${every} s)`,
          );
        }
      }
    }
  }

  function watch(ddb: DynamoDbLocal): void {
    const pid = ddb.process.pid ?? 0;
    writeFileAtomic(pidFile, `${JSON.stringify(identify(pid))}\n`);
    void ddb.exited.then(({ code, signal }) => {
      if (state === 'stopped') return;
      notify(
        `DynamoDB Local (pid ${pid}) died (${signal ?? `exit code ${code}`}); restarting it on the same data. ` +
          'Webhooks are still accepted into the queue; the consumer waits for it.',
      );
      setState('restarting');
      restarting = restart(Date.now());
    });
  }
  watch(current);

  return {
    endpoint: current.endpoint,
    state: () => state,
    pid: () => (state === 'up' ? current.process.pid : undefined),
    whenUp(signal) {
      if (state === 'up' || state === 'stopped' || signal?.aborted) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const wake = () => {
          waiters.delete(wake);
          signal?.removeEventListener('abort', wake);
          resolve();
        };
        waiters.add(wake);
        signal?.addEventListener('abort', wake, { once: true });
      });
    },
    async stop() {
      if (state === 'stopped') return;
      setState('stopped');
      stopping.abort();
      await restarting;
      await current.stop();
      rmSync(pidFile, { force: true });
    },
  };
}
