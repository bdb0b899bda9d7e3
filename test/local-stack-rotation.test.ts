// Changing the signing secret on the local stack (the deployed handlers, their cache at its deployed
// 5 minutes) through the CLI, with Lava's API as the loopback fake: once `secret rotate`, `secret
// set` or `secret rotate --via-lava` returns, no request signed with the secret it added is refused,
// even right after a forged request closed the functions' refresh gate (Lava never resends a 401);
// what a change drops is accepted as long as the command says, or refused at once with --now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBody } from '../lambdas/shared/sample-events';
import { parseSigningSecrets } from '../lambdas/shared/secret-value';
import { signatureHeader } from '../lambdas/shared/sign-webhook';
import { readStoredSecret } from '../local/local-secret';
import type { LocalStack } from '../local/local-stack';
import type { FakeLava } from './helpers/fake-lava';
import { type StackWithLava, startStackWithLava } from './helpers/stack-with-lava';
import { sleep } from './helpers/until';

let lava: StackWithLava;
let fake: FakeLava;
let stack: LocalStack;
let sent = 0;

const run = (...args: string[]) => lava.run(...args);

/** A fresh event (its own connection), signed with `secret` as Lava signs: the answer's status. */
async function post(secret: string) {
  const body = sampleBody('connection.created', `con_test_rotation_${++sent}`);
  const res = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signatureHeader(body, secret, 'plain') },
    body,
  });
  return res.status;
}

/**
 * The sequence the issue measured: requests at 0, 1, 2, 3 and 4 s after the command returned. The
 * claim is about those moments, so this one test schedule waits for times, not for a condition.
 */
async function sequence(send: () => Promise<number>) {
  const start = Date.now();
  const statuses: number[] = [];
  for (const at of [0, 1_000, 2_000, 3_000, 4_000]) {
    await sleep(Math.max(0, start + at - Date.now()));
    statuses.push(await send());
  }
  return statuses;
}

const storedSecrets = async () => {
  const r = await run('secret', 'show', '--json');
  return JSON.parse(r.out) as { current: string; previous: string | null };
};

beforeAll(async () => {
  // The functions' cache at its deployed 5 minutes (SECRET_CACHE_TTL_SECONDS unset).
  lava = await startStackWithLava({ waitTimeSeconds: 1, secret: 'whsec_rotation_first' });
  ({ fake, stack } = lava);
});

afterAll(() => lava?.stop());

describe('a secret added', () => {
  it('is accepted from the moment secret rotate returns, right after a forged request', async () => {
    expect(await post('whsec_forged')).toBe(401); // the functions re-read the secret: gate closed
    const r = await run('secret', 'rotate', '--value', 'whsec_rotation_second');
    expect(await sequence(() => post('whsec_rotation_second'))).toEqual([200, 200, 200, 200, 200]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Waiting');
    expect(r.out).toContain('local accepts it: a probe signed with it answered 200');
    expect(await post('whsec_rotation_first')).toBe(200); // kept as previous
  }, 30_000);

  it('is accepted from the moment secret set returns, which says how long what it dropped stays accepted', async () => {
    expect(await post('whsec_forged')).toBe(401);
    const r = await run('secret', 'set', '--value', 'whsec_rotation_third');
    expect(await sequence(() => post('whsec_rotation_third'))).toEqual([200, 200, 200, 200, 200]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '2 secret(s) no longer stored: still accepted by the running functions until their cached copy expires, up to 5 minute(s) (up to 65 minutes while Secrets Manager cannot be read). Add --now to refuse them at once.',
    );
  }, 30_000);
});

describe('secret rotate --via-lava', () => {
  it('overlaps two endpoints (doubles applied once), then drops the old, losing nothing', async () => {
    expect((await run('connect')).code).toBe(0);
    const [old] = [...fake.webhooks.values()];
    expect(old?.name).toBe('lava-webhooks-local');
    // Lava delivers an event while both endpoints exist: once through each.
    const doubled = sampleBody('connection.created', 'con_test_delivered_twice');
    let overlap: { webhookId: string; status: number }[] = [];
    fake.beforeWebhookDelete = async () => {
      overlap = await fake.deliver(doubled);
    };
    const r = await run('secret', 'rotate', '--via-lava');
    fake.beforeWebhookDelete = undefined;
    expect(r.code).toBe(0);
    expect(overlap.map((o) => o.status)).toEqual([200, 200]);
    expect(fake.webhooks.size).toBe(1);
    expect(fake.webhooks.has(old?.webhook_id ?? '')).toBe(false);
    expect(r.out).toContain('Dropped the old secret of lava-webhooks-local');
    const [created] = [...fake.webhooks.values()];
    const kept = parseSigningSecrets(readStoredSecret(lava.stateDir)?.secretString).endpoints;
    expect(kept['lava-webhooks-local']).toEqual({
      current: created?.webhook_secret,
      webhookId: created?.webhook_id,
    });
    const events = (await run('events', '--connection', 'con_test_delivered_twice', '--json')).out
      .split('\n')
      .map((l) => JSON.parse(l) as { outcome: string });
    expect(events.map((e) => e.outcome).sort()).toEqual(['applied', 'duplicate']);
    // Lava now delivers through the new endpoint only: none refused.
    expect(
      await sequence(async () => {
        const [answer] = await fake.deliver(sampleBody('connection.created', `con_test_after_${++sent}`));
        return answer?.status ?? 0;
      }),
    ).toEqual([200, 200, 200, 200, 200]);
  }, 60_000);
  it('says what is missing: no endpoint of that name connected, or no room under Lava’s cap', async () => {
    const absent = await run('secret', 'rotate', '--via-lava', '--name', 'never-connected');
    expect(absent).toMatchObject({ code: 1 });
    expect(absent.err).toContain('No endpoint named never-connected is connected');
    for (const id of ['wh_other_a', 'wh_other_b'])
      fake.webhooks.set(id, {
        webhook_id: id,
        name: id,
        url: 'https://example.com',
        created_at: '',
        webhook_secret: 'x',
      });
    try {
      const full = await run('secret', 'rotate', '--via-lava');
      expect(full.code).toBe(1);
      expect(full.err).toContain('Lava allows 3 webhook endpoints per merchant and this account has 3');
      expect(fake.webhooks.size).toBe(3); // nothing created
    } finally {
      fake.webhooks.delete('wh_other_a');
      fake.webhooks.delete('wh_other_b');
    }
  });
});

describe('a secret dropped', () => {
  it('disconnect --now refuses the dropped endpoint’s secret at once', async () => {
    expect((await run('connect')).code).toBe(0);
    const [endpoint] = [...fake.webhooks.values()];
    const r = await run('disconnect', '--now');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 secret(s) no longer stored: refused from now on');
    expect(await post(endpoint?.webhook_secret ?? '')).toBe(401);
    expect(await post('whsec_rotation_third')).toBe(200);
  }, 30_000);
  it('stays accepted from the functions’ cache, as the command says; with --now it is refused at once', async () => {
    expect((await run('secret', 'rotate', '--value', 'whsec_rotation_fourth')).code).toBe(0);
    const retired = await run('secret', 'retire');
    expect(retired.code).toBe(0);
    expect(retired.out).toContain('1 secret(s) no longer stored: still accepted by the running functions');
    expect(await storedSecrets()).toEqual({ current: 'whsec_rotation_fourth', previous: null });
    // No longer stored, still cached. (The consumer, which re-reads the secret at any miss, cannot
    // verify it: the message waits in the DLQ. Hence this test comes last.)
    expect(await post('whsec_rotation_third')).toBe(200);

    expect((await run('secret', 'rotate', '--value', 'whsec_rotation_fifth')).code).toBe(0);
    const now = await run('secret', 'retire', '--now');
    expect(now.code).toBe(0);
    expect(now.err).toContain('Restarting lava-webhooks-ingest and lava-webhooks-consumer');
    expect(now.out).toContain('1 secret(s) no longer stored: refused from now on');
    expect(await post('whsec_rotation_fourth')).toBe(401);
    expect(await post('whsec_rotation_third')).toBe(401);
    expect(await post('whsec_rotation_fifth')).toBe(200);
    expect((await run('secret', 'retire')).err).toContain(
      'Nothing to retire: the unnamed secret has no previous value to retire.',
    );
  }, 60_000);
});
