// The forwarder's pure parts: the retry schedule, the forwarding secret's forms, and what the app
// receives for one EventBridge event.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  ForwardSecretError,
  generateForwardSecret,
  normalizedSecret,
  parseForwardSecret,
} from '../lambdas/forwarder/forward-secret';
import { forwardedEventOf, UnreadableMessageError, webhookIdOf } from '../lambdas/forwarder/forwarded-event';
import { DEPLOYED_SCHEDULE, retriesExhausted, retryDelaySeconds } from '../lambdas/forwarder/schedule';
import { webhookHeaders } from '../lambdas/forwarder/sign';
import { PROJECT_ROOT } from '../lib/bundling';

describe('the retry schedule', () => {
  it('starts within seconds, doubles, never waits longer than its maximum, never less than half', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const nominal = Math.min(DEPLOYED_SCHEDULE.maxSeconds, DEPLOYED_SCHEDULE.firstSeconds * 2 ** (n - 1));
        const delay = retryDelaySeconds(DEPLOYED_SCHEDULE, n, r);
        expect(delay).toBeGreaterThanOrEqual(nominal / 2);
        expect(delay).toBeLessThanOrEqual(nominal);
      }),
    );
    expect(retryDelaySeconds(DEPLOYED_SCHEDULE, 1, 1)).toBe(10);
  });

  it('retries for at least 24 hours, in a bounded number of attempts, whatever the jitter', () => {
    for (const random of [() => 0, () => 1, Math.random]) {
      const start = 0;
      let now = start;
      let attempts = 1; // the first attempt failed at `start`
      while (!retriesExhausted(DEPLOYED_SCHEDULE, start, now)) {
        now += retryDelaySeconds(DEPLOYED_SCHEDULE, attempts, random()) * 1000;
        attempts += 1;
      }
      // The attempt that finds the schedule over is made after 24 h, then the event goes to the DLQ.
      expect(now - start).toBeGreaterThanOrEqual(24 * 3600 * 1000);
      expect(attempts).toBeGreaterThan(12);
      expect(attempts).toBeLessThan(40);
    }
  });
});

describe('the forwarding secret', () => {
  it('reads whsec_ values, bare base64 (what CloudFormation generates) and a rotation pair', () => {
    const generated = 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7dEf0hIj3kLm6n'; // 48 letters and digits
    expect(parseForwardSecret(generated)).toEqual([`whsec_${generated}`]);
    const fresh = generateForwardSecret();
    expect(parseForwardSecret(`${fresh}\n`)).toEqual([fresh]);
    expect(parseForwardSecret(JSON.stringify({ current: fresh, previous: generated }))).toEqual([
      fresh,
      `whsec_${generated}`,
    ]);
    // The library reads what we generate.
    expect(() => new Webhook(fresh)).not.toThrow();
  });

  it('refuses what could not sign, without echoing the value', () => {
    for (const bad of ['', 'whsec_not base64!', 'whsec_c2hvcnQ=', '{"previous":"x"}', '{broken']) {
      const error = (() => {
        try {
          parseForwardSecret(bad);
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error).toBeInstanceOf(ForwardSecretError);
      if (bad.length > 8) expect(error?.message).not.toContain(bad.slice(6));
    }
    expect(() => normalizedSecret('whsec_c2hvcnQ=')).toThrow(/at least 16 bytes/);
  });
});

describe('the request for one event', () => {
  const event = (detail: Record<string, unknown>, id = 'eb-1') =>
    JSON.stringify({
      version: '0',
      id,
      'detail-type': 'BalanceDepleted',
      source: 'lava-webhooks',
      time: '2026-12-01T10:00:01Z',
      detail,
    });

  it('posts {type, timestamp, data} under an id that a republished copy shares', () => {
    const detail = { connectionId: 'con_1', sourceEventId: 'abc', walletBalance: '0.00' };
    const first = forwardedEventOf(event(detail, 'eb-1'));
    const again = forwardedEventOf(event(detail, 'eb-2'));
    expect(JSON.parse(first.body)).toEqual({
      type: 'BalanceDepleted',
      timestamp: '2026-12-01T10:00:01Z',
      data: detail,
    });
    expect(again).toEqual(first);
    expect(first.webhookId).toBe(webhookIdOf('BalanceDepleted', 'abc'));
    expect(first.webhookId).toMatch(/^msg_[0-9a-f]{32}$/);
    // Without a sourceEventId, EventBridge's id: stable across retries, not across republishing.
    expect(forwardedEventOf(event({ connectionId: 'con_1' }, 'eb-1')).webhookId).not.toBe(
      forwardedEventOf(event({ connectionId: 'con_1' }, 'eb-2')).webhookId,
    );
  });

  it('refuses a message that is no EventBridge event', () => {
    for (const bad of ['nope', '[]', '{}', JSON.stringify({ 'detail-type': 'X', time: 'later', detail: {} })])
      expect(() => forwardedEventOf(bad)).toThrow(UnreadableMessageError);
  });

  it('signs "id.timestamp.body" with HMAC-SHA256 in base64, once per secret', () => {
    const current = generateForwardSecret();
    const previous = generateForwardSecret();
    const body = '{"type":"X","timestamp":"t","data":{}}';
    const headers = webhookHeaders('msg_1', body, [current, previous], 1_700_000_000_500);
    expect(headers['webhook-timestamp']).toBe('1700000000');
    const expected = (secret: string) =>
      `v1,${createHmac('sha256', Buffer.from(secret.slice(6), 'base64'))
        .update(`msg_1.1700000000.${body}`)
        .digest('base64')}`;
    expect(headers['webhook-signature']).toBe(`${expected(current)} ${expected(previous)}`);
  });
});

// The README's verification without the library ("Forwarding to your app"), word for word.
function verified(body: string, headers: Headers, secret: string): boolean {
  const id = headers.get('webhook-id') ?? '';
  const timestamp = headers.get('webhook-timestamp') ?? '';
  if (!(Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300)) return false; // stale or replayed
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const hmac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  const expected = Buffer.from(`v1,${hmac}`);
  return (headers.get('webhook-signature') ?? '').split(' ').some((signature) => {
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

describe('the README’s verification without the library', () => {
  it('is this file’s copy, word for word', () => {
    const fn = /function verified\(.*?\n}\n/s;
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8').match(fn)?.[0];
    const here = readFileSync(fileURLToPath(import.meta.url), 'utf8').match(fn)?.[0];
    expect(readme).toBeDefined();
    expect(readme).toBe(here);
  });

  it('accepts what the forwarder signs, with either secret of a rotation, and refuses anything else', () => {
    const [current, previous, other] = [
      generateForwardSecret(),
      generateForwardSecret(),
      generateForwardSecret(),
    ];
    const body = '{"type":"BalanceDepleted","timestamp":"2026-12-01T10:00:01Z","data":{}}';
    const headers = new Headers(webhookHeaders('msg_1', body, [current, previous], Date.now()));
    expect(verified(body, headers, current)).toBe(true);
    expect(verified(body, headers, previous)).toBe(true);
    expect(verified(body, headers, other)).toBe(false);
    expect(verified(`${body} `, headers, current)).toBe(false);
    const stale = new Headers(webhookHeaders('msg_1', body, [current], Date.now() - 600_000));
    expect(verified(body, stale, current)).toBe(false);
    expect(verified(body, new Headers(), current)).toBe(false);
  });
});
