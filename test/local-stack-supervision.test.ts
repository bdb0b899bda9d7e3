// DynamoDB Local supervised by the local stack: SIGKILLed while 20 events/s arrive, it is restarted
// on the same data, the consumer waits for it, and every event answered 200 is applied with nothing
// in the DLQ. When it cannot come back (no java on PATH) the stack answers 503, not 200, until it is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../local/local-stack';
import { until } from './helpers/until';
import { expectAllApplied, webhookStream } from './helpers/webhook-load';

const SECRET = 'whsec_test_supervision';
const stateDir = mkdtempSync(join(tmpdir(), 'lava-supervised-'));
const notices: string[] = [];
const failures: string[] = [];
let stack: LocalStack;

beforeAll(async () => {
  stack = await startLocalStack({
    stateDir,
    port: 0,
    secret: SECRET,
    supervision: { retryDelaysMs: [500, 1_000, 2_000], failuresBeforeUnavailable: 3 },
    notify: (message) => notices.push(message),
    write: (line) => {
      if (line.includes('"record failed')) failures.push(line);
    },
  });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

function killJvm(): number {
  const pid = stack.dynamoDb?.pid();
  if (!pid) throw new Error('DynamoDB Local is not up');
  process.kill(pid, 'SIGKILL');
  return pid;
}

/** Up again, as another JVM than `killed`. */
const backAfter = (killed: number) =>
  until(
    () => (stack.dynamoDb?.state() === 'up' && stack.dynamoDb.pid() !== killed ? true : undefined),
    60_000,
    'DynamoDB Local back',
  );

describe('a supervised DynamoDB Local', () => {
  it('is restarted after a SIGKILL mid-stream; every event answered 200 is applied, none in the DLQ', async () => {
    const stream = webhookStream({ url: stack.url, secret: SECRET, prefix: 'con_sup_a_', perSecond: 20 });
    await until(() => (stream.accepted().length >= 30 ? true : undefined), 20_000, '30 events accepted');
    const killed = killJvm();
    const atKill = stream.answers.length;
    await until(() => (stream.answers.length >= atKill + 30 ? true : undefined), 20_000, '30 more events');
    await stream.stop();
    await backAfter(killed);

    expect(stream.answers.every((a) => a.status === 200)).toBe(true); // accepted into the queue meanwhile
    expect(notices.join('\n')).toMatch(
      new RegExp(`DynamoDB Local \\(pid ${killed}\\) died \\(SIGKILL\\); restarting it on the same data`),
    );
    expect(notices.join('\n')).toMatch(/DynamoDB Local is back \(pid \d+\) after [\d.]+ s/);
    await expectAllApplied(stack.info, stream.accepted(), 60_000);
  }, 180_000);

  it('answers 503 while it cannot come back, 200 again once it is back', async () => {
    failures.length = 0;
    const stream = webhookStream({ url: stack.url, secret: SECRET, prefix: 'con_sup_b_', perSecond: 20 });
    await until(() => (stream.accepted().length >= 10 ? true : undefined), 20_000, '10 events accepted');
    const path = process.env.PATH;
    const noJava = mkdtempSync(join(tmpdir(), 'lava-no-java-'));
    process.env.PATH = noJava; // restarts fail: java is not found
    let killed = 0;
    try {
      killed = killJvm();
      await until(
        () => (stack.dynamoDb?.state() === 'unavailable' ? true : undefined),
        20_000,
        'DynamoDB Local unavailable',
      );
      const refusedFrom = stream.answers.length;
      await until(
        () => (stream.answers.slice(refusedFrom).some((a) => a.status === 503) ? true : undefined),
        10_000,
        'a 503',
      );
    } finally {
      process.env.PATH = path;
      rmSync(noJava, { recursive: true, force: true });
    }
    await backAfter(killed);
    const after = stream.answers.length;
    await until(() => (stream.answers.length >= after + 10 ? true : undefined), 20_000, '10 more events');
    await stream.stop();

    const statuses = new Set(stream.answers.map((a) => a.status));
    expect([...statuses].sort()).toEqual([200, 503]);
    expect(stream.answers.slice(after).every((a) => a.status === 200)).toBe(true);
    expect(notices.join('\n')).toMatch(/Java was not found on PATH/);
    expect(notices.join('\n')).toMatch(/cannot come back: webhooks are answered 503 until it does/);
    // DynamoDB was down for several visibility timeouts: a consumer that kept receiving would have
    // moved messages to the DLQ; this one waited, and at most the batches in flight failed once.
    expect(failures.every((l) => l.includes('"receiveCount":"1"'))).toBe(true);
    await expectAllApplied(stack.info, stream.accepted(), 60_000);
  }, 180_000);
});
