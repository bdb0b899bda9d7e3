// Forwarding on `npm start`'s stack (in process, the shared DynamoDB Local): a webhook from Lava ends,
// as a domain event, at the app's URL, verified there with the secret `forward secret` prints; the
// console shows each forward and its answer; `forward test`, `status` and `redrive` on the CLI; a 410
// turns forwarding off until a restart.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { webhookIdOf } from '../lambdas/forwarder/forwarded-event';
import { ENV } from '../lambdas/shared/env';
import { sampleBody } from '../lambdas/shared/sample-events';
import { signatureHeader } from '../lambdas/shared/sign-webhook';
import { type LocalStack, startLocalStack } from '../local/local-stack';
import { readStackFile } from '../local/stack-file';
import { consoleWriter } from '../local/start-output';
import { cli } from './helpers/cli';
import { TEST_SECRET } from './helpers/samples';
import { until } from './helpers/until';
import { type Receiver, startReceiver } from './helpers/webhook-receiver';

const stateDir = mkdtempSync(join(tmpdir(), 'lava-local-forward-'));
/** Each line the stack's functions wrote, with the function that wrote it. */
const logs: { line: string; fn: string }[] = [];
const notices: string[] = [];
let app: Receiver;
let stack: LocalStack;

const run = (...args: string[]) => cli([...args, '--state-dir', stateDir]);
/** What `npm start` prints for the forwarder's lines. */
function printed(): string[] {
  const out: string[] = [];
  const write = consoleWriter({ print: (_, text) => out.push(text) });
  for (const { line, fn } of logs) if (fn === 'forwarder') write(line, fn);
  return out;
}

async function webhook(event: string, connectionId: string) {
  const body = sampleBody(event, connectionId);
  const res = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signatureHeader(body, TEST_SECRET, 'plain') },
    body,
  });
  expect(res.status).toBe(200);
}

const deliveredTo = (connectionId: string) =>
  app.delivered().filter((d) => d.payload?.data.connectionId === connectionId);

beforeAll(async () => {
  // The app learns its secret from `forward secret`, once the stack has made one.
  app = await startReceiver(undefined);
  stack = await startLocalStack({
    stateDir,
    port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: `lava-${randomUUID()}`,
    secret: TEST_SECRET,
    visibilityTimeoutSeconds: 1,
    waitTimeSeconds: 1,
    forwardUrl: app.url,
    // Retries a fraction of a second apart, the DLQ after two seconds of them.
    env: {
      [ENV.forwardRetryFirstSeconds]: '0.2',
      [ENV.forwardRetryMaxSeconds]: '0.4',
      [ENV.forwardRetryForSeconds]: '2',
    },
    write: (line, fn) => logs.push({ line, fn }),
    notify: (message) => notices.push(message),
  });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await app?.close();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('forwarding on the local stack', () => {
  it('prints the secret the app verifies with, generated and kept in the state folder', async () => {
    expect(stack.forwarding?.secretOrigin).toBe('generated');
    const r = await run('forward', 'secret');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    app.useSecret(r.out);
    const json = await run('forward', 'secret', '--json');
    expect(JSON.parse(json.out)).toEqual({ current: r.out, previous: null });
  });

  it('forwards the domain event of a webhook to the app, and the console shows the answer', async () => {
    await webhook('connection.created', 'con_fwd_local');
    const [delivery] = await until(() => {
      const found = deliveredTo('con_fwd_local');
      return found.length ? found : undefined;
    });
    expect(delivery?.payload?.type).toBe('ConnectionCreated');
    expect(delivery?.webhookId).toBe(
      webhookIdOf('ConnectionCreated', String(delivery?.payload?.data.sourceEventId)),
    );
    // The app had the request before the forwarder had the answer, and logged it.
    const line = await until(() => printed().find((l) => l.includes('con_fwd_local')));
    expect(line).toMatch(
      /forward +delivered 200 +ConnectionCreated +con_fwd_local +msg_[0-9a-f]{12} attempt 1, \d+ ms/,
    );
  });

  it('sends a signed test on `forward test` and prints the app’s answer', async () => {
    const r = await run('forward', 'test');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^200 in \d+ ms\nanswered 200$/);
    const test = app.delivered().find((d) => d.payload?.type === 'ForwardTest');
    expect(test?.webhookId).toMatch(/^msg_test_/);

    const refused = await cli([
      'forward',
      'test',
      '--url',
      'http://127.0.0.1:9/hook',
      '--state-dir',
      stateDir,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Could not reach the app');
  });

  it('dead-letters what the app keeps refusing, and `forward redrive` delivers it once the app is fixed', async () => {
    app.script(() => 503);
    await webhook('connection.created', 'con_fwd_dlq');
    await until(() =>
      printed().some((l) => l.includes('FAILED → DLQ') && l.includes('con_fwd_dlq')) ? true : undefined,
    );
    expect(printed().find((l) => l.includes('FAILED 503') && l.includes('con_fwd_dlq'))).toMatch(
      /HTTP 503; attempt 1, retried in \d+ s \(answered 503\)/,
    );
    const status = await run('forward', 'status', '--json');
    expect(JSON.parse(status.out)).toMatchObject({ url: app.url, state: 'on', deadLetters: 1 });

    app.script(() => 200);
    const redriven = await run('forward', 'redrive');
    expect(redriven.out).toBe("Moved 1 event from the forwarding DLQ back to the forwarder's queue.");
    await until(() => (deliveredTo('con_fwd_dlq').length ? true : undefined));
  });

  it('turns forwarding off when the app answers 410, until the stack restarts', async () => {
    app.script(() => 410);
    await webhook('connection.created', 'con_fwd_gone');
    await until(() => (stack.forwarding?.state() === 'off' ? true : undefined));
    expect(notices.join('\n')).toContain('forwarding OFF: the app answered 410 Gone');
    expect(readStackFile(stateDir)?.forwarding?.state).toBe('off');
    expect(printed().some((l) => /GONE 410 +ConnectionCreated +con_fwd_gone/.test(l))).toBe(true);
    const status = await run('forward', 'status');
    expect(status.out).toContain('state            off (the app answered 410 Gone');
    const on = await run('forward', 'on');
    expect(on.code).toBe(1);
    expect(on.err).toContain('restart `npm start`');
  });

  it('prints the kept secret while the stack is stopped', async () => {
    const before = await run('forward', 'secret');
    await stack.stop();
    const after = await run('forward', 'secret');
    expect(after.code).toBe(0);
    expect(after.out).toBe(before.out);
    expect(after.err).toContain('the stack is not running');
  });
});
