// The local stack with Lava's API (the loopback fake): `connect` registers the local URL and stores
// the endpoint's secret, so a webhook signed with it answers 200; two endpoints' secrets both verify;
// `disconnect` drops only its own; `reconcile` prints and repairs drift; the scheduled reconciler runs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../lambdas/shared/env';
import { sampleBody } from '../lambdas/shared/sample-events';
import { signatureHeader } from '../lambdas/shared/sign-webhook';
import type { LocalStack } from '../local/local-stack';
import { cli } from './helpers/cli';
import { customer, type FakeLava } from './helpers/fake-lava';
import { type StackWithLava, startStackWithLava } from './helpers/stack-with-lava';
import { until as untilWithin } from './helpers/until';

const until = <T>(read: () => Promise<T | undefined>) => untilWithin(read, 10_000);

let lava: StackWithLava;
let fake: FakeLava;
let stack: LocalStack;
let env: NodeJS.ProcessEnv;
let stateDir: string;

const run = (...args: string[]) => lava.run(...args);

async function post(body: string, secret: string, scheme: 'plain' | 'timestamped' = 'plain') {
  const res = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signatureHeader(body, secret, scheme) },
    body,
  });
  return res.status;
}

const secretOf = (name: string) =>
  [...fake.webhooks.values()].find((w) => w.name === name)?.webhook_secret ?? '';

async function connection(id: string): Promise<Record<string, unknown> | undefined> {
  const r = await run('connection', id);
  return r.code === 0 ? (JSON.parse(r.out) as Record<string, unknown>) : undefined;
}

beforeAll(async () => {
  // A removed secret stays valid in the functions' cache until it expires (5 minutes deployed).
  lava = await startStackWithLava({ env: { [ENV.secretTtlSeconds]: '1' } });
  ({ fake, stack, env, stateDir } = lava);
});

afterAll(() => lava?.stop());

describe('connect', () => {
  it('registers the local URL with Lava and a webhook signed with the returned secret answers 200', async () => {
    const r = await run('connect');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Connected: Lava endpoint');
    expect([...fake.webhooks.values()]).toEqual([
      expect.objectContaining({ name: 'lava-webhooks-local', url: stack.url }),
    ]);
    const secret = secretOf('lava-webhooks-local');
    expect(`${r.out}${r.err}`).not.toContain(secret);
    const body = sampleBody('connection.created', 'con_test_connected');
    // The functions re-read the stored secret when a signature does not match, at most every 5 s.
    await until(async () => ((await post(body, secret)) === 200 ? true : undefined));
    expect(await post(body, 'whsec_test_not_it')).toBe(401);
    await until(() => connection('con_test_connected'));
  });

  it('is idempotent while the endpoint exists and its secret is stored', async () => {
    const r = await run('connect');
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining('Already connected') });
    expect(fake.webhooks.size).toBe(1);
  });

  it('keeps two endpoints’ secrets side by side; disconnect drops only its own', async () => {
    expect((await run('connect', '--name', 'usage-events')).code).toBe(0);
    expect(fake.webhooks.size).toBe(2);
    const first = secretOf('lava-webhooks-local');
    const second = secretOf('usage-events');
    expect(await post(sampleBody('connection.created', 'con_test_first'), first, 'timestamped')).toBe(200);
    const signedBySecond = sampleBody('connection.created', 'con_test_second');
    await until(async () => ((await post(signedBySecond, second, 'timestamped')) === 200 ? true : undefined));
    expect(await post(sampleBody('connection.created', 'con_test_first'), first, 'timestamped')).toBe(200);

    const r = await run('disconnect', '--name', 'usage-events');
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining('1 Lava endpoint(s) deleted') });
    expect(fake.webhooks.size).toBe(1);
    await until(async () =>
      (await post(sampleBody('connection.created', 'con_test_late'), second)) === 401 ? true : undefined,
    );
    expect(await post(sampleBody('connection.created', 'con_test_still'), first)).toBe(200);
  });
  it('at Lava’s cap of 3, replaces a stale endpoint of its name first, else lists them and how to free one', async () => {
    const other = (id: string, name: string, url: string) =>
      fake.webhooks.set(id, { webhook_id: id, name, url, created_at: '', webhook_secret: `whsec_${id}` });
    other('wh_other_billing', 'billing', 'https://example.com/a');
    other('wh_stale', 'usage-events', stack.url); // its secret is not stored
    expect(fake.webhooks.size).toBe(3);
    const r = await run('connect', '--name', 'usage-events');
    expect(r.code).toBe(0);
    expect(r.err).toContain('Deleted 1 endpoint(s) named usage-events whose secret was not stored.');
    expect(fake.webhooks.has('wh_stale')).toBe(false);
    expect(fake.webhooks.size).toBe(3);

    const full = await run('connect', '--name', 'one-more');
    expect(full.code).toBe(1);
    expect(full.err).toContain('Lava allows 3 webhook endpoints per merchant and this account has 3');
    expect(full.err).toContain('wh_other_billing  billing  https://example.com/a');
    expect(full.err).toContain('Free one: `lava-webhooks disconnect --name NAME`');
    expect(fake.webhooks.size).toBe(3);
    expect((await run('disconnect', '--name', 'usage-events')).code).toBe(0);
    fake.webhooks.delete('wh_other_billing');
  });
});

describe('reconcile', () => {
  it('prints drift on a dry run without changing anything, then repairs it', async () => {
    fake.addCustomer(
      customer('con_test_connected', { contact: { ...customer('x').contact, email: 'new@example.com' } }),
    );
    fake.addCustomer(customer('con_test_only_in_lava'));
    const dry = await run('reconcile', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('missing  con_test_only_in_lava  Lava has it; the table does not  [dry run]');
    expect(dry.out).toMatch(/changed {2}con_test_connected {2}email: "ada@example.com" → "new@example.com"/);
    expect(dry.out).toContain('dry run: nothing changed.');
    expect(await connection('con_test_only_in_lava')).toBeUndefined();

    // con_test_first and con_test_still are active here and unknown to Lava: tombstoned (2 ≤ 5).
    const r = await run('reconcile');
    expect(r.code).toBe(0);
    expect(r.out).toContain('missing  con_test_only_in_lava');
    expect(r.out).toContain('gone     con_test_first  active here; Lava answers 404  [repaired]');
    expect(r.out).toMatch(/repaired, 0 superseded/);
    expect(await connection('con_test_only_in_lava')).toMatchObject({ status: 'active' });
    expect(await connection('con_test_connected')).toMatchObject({ email: 'new@example.com' });
    const published = readFileSync(stack.info.domainEventsFile, 'utf8');
    expect(published).toContain('"detailType":"ConnectionCreated"');
    expect(published).toMatch(/"detailType":"ConnectionDeleted".*con_test_first/);
  });

  it('runs on the local stack’s schedule with the key it was started with', async () => {
    fake.addCustomer(customer('con_test_scheduled'));
    expect(await stack.reconcile()).toMatchObject({ status: 'done', repaired: 1 });
    expect(await connection('con_test_scheduled')).toMatchObject({ status: 'active' });
  });

  it('prints a customer it cannot read, skips it and goes on; ends a listing whose cursor repeats', async () => {
    fake.addEntry({ ...customer('x'), customer_id: undefined });
    fake.addCustomer(customer('con_test_after_the_bad_one'));
    const r = await run('reconcile');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/unread {3}\(no usable id\) {2}page 1, entry \d+: .*\[skipped\]/);
    expect(r.out).toContain('1 listed customer(s) could not be read and were skipped (above).');
    expect(await connection('con_test_after_the_bad_one')).toMatchObject({ status: 'active' });

    fake.misbehave({ repeatCursor: true });
    try {
      const ended = await cli(['reconcile', '--state-dir', stateDir], {
        env: { ...env, [ENV.lavaRequestsPerSecond]: '100' },
      });
      expect(ended.code).toBe(1);
      expect(ended.err).toMatch(
        /^Reconcile ended: Lava's next_cursor repeats .* the next run starts afresh\.$/m,
      );
    } finally {
      fake.misbehave({});
    }
  });

  it('lets its lease go on Ctrl-C (SIGINT), so the next run is not refused', async () => {
    const held = fake.hold((method, path) => method === 'GET' && path === 'customers');
    const child = spawn(process.execPath, ['bin/lava-webhooks.js', 'reconcile', '--state-dir', stateDir], {
      env: { ...process.env, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await held.arrived; // it holds the lease and waits for Lava's first page
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    held.release();
    expect(stderr).toContain('Interrupted: the lease is released');
    const next = await run('reconcile', '--dry-run');
    expect(next.code).toBe(0);
    expect((await run('reconcile')).code).toBe(0);
  });

  it('reads the key the local stack was started with when the environment has none', async () => {
    expect((await cli(['reconcile', '--dry-run', '--state-dir', stateDir], { env: {} })).code).toBe(0);
    expect(
      (await cli(['connect', '--state-dir', stateDir], { env: { [ENV.lavaSecretKey]: ' ' } })).code,
    ).toBe(0);
  });
});
