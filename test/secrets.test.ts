// Secret parsing, the per-container cache, and the Secrets Manager loader (mocked: no local server).
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { SecretCache } from '../lambdas/shared/secret-cache';
import { secretsManagerLoader } from '../lambdas/shared/secret-source';
import {
  NoSecretLeftError,
  parseSecretList,
  parseSecretString,
  parseSigningSecrets,
  rotateUnnamed,
  SigningSecretError,
  withEndpoint,
  withoutEndpoint,
} from '../lambdas/shared/secret-value';

describe('parseSecretString', () => {
  it('reads a plain value and the rotation JSON', () => {
    expect(parseSecretString('whsec_a')).toEqual(['whsec_a']);
    expect(parseSecretString('whsec_a\n')).toEqual(['whsec_a']); // stored from a file
    expect(parseSecretString('{"current":"whsec_a","previous":"whsec_b"}')).toEqual(['whsec_a', 'whsec_b']);
    expect(parseSecretString('{"current":"whsec_a","previous":null}')).toEqual(['whsec_a']);
  });
  it.each(['', '   ', '{"previous":"whsec_b"}', '{"current":""}', '{broken', '{"current":"a","previous":3}'])(
    'refuses %j without echoing it',
    (value) => {
      expect(() => parseSecretString(value)).toThrow(SigningSecretError);
      try {
        parseSecretString(value);
      } catch (error) {
        if (value.includes('whsec')) expect((error as Error).message).not.toContain('whsec_b');
      }
    },
  );
  it('reads named endpoint secrets beside the unnamed ones', () => {
    const value = JSON.stringify({
      current: 'whsec_a',
      endpoints: {
        orders: { current: 'whsec_o2', previous: 'whsec_o1', webhookId: 'wh_1' },
        usage: { current: 'whsec_u' },
      },
    });
    expect(parseSecretString(value)).toEqual(['whsec_a', 'whsec_o2', 'whsec_o1', 'whsec_u']);
    expect(parseSecretString('{"endpoints":{"x":{"current":"whsec_x"}}}')).toEqual(['whsec_x']);
  });
  it.each([
    '{"endpoints":{}}',
    '{"endpoints":[]}',
    '{"endpoints":{"x":"whsec_x"}}',
    '{"endpoints":{"x":{"previous":"whsec_x"}}}',
    '{"previous":"whsec_p","endpoints":{"x":{"current":"whsec_x"}}}',
    '{"endpoints":{"x":{"current":"whsec_x","webhookId":7}}}',
  ])('refuses the malformed named form %j without echoing a secret', (value) => {
    expect(() => parseSecretString(value)).toThrow();
    try {
      parseSecretString(value);
    } catch (error) {
      expect((error as Error).message).not.toContain('whsec');
    }
  });
  it('adds, re-adds and removes an endpoint, keeping every other secret valid', () => {
    const one = withEndpoint('whsec_plain', 'orders', 'wh_1', 'whsec_o1');
    expect(parseSecretString(one)).toEqual(['whsec_plain', 'whsec_o1']);
    const two = withEndpoint(one, 'usage', 'wh_2', 'whsec_u1');
    expect(parseSecretString(two)).toEqual(['whsec_plain', 'whsec_o1', 'whsec_u1']);
    // connecting the same name again keeps what it signed before valid, as previous
    const again = withEndpoint(two, 'orders', 'wh_3', 'whsec_o2');
    expect(parseSigningSecrets(again).endpoints.orders).toEqual({
      current: 'whsec_o2',
      previous: 'whsec_o1',
      webhookId: 'wh_3',
    });
    expect(parseSecretString(withoutEndpoint(again, 'orders'))).toEqual(['whsec_plain', 'whsec_u1']);
    expect(withoutEndpoint(withoutEndpoint(two, 'orders'), 'usage')).toBe('whsec_plain');
    expect(() => withoutEndpoint('{"endpoints":{"a":{"current":"whsec_a"}}}', 'a')).toThrow(
      new NoSecretLeftError('no signing secret left to store'),
    );
  });
  it('rotates the unnamed secret and leaves the endpoints alone', () => {
    const stored = withEndpoint('whsec_old', 'orders', 'wh_1', 'whsec_o');
    const rotated = parseSigningSecrets(rotateUnnamed(stored, 'whsec_new'));
    expect(rotated).toMatchObject({ current: 'whsec_new', previous: 'whsec_old' });
    expect(rotated.endpoints.orders?.current).toBe('whsec_o');
    expect(rotateUnnamed('{"current":"a","previous":"b"}', 'c')).toBe('{"current":"c","previous":"a"}');
    expect(() => rotateUnnamed('a', 'a')).toThrow('nothing to rotate');
  });
  it('splits LAVA_WEBHOOK_SECRET on commas', () => {
    expect(parseSecretList(' a , b ,')).toEqual(['a', 'b']);
    expect(() => parseSecretList(' , ')).toThrow();
  });
});

describe('SecretCache', () => {
  function setup(values: (string[] | Error)[]) {
    let clock = 0;
    let calls = 0;
    const cache = new SecretCache(
      async () => {
        const v = values[Math.min(calls++, values.length - 1)];
        if (v instanceof Error) throw v;
        return v as string[];
      },
      { ttlMs: 1000, refreshAfterMissMs: 100, maxStaleMs: 500, now: () => clock },
    );
    return { cache, tick: (ms: number) => (clock += ms), calls: () => calls };
  }

  it('fetches once for concurrent callers and serves from cache within the TTL', async () => {
    const { cache, calls } = setup([['a']]);
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    await cache.get();
    expect(calls()).toBe(1);
  });

  it('refetches after the TTL, and serves the last good value for a while if that fails', async () => {
    const { cache, tick, calls } = setup([['a'], new Error('down')]);
    await cache.get();
    tick(1200);
    expect(await cache.get()).toEqual(['a']);
    expect(calls()).toBe(2);
    tick(200); // within the pause after a failure: served stale without asking again
    expect(await cache.get()).toEqual(['a']);
    expect(calls()).toBe(2);
    tick(3_600_000);
    await expect(cache.get()).rejects.toThrow('down');
  });

  it('picks up a rotation after a miss only when the cache is old enough', async () => {
    const { cache, tick } = setup([['a'], ['b', 'a']]);
    await cache.get();
    expect(await cache.refreshAfterMiss()).toBeUndefined();
    tick(150);
    expect(await cache.refreshAfterMiss()).toEqual(['b', 'a']);
    tick(150);
    expect(await cache.refreshAfterMiss()).toBeUndefined(); // unchanged value
  });
});

describe('SecretCache after a change stored while a fetch was in flight', () => {
  it('lets the first miss refetch once the gate has passed since the fetch was sent', async () => {
    let clock = 0;
    let stored = ['old'];
    let answer: (() => void) | undefined;
    const cache = new SecretCache(
      () =>
        new Promise<string[]>((resolve) => {
          const value = stored;
          answer = () => resolve(value); // Secrets Manager read it when asked
        }),
      { ttlMs: 300_000, refreshAfterMissMs: 5_000, maxStaleMs: 0, now: () => clock },
    );
    const first = cache.get();
    clock = 100;
    stored = ['new', 'old']; // stored while the read is on its way
    clock = 3_000; // a slow answer
    answer?.();
    expect(await first).toEqual(['old']);
    clock = 5_100; // the gate has passed since the change: a request signed with `new` gets through
    const refreshed = cache.refreshAfterMiss();
    answer?.();
    expect(await refreshed).toEqual(['new', 'old']);
  });
});

describe('secretsManagerLoader', () => {
  it('reads the SecretString through the SDK client', async () => {
    const sm = mockClient(SecretsManagerClient);
    sm.on(GetSecretValueCommand, { SecretId: 'arn:test' }).resolves({
      SecretString: '{"current":"whsec_x","previous":"whsec_y"}',
    });
    const load = secretsManagerLoader(new SecretsManagerClient({ region: 'us-east-1' }), 'arn:test');
    expect(await load()).toEqual(['whsec_x', 'whsec_y']);
    sm.restore();
  });
  it('rejects when the call fails', async () => {
    const sm = mockClient(SecretsManagerClient);
    sm.on(GetSecretValueCommand).rejects(new Error('ThrottlingException'));
    const load = secretsManagerLoader(new SecretsManagerClient({ region: 'us-east-1' }), 'arn:test');
    await expect(load()).rejects.toThrow('ThrottlingException');
    sm.restore();
  });
});
