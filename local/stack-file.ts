// `.local/stack.json`: where the running local stack listens, for the command-line tool. Holds no
// secret: the CLI reads the signing secret through the local Secrets Manager endpoint.

import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL } from '../lib/definitions';
import type { ProcessIdentity } from './process-identity';

export const STACK_FILE = 'stack.json';

/** The checkout's state folder, whatever the working directory. */
export const DEFAULT_STATE_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)), LOCAL.stateDir);

/** Chooses the state folder for `npm start` and the CLI alike (one stack per folder). */
export const STATE_DIR_ENV = 'LOCAL_STATE_DIR';

export function stateDirFrom(env: NodeJS.ProcessEnv): string {
  const dir = env[STATE_DIR_ENV];
  return dir ? resolve(dir) : DEFAULT_STATE_DIR;
}

/** The running stack's description; its pid and start time say whether it still runs (stillRunning). */
export interface StackInfo extends ProcessIdentity {
  startedAt: string;
  url: string;
  port: number;
  region: string;
  dynamoEndpoint: string;
  tableName: string;
  sqsEndpoint: string;
  queueUrl: string;
  queueArn: string;
  dlqUrl: string;
  dlqArn: string;
  /** The loopback AWS endpoint serving Secrets Manager, EventBridge and Lambda's configuration. */
  awsEndpoint: string;
  /** The functions as that Lambda endpoint names them (absent from a stack started before it). */
  ingestFunctionName?: string;
  consumerFunctionName?: string;
  secretId: string;
  eventBusName: string;
  domainEventsFile: string;
  eventTtlDays: number;
  /** How long the functions cache the signing secret (SECRET_CACHE_TTL_SECONDS), for the CLI to say. */
  secretCacheTtlSeconds?: number;
  /** The reconciler's Lava key secret (its value is never written here) and the Lava API base URL. */
  lavaKeySecretId?: string;
  lavaApiBaseUrl?: string;
  /** Forwarding to the app (FORWARD_URL): where, its queues, its secret's id (not its value), on or off. */
  forwarding?: {
    url: string;
    queueUrl: string;
    queueArn: string;
    dlqUrl: string;
    dlqArn: string;
    secretId: string;
    state: 'on' | 'off';
  };
}

/** Writes a file whole or not at all: a reader never sees it half written. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export function writeStackFile(stateDir: string, info: StackInfo): void {
  writeFileAtomic(join(stateDir, STACK_FILE), `${JSON.stringify(info, null, 2)}\n`);
}

/** Removes the file only if it still describes this process's stack. */
export function removeStackFile(stateDir: string, pid: number, url: string): void {
  const info = readStackFile(stateDir);
  if (info && info.pid === pid && info.url === url) rmSync(join(stateDir, STACK_FILE), { force: true });
}

export function readStackFile(stateDir: string): StackInfo | undefined {
  const file = join(stateDir, STACK_FILE);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as StackInfo;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
