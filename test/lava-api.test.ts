// The Lava client (the SDK with a paced, bounded, retrying transport) against the loopback fake.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idMode, keyMode, LavaApiError, lavaApi, retryAfterMs } from '../lambdas/reconciler/lava-api';
import { type FakeLava, startFakeLava } from './helpers/fake-lava';

let fake: FakeLava;
const waits: number[] = [];
const client = (key = fake.secretKey, rps = 1000) =>
  lavaApi(key, {
    baseUrl: fake.baseUrl,
    requestsPerSecond: rps,
    sleep: async (ms) => void waits.push(ms),
  });

beforeEach(async () => {
  fake = await startFakeLava();
  waits.length = 0;
});
afterEach(() => fake.close());

describe('lavaApi', () => {
  it('pages through customers with the cursor and retrieves one, undefined on 404', async () => {
    for (let i = 0; i < 5; i++) fake.addCustomer({ customer_id: `cus_test_${i}` });
    const api = client();
    const first = await api.listCustomers(undefined, 2);
    expect(first.data.map((c) => c.customer_id)).toEqual(['cus_test_0', 'cus_test_1']);
    expect(first.has_more).toBe(true);
    const rest = await api.listCustomers(first.next_cursor, 10);
    expect(rest.data).toHaveLength(3);
    expect(rest.has_more).toBe(false);
    expect((await api.retrieveCustomer('cus_test_3'))?.contact.email).toBe('cus_test_3@example.com');
    expect(await api.retrieveCustomer('cus_test_gone')).toBeUndefined();
  });

  it('creates, lists and deletes webhook endpoints; a second delete is false', async () => {
    const api = client();
    const created = await api.createWebhook({ name: 'stack', url: 'https://example.com/webhooks/lava' });
    expect(created.webhook_secret).toMatch(/^whsec_test_/);
    expect(await api.listWebhooks()).toEqual([
      expect.not.objectContaining({ webhook_secret: expect.anything() }),
    ]);
    expect(await api.deleteWebhook(created.webhook_id)).toBe(true);
    expect(await api.deleteWebhook(created.webhook_id)).toBe(false);
  });

  it('waits as long as Retry-After says on 429, and backs off on 5xx for reads', async () => {
    fake.addCustomer({ customer_id: 'cus_test_1' });
    fake.fail({ status: 429, retryAfter: 3 });
    fake.fail({ status: 503, times: 2 });
    const page = await client().listCustomers(undefined, 10);
    expect(page.data).toHaveLength(1);
    expect(waits.filter((w) => w >= 500)).toEqual([3000, 1000, 2000]);
  });

  it('does not send a POST again after a 5xx (it may have happened), and says the status', async () => {
    fake.fail({ status: 500, match: (method) => method === 'POST' });
    const error = await client()
      .createWebhook({ name: 'x', url: 'https://example.com' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LavaApiError);
    expect((error as LavaApiError).status).toBe(500);
    expect(fake.webhooks.size).toBe(0);
    expect(fake.log.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('fails on 401 without retrying and without echoing the key', async () => {
    const error = (await client('aks_test_wrong_key')
      .listCustomers(undefined, 1)
      .catch((e: unknown) => e)) as LavaApiError;
    expect(error.status).toBe(401);
    expect(error.message).not.toContain('aks_test_wrong_key');
    expect(fake.log).toHaveLength(1);
  });

  it('gives up after its retries', async () => {
    fake.fail({ status: 503, times: 10 });
    const error = (await client()
      .listCustomers(undefined, 1)
      .catch((e: unknown) => e)) as LavaApiError;
    expect(error.status).toBe(503);
    expect(fake.log).toHaveLength(5);
  });

  it('paces requests to the rate it was given', async () => {
    const api = client(fake.secretKey, 4);
    await Promise.all([1, 2, 3].map(() => api.listCustomers(undefined, 1)));
    // The first goes at once, the next two wait for their slots, 250 ms apart.
    expect(waits.length).toBe(2);
    expect(waits[1] as number).toBeGreaterThan(waits[0] as number);
  });

  it('knows a key’s mode and an id’s', () => {
    expect(keyMode('aks_test_abc')).toBe('test');
    expect(keyMode('aks_live_abc')).toBe('live');
    expect(idMode('con_test_01K')).toBe('test');
    expect(idMode('con_01K')).toBe('live');
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
