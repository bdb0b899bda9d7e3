// The whole local stack (`local/start.ts`, as `npm start` runs it) killed with SIGKILL, its process
// group at once, while 20 events/s arrive, then started again on the same folder: every event it
// answered 200 is applied exactly once and nothing is in the DLQ; what was still queued came back from
// the journal. No JVM outlives the stack, whether the group or only the Node process is killed.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENV } from '../lambdas/shared/env';
import { freePort } from '../local/free-port';
import { type ProcessIdentity, stillRunning } from '../local/process-identity';
import { readStackFile, type StackInfo } from '../local/stack-file';
import { until } from './helpers/until';
import { dynamoDbProcessesOn, expectAllApplied, webhookStream } from './helpers/webhook-load';

const SECRET = 'whsec_test_durability';
const stateDir = mkdtempSync(join(tmpdir(), 'lava-durable-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const { pid, exitCode, signalCode } of children) {
    if (pid && exitCode === null && signalCode === null) process.kill(-pid, 'SIGKILL');
  }
  rmSync(stateDir, { recursive: true, force: true });
});

interface RunningStack {
  child: ChildProcess;
  info: StackInfo;
  output(): string;
  exited: Promise<unknown>;
}

async function startStack(port: number): Promise<RunningStack> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      LOCAL_STATE_DIR: stateDir,
      [ENV.localSecret]: SECRET,
      NODE_NO_WARNINGS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // a process group of its own, as a terminal gives `npm start`
  });
  children.push(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const info = await until(
    () => {
      if (child.exitCode !== null) throw new Error(`the stack exited: ${output}`);
      const written = readStackFile(stateDir);
      return written?.pid === child.pid && output.includes('Ctrl-C stops everything') ? written : undefined;
    },
    90_000,
    'the stack started',
  );
  return { child, info, output: () => output, exited };
}

const jvmOf = (): ProcessIdentity =>
  JSON.parse(readFileSync(join(stateDir, 'dynamodb.pid'), 'utf8')) as ProcessIdentity;

const noJvmLeft = (jvm: ProcessIdentity) =>
  until(
    () => (!stillRunning(jvm) && dynamoDbProcessesOn(stateDir).length === 0 ? true : undefined),
    10_000,
    `DynamoDB Local (pid ${jvm.pid}) gone`,
  );

/** Connection ids of the consumer's `applied` lines in the stacks' console output (start-output.ts columns). */
function appliedLines(outputs: string[]): string[] {
  return outputs.flatMap((o) => [...o.matchAll(/ consumer +applied +\S+ +(\S+)/g)].map((m) => m[1] ?? ''));
}

describe('the local stack killed with SIGKILL', () => {
  it('applies every event it answered 200 exactly once after a restart; no JVM outlives it', async () => {
    const port = await freePort();
    const first = await startStack(port);
    const firstJvm = jvmOf();
    const stream = webhookStream({ url: first.info.url, secret: SECRET, prefix: 'con_dur_', perSecond: 20 });
    await until(() => (stream.accepted().length >= 40 ? true : undefined), 30_000, '40 events accepted');
    // A burst on top, so that the queue surely holds events the consumer has not applied yet.
    const burst = await stream.burst(100);
    expect(burst.every((a) => a.status === 200)).toBe(true);

    if (first.child.pid) process.kill(-first.child.pid, 'SIGKILL'); // the whole process group
    await first.exited;
    await noJvmLeft(firstJvm); // its watcher saw the stack die and killed it

    const second = await startStack(port);
    const kept = Number(/queued: +(\d+) messages kept from the last run/.exec(second.output())?.[1] ?? 0);
    expect(kept).toBeGreaterThan(0);
    const resumed = stream.answers.length;
    await until(
      () => (stream.answers.slice(resumed).filter((a) => a.status === 200).length >= 20 ? true : undefined),
      30_000,
      '20 events accepted after the restart',
    );
    await stream.stop();

    await expectAllApplied(second.info, stream.accepted(), 60_000);
    const applied = appliedLines([first.output(), second.output()]);
    expect(applied.length).toBeGreaterThan(0); // the lines are read at all
    expect(applied.length).toBe(new Set(applied).size); // none applied twice

    // SIGKILL of the stack's Node process alone: its JVM does not outlive it either.
    const secondJvm = jvmOf();
    second.child.kill('SIGKILL');
    await second.exited;
    await noJvmLeft(secondJvm);
  }, 240_000);
});
