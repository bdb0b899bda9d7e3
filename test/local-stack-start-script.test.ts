// `npm start` as a developer runs it: the Node notice said once in one line, Ctrl-C during startup
// and after it, both ending with a clear "stopped" and exit code 0, nothing left running.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { SDK_NODE_WARNING_ENV } from '../local/node-support';
import { until } from './helpers/until';
import { dynamoDbProcessesOn } from './helpers/webhook-load';

const started: { child: ChildProcess; dir: string }[] = [];

/** `npm start` (tsx local/start.ts) in its own process group, as a terminal runs it. */
function npmStart() {
  const dir = mkdtempSync(join(tmpdir(), 'lava-start-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOCAL_STATE_DIR: dir };
  delete env[SDK_NODE_WARNING_ENV]; // as in a developer's shell
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push({ child, dir });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  /** Ctrl-C: SIGINT to the whole process group (Node and DynamoDB Local's JVM). */
  const ctrlC = () => process.kill(-(child.pid as number), 'SIGINT');
  return { child, dir, exit, ctrlC, out: () => out, err: () => err };
}

/** The processes still in the group (none once everything stopped). */
function groupMembers(pgid: number): string[] {
  const ps = execFileSync('ps', ['-e', '-o', 'pgid=,pid=,args='], { encoding: 'utf8' });
  return ps
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith(`${pgid} `));
}

/** DynamoDB Local JVMs whose data lives under `dir` (in a process group of their own). */
afterEach(() => {
  for (const { child, dir } of started.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) process.kill(-(child.pid as number), 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('npm start', () => {
  it('says the Node notice once, in one line; Ctrl-C stops everything and says so', async () => {
    const start = npmStart();
    await until(async () => (start.out().includes('Ctrl-C stops everything.') ? true : undefined), 60_000);
    expect(`${start.out()}${start.err()}`).not.toContain('NodeVersionSupportWarning');
    const notices = start
      .out()
      .split('\n')
      .filter((l) => l.includes('Node 22+ is recommended'));
    expect(notices).toHaveLength(Number(process.versions.node.split('.')[0]) < 22 ? 1 : 0);
    // The "Try it" commands work in a new shell, where LOCAL_STATE_DIR is not set.
    const tryIt = start.out().split('\n');
    const send = tryIt[tryIt.indexOf('Try it:') + 1]?.trim() ?? '';
    expect(send).toBe(`npx lava-webhooks send connection.created --state-dir ${start.dir}`);
    const shellEnv = { ...process.env };
    delete shellEnv.LOCAL_STATE_DIR;
    const sent = await promisify(execFile)('bash', ['-c', send], { env: shellEnv });
    expect(sent.stdout).toMatch(/^200 \{"received":true\}\napplied /);
    // `send` reads the verdict from the table; the console's line for it may come a moment later.
    await until(
      async () => (/consumer applied\s+connection\.created/.test(start.out()) ? true : undefined),
      30_000,
    );
    start.ctrlC();
    expect(await start.exit).toBe(0);
    expect(start.out().trimEnd().split('\n').slice(-2)).toEqual(['SIGINT: stopping…', 'Stopped.']);
    expect(start.err()).toBe('');
    expect(groupMembers(start.child.pid as number)).toEqual([]);
  }, 90_000);

  it('Ctrl-C while DynamoDB Local boots is a stop, not a failure', async () => {
    const start = npmStart();
    const pgid = start.child.pid as number;
    // DynamoDB Local runs in a process group of its own (the stack stops it, not the Ctrl-C): it is
    // starting once a JVM keeps its data in this stack's state folder.
    await until(
      async () => (dynamoDbProcessesOn(start.dir).length ? true : undefined),
      30_000,
      'DynamoDB Local starting',
      200,
    );
    start.ctrlC();
    expect(await start.exit).toBe(0);
    expect(start.err()).not.toContain('Could not start');
    // Usually caught during startup; on a fast machine the stack may have come up just before.
    expect(start.out()).toMatch(/SIGINT during startup: stopped\.|Stopped\./);
    expect(groupMembers(pgid)).toEqual([]);
    expect(dynamoDbProcessesOn(start.dir)).toEqual([]);
  }, 90_000);
});
