// The reconciler's lease against DynamoDB Local: a minute long and renewed while the run lives, so a
// live run keeps it however long a page takes, and a holder that died stops blocking within a minute.
import { afterEach, describe, expect, it } from 'vitest';
import { dynamoDbReconcileStore } from '../lambdas/reconciler/dynamodb-reconcile-store';
import { ReconcileLeaseLostError } from '../lambdas/reconciler/reconcile-store';
import { dynamoClient } from './helpers/dynamodb';
import { customer } from './helpers/fake-lava';
import { type Reconciling, startReconciling } from './helpers/reconciling';
import { until } from './helpers/until';

const client = dynamoClient();
let r: Reconciling;
afterEach(() => r?.close());

const listing = (method: string, path: string) => method === 'GET' && path === 'customers';
const leaseUntil = async () => Number((await r.checkpoint())?.leaseUntil);

describe('the reconcile lease', () => {
  it('lapses about a minute after its holder stops renewing it; the holder then stops', async () => {
    r = await startReconciling(client);
    r.fake.addCustomer(customer('con_test_1'));
    const held = r.fake.hold(listing); // the first run hangs on its first page
    const first = r.run().catch((e: unknown) => e);
    await held.arrived;
    const left = (await leaseUntil()) - Date.now();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(60_000);

    // As seen a minute and a second later, with no renewal since: the lease is free.
    const later = await r.run({}, { now: () => Date.now() + 61_000 });
    expect(later).toMatchObject({ complete: true, repaired: 1 });
    held.release();
    expect(await first).toBeInstanceOf(ReconcileLeaseLostError);
  });

  it('is renewed while its run lives, however long a page takes', async () => {
    r = await startReconciling(client);
    r.fake.addCustomer(customer('con_test_1'));
    const held = r.fake.hold(listing);
    const run = r.run({ leaseMs: 600 });
    await held.arrived;
    const first = await leaseUntil();
    // Renewed twice over while the page is still unanswered: past its first term.
    await until(async () => ((await leaseUntil()) > first + 600 ? true : undefined), 10_000, 'renewals');
    held.release();
    expect(await run).toMatchObject({ complete: true });
    expect(await leaseUntil()).toBe(0);
  });

  it('is never taken back by a renewal that lands after the run let it go', async () => {
    r = await startReconciling(client);
    const checkpoints = dynamoDbReconcileStore(client, r.tableName);
    await checkpoints.acquire('test', 'run-a', Date.now(), Date.now() + 60_000);
    await checkpoints.release('test', 'run-a');
    await expect(checkpoints.renew('test', 'run-a', Date.now() + 60_000)).rejects.toThrow(
      ReconcileLeaseLostError,
    );
    expect(await leaseUntil()).toBe(0);
  });
});
