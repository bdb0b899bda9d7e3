// The consumer on each store (the DynamoDB adapter on AWS's DynamoDB Local, the in-memory one):
// exactly once, in event order, tombstones, faults.
import type { SQSRecord } from 'aws-lambda';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyBytes, type EventRecord } from '../lambdas/core/archive-record';
import type { DomainEvent } from '../lambdas/core/decide';
import { MAX_HELD } from '../lambdas/core/identity';
import type { StateStore } from '../lambdas/core/state-store';
import { sampleBody } from '../lambdas/shared/sample-events';
import { batch, outcomes, permutations, STORES, testConsumer } from './helpers/consumer-harness';
import { deliveryIdOf, eventIdOf, redelivered, sqsRecord } from './helpers/sqs-record';

let store: StateStore;
let published: DomainEvent[];
let lines: string[];

function consumer(
  overrides: {
    store?: StateStore;
    publish?: (e: DomainEvent[]) => Promise<void>;
    secrets?: string[] | Error;
  } = {},
) {
  return testConsumer({
    store: overrides.store ?? store,
    write: (line) => lines.push(line),
    publish:
      overrides.publish ??
      (async (events) => {
        published.push(...events);
      }),
    ...(overrides.secrets ? { secrets: () => overrides.secrets as string[] | Error } : {}),
  });
}

const T0 = 1_800_000_000; // unix seconds

function body(event: string, data: Record<string, unknown>) {
  return JSON.stringify({ event, data });
}
const created = (id: string, extra: Record<string, unknown> = {}) =>
  sampleBody('connection.created', id, extra);
const balance = (id: string, has: boolean, amount: string, extra: Record<string, unknown> = {}) =>
  body('connection.wallet.balance.updated', {
    connection_id: id,
    has_lava_credit_balance: has,
    wallet: { balance: amount, autopay_enabled: false },
    ...extra,
  });
const deleted = (id: string) => body('connection.deleted', { connection_id: id });
const at = (b: string, t: number) => sqsRecord(b, { scheme: 'timestamped', t });

async function state(id: string) {
  return (await store.getConnection(id))?.state;
}

for (const { name, make } of STORES) {
  describe(`on ${name}`, () => {
    beforeAll(async () => {
      ({ store } = await make());
    });
    beforeEach(() => {
      published = [];
      lines = [];
    });

    describe("Lava's payload as it may come today: the state follows", () => {
      const metricLines = () =>
        lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l._aws !== undefined);
      const customer = (id: string, extra: Record<string, unknown> = {}) => ({
        customer_id: id,
        reference_id: 'u1',
        contact: { email: 'ada@example.com', phone: null, first_name: 'Ada', last_name: 'Lovelace' },
        subscription: { subscription_id: 'sub_1', plan_id: 'plan_pro', name: 'Pro', status: 'active' },
        metadata: {},
        created_at: '2026-11-01T10:00:00.000Z',
        ...extra,
      });

      it('a deletion whose created_at has no offset revokes access', async () => {
        const id = 'con_today_deleted';
        await consumer()(batch(at(body('customer.created', customer(id)), T0)));
        const deletion = at(
          body('customer.deleted', customer(id, { created_at: '2026-01-01 00:00:00' })),
          T0 + 5,
        );
        expect((await consumer()(batch(deletion))).batchItemFailures).toEqual([]);
        expect((await state(id))?.values.status).toBe('deleted');
        expect(published.map((e) => e.type)).toEqual(['ConnectionCreated', 'ConnectionDeleted']);
      });

      it('a null credit flag leaves the flag as it was, moves the balance, and is recorded and counted', async () => {
        const id = 'con_today_null_credit';
        await consumer()(batch(at(created(id), T0)));
        const update = at(
          body('customer.wallet.balance.updated', {
            customer_id: id,
            has_lava_credit_balance: null,
            wallet: { balance: '0.40', autopay_enabled: false },
          }),
          T0 + 5,
        );
        lines = [];
        await consumer()(batch(update));
        expect((await state(id))?.values).toMatchObject({
          hasLavaCreditBalance: true,
          walletBalance: '0.40',
        });
        const archived = await store.getEvent(eventIdOf(update));
        expect(archived?.outcome).toBe('applied');
        expect(archived?.unreadFields).toEqual({
          'data.has_lava_credit_balance': 'expected true or false, got null',
        });
        expect(metricLines().find((l) => l.Field === 'has_lava_credit_balance')?.PayloadFieldUnread).toBe(1);
        const processed = lines.map((l) => JSON.parse(l)).find((l) => l.message === 'processed');
        expect(processed?.unreadFields).toEqual(['data.has_lava_credit_balance']);
      });

      it('a creation with metadata as a string and created_at in epoch seconds creates the connection', async () => {
        const id = 'con_today_odd_creation';
        const b = body('customer.created', customer(id, { metadata: 'vip', created_at: 1_767_225_600 }));
        await consumer()(batch(at(b, T0)));
        const s = await state(id);
        expect(s?.values).toMatchObject({ status: 'active', email: 'ada@example.com', referenceId: 'u1' });
        expect(s?.values.metadata).toBeUndefined();
        expect(s?.createdAt).toBe('2026-01-01T00:00:00.000Z');
        expect(published.map((e) => e.type)).toEqual(['ConnectionCreated']);
      });

      it('customer.updated sets the new email and announces ConnectionUpdated with what changed', async () => {
        const id = 'con_today_updated';
        await consumer()(batch(at(body('customer.created', customer(id)), T0)));
        const update = customer(id, { contact: { email: 'ada.l@example.com', first_name: 'Ada' } });
        await consumer()(batch(at(body('customer.updated', update), T0 + 5)));
        expect((await state(id))?.values).toMatchObject({ email: 'ada.l@example.com', lastName: 'Lovelace' });
        expect((await state(id))?.lastEventType).toBe('customer.updated');
        const announced = published.find((e) => e.type === 'ConnectionUpdated');
        expect(announced?.detail).toMatchObject({
          connectionId: id,
          eventType: 'customer.updated',
          changedFields: ['email'],
          email: 'ada.l@example.com',
          referenceId: 'u1',
        });
      });

      it('a customer object nested at data.customer is applied', async () => {
        const id = 'cus_today_nested';
        await consumer()(batch(at(body('customer.created', { customer: customer(id) }), T0)));
        expect((await state(id))?.values).toMatchObject({ status: 'active', email: 'ada@example.com' });
      });

      it('a cancelled subscription announces SubscriptionChanged, previous and new', async () => {
        const id = 'con_today_cancelled';
        await consumer()(batch(at(body('customer.created', customer(id)), T0)));
        const cancelled = { subscription_id: 'sub_1', plan_id: 'plan_pro', name: 'Pro', status: 'cancelled' };
        await consumer()(
          batch(at(body('customer.subscription.updated', customer(id, { subscription: cancelled })), T0 + 5)),
        );
        const changed = published.filter((e) => e.type === 'SubscriptionChanged');
        expect(changed.map((e) => e.detail)).toEqual([
          expect.objectContaining({
            previous: { subscriptionId: 'sub_1', planId: 'plan_pro', name: 'Pro', status: 'active' },
            current: { subscriptionId: 'sub_1', planId: 'plan_pro', name: 'Pro', status: 'cancelled' },
          }),
        ]);
        // Nothing else changed: no ConnectionUpdated.
        expect(published.map((e) => e.type)).toEqual(['ConnectionCreated', 'SubscriptionChanged']);
      });

      it('an event outside the customer family is ignored, even with a customer id', async () => {
        const record = sqsRecord(
          body('invoice.paid', { customer_id: 'con_today_invoice', metadata: { a: 1 } }),
        );
        await consumer()(batch(record));
        expect((await store.getDelivery(deliveryIdOf(record)))?.outcome).toBe('ignored');
        expect(await state('con_today_invoice')).toBeUndefined();
      });

      it('counts an event whose payload holds field names this receiver does not read', async () => {
        lines = [];
        await consumer()(
          batch(at(body('customer.created', customer('con_today_new', { tier: 'gold' })), T0)),
        );
        expect(metricLines().find((l) => l.PayloadNewFields !== undefined)?.PayloadNewFields).toBe(1);
      });
    });

    describe('event types and aliases', () => {
      it.each(['connection', 'customer'])(
        '%s.created makes an active connection with its customer fields',
        async (prefix) => {
          const id = `con_${prefix}_created`;
          const key = prefix === 'connection' ? 'connection_id' : 'customer_id';
          const b = body(`${prefix}.created`, {
            [key]: id,
            has_lava_credit_balance: true,
            contact: { email: 'c@example.com' },
          });
          const res = await consumer()(batch(sqsRecord(b)));
          expect(res.batchItemFailures).toEqual([]);
          const s = await state(id);
          expect(s?.values).toMatchObject({
            status: 'active',
            hasLavaCreditBalance: true,
            email: 'c@example.com',
            deletedAt: null,
          });
          expect(s?.lastEventType).toBe(`${prefix}.created`);
          expect(published.map((e) => e.type)).toEqual(['ConnectionCreated']);
        },
      );

      it.each(['connection', 'customer'])(
        '%s.wallet.balance.updated sets credit and wallet, and announces depletion',
        async (prefix) => {
          const id = `con_${prefix}_balance`;
          await consumer()(batch(at(created(id), T0)));
          published = [];
          const b = body(`${prefix}.wallet.balance.updated`, {
            customer_id: id,
            has_lava_credit_balance: false,
            wallet: { balance: '0.00', autopay_enabled: true },
          });
          await consumer()(batch(at(b, T0 + 10)));
          expect((await state(id))?.values).toMatchObject({
            hasLavaCreditBalance: false,
            walletBalance: '0.00',
            autopayEnabled: true,
          });
          expect(published.map((e) => e.type)).toEqual(['BalanceDepleted']);
          await consumer()(batch(at(balance(id, true, '5.00'), T0 + 20)));
          expect(published.map((e) => e.type)).toEqual(['BalanceDepleted', 'BalanceRestored']);
        },
      );

      it.each(['connection', 'customer'])('%s.deleted leaves a tombstone', async (prefix) => {
        const id = `con_${prefix}_deleted`;
        await consumer()(batch(at(created(id), T0)));
        await consumer()(batch(at(body(`${prefix}.deleted`, { connection_id: id }), T0 + 5)));
        const s = await state(id);
        expect(s?.values.status).toBe('deleted');
        expect(s?.values.deletedAt).toBe(new Date((T0 + 5) * 1000).toISOString());
        expect(s?.values.email).toBe('ada@example.com'); // last known fields are kept
        expect(published.map((e) => e.type)).toEqual(['ConnectionCreated', 'ConnectionDeleted']);
      });

      it('checkout.completed applies to data.customer_id and is announced', async () => {
        const b = body('checkout.completed', {
          checkout_session_id: 'cs_1',
          customer_id: 'con_checkout',
          plan_id: 'plan_pro',
          subscription_id: 'sub_1',
          funded_amount: '50.00',
          currency: 'USD',
        });
        await consumer()(batch(sqsRecord(b)));
        const s = await state('con_checkout');
        expect(s?.values.status).toBe('active');
        expect(JSON.parse(String(s?.values.lastCheckout))).toMatchObject({
          plan_id: 'plan_pro',
          funded_amount: '50.00',
        });
        expect(published.find((e) => e.type === 'CheckoutCompleted')?.detail).toMatchObject({
          connectionId: 'con_checkout',
          checkout_session_id: 'cs_1',
        });
      });

      it('stores free-form metadata as the exact text Lava sent, even what DynamoDB could not hold as a map', async () => {
        const metadata =
          '{"ext_id":12345678901234567890, "__proto__": {"x": 1}, "deep":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}';
        const subscription = '{ "plan" : "pro", "seats": 9007199254740993 }';
        const b = `{"event":"connection.created","data":{"connection_id":"con_meta","metadata":${metadata},"subscription":${subscription}}}`;
        const res = await consumer()(batch(sqsRecord(b)));
        expect(res.batchItemFailures).toEqual([]);
        const values = (await state('con_meta'))?.values;
        expect(values?.metadata).toBe(metadata); // 2^64-ish number and __proto__ kept, byte for byte
        expect(values?.subscription).toBe(subscription);
      });

      it('gives every domain event the id of the webhook that caused it', async () => {
        const record = sqsRecord(created('con_source_id'));
        await consumer()(batch(record));
        expect(published[0]?.detail.sourceEventId).toBe(eventIdOf(record));
      });

      it('an event for an unseen connection creates it', async () => {
        await consumer()(batch(sqsRecord(balance('con_unseen', true, '3.00'))));
        expect((await state('con_unseen'))?.values).toMatchObject({
          status: 'active',
          walletBalance: '3.00',
        });
      });
    });

    describe('exactly once', () => {
      it('applies the same record once, whether redelivered 20 times or 20 times in one batch', async () => {
        const record = sqsRecord(created('con_twenty'));
        const handler = consumer();
        for (let i = 0; i < 20; i++) {
          const res = await handler(batch(redelivered(record, i + 1)));
          expect(res.batchItemFailures).toEqual([]);
        }
        const copies = Array.from({ length: 20 }, () => sqsRecord(created('con_twenty_batch')));
        const res = await handler(batch(...copies));
        expect(res.batchItemFailures).toEqual([]);
        // Handed over again, a delivery writes nothing.
        expect((await store.getConnection('con_twenty'))?.version).toBe(1);
        // Each copy is another request: held in the connection's log (at most MAX_HELD), nothing applied.
        const batchState = (await store.getConnection('con_twenty_batch'))?.state;
        expect(batchState?.values).toEqual((await store.getConnection('con_twenty'))?.state.values);
        expect(batchState?.log?.held.length ?? 0).toBeLessThanOrEqual(MAX_HELD);
        expect(published.filter((e) => e.type === 'ConnectionCreated')).toHaveLength(2);
        const seen = outcomes(lines);
        expect(seen.filter((o) => o === 'applied')).toHaveLength(2);
        // SQS handing over one delivery again is not a duplicate event: nothing is archived for it.
        expect(seen.filter((o) => o === 'redelivered')).toHaveLength(19);
        // Nineteen more requests with the same body within the window are duplicates, each archived.
        expect(seen.filter((o) => o === 'duplicate')).toHaveLength(19);
        const duplicate = await store.getDelivery(deliveryIdOf(copies[5] as SQSRecord));
        expect(duplicate).toMatchObject({
          outcome: 'duplicate',
          duplicateOf: eventIdOf(copies[0] as SQSRecord),
        });
      });

      it('applies once when two consumers race on the same records', async () => {
        const records = [created('con_race'), balance('con_race', false, '0.00'), deleted('con_race')].map(
          (b, i) => at(b, T0 + i),
        );
        const results = await Promise.all([
          consumer()(batch(...records)),
          consumer()(batch(...[...records].reverse())),
        ]);
        for (const r of results) expect(r.batchItemFailures).toEqual([]);
        const s = await state('con_race');
        expect(s?.values).toMatchObject({ status: 'deleted', hasLavaCreditBalance: false });
        for (const r of records)
          expect((await store.getEvent(eventIdOf(r)))?.outcome).toMatch(/applied|stale/);
      });
    });

    describe('order', () => {
      const history = (id: string) => [
        at(created(id), T0),
        at(balance(id, true, '5.00'), T0 + 10),
        at(balance(id, false, '0.00'), T0 + 20),
        at(balance(id, true, '20.00', { customer: { email: 'new@example.com' } }), T0 + 30),
        at(deleted(id), T0 + 40),
      ];

      const comparable = (s: Awaited<ReturnType<typeof state>>) => ({
        values: s?.values,
        createdAt: s?.createdAt,
        lastEventAt: s?.lastEventAt,
        lastEventType: s?.lastEventType,
      });

      it('every permutation of a 5-event history ends in the state of the in-order history', async () => {
        const handler = consumer();
        for (const r of history('con_inorder')) await handler(batch(r));
        const expected = comparable(await state('con_inorder'));
        expect(expected.values).toMatchObject({
          status: 'deleted',
          email: 'new@example.com',
          walletBalance: '20.00',
        });

        const orders = permutations([0, 1, 2, 3, 4]);
        expect(orders).toHaveLength(120);
        await Promise.all(
          orders.map(async (order, n) => {
            const id = `con_perm_${n}`;
            const events = history(id);
            for (const i of order) {
              const res = await handler(batch(events[i] as SQSRecord));
              expect(res.batchItemFailures).toEqual([]);
            }
            expect(comparable(await state(id))).toEqual(expected);
          }),
        );
      }, 180_000); // 600 events on a shared DynamoDB Local, beside other test files

      it('a tombstone is never revived by older events; a newer created reactivates it', async () => {
        const id = 'con_tomb';
        const handler = consumer();
        await handler(batch(at(created(id), T0)));
        await handler(batch(at(deleted(id), T0 + 30)));
        await handler(batch(at(balance(id, true, '9.00'), T0 + 10)));
        await handler(batch(at(created(id, { reference_id: 'older' }), T0 - 10)));
        let s = await state(id);
        expect(s?.values.status).toBe('deleted');
        expect(s?.lastEventType).toBe('connection.deleted');
        const stale = at(created(id, { reference_id: 'older' }), T0 - 10);
        expect((await store.getEvent(eventIdOf(stale)))?.outcome).toBe('stale');

        await handler(batch(at(created(id, { reference_id: 'again' }), T0 + 60)));
        s = await state(id);
        expect(s?.values).toMatchObject({ status: 'active', deletedAt: null, referenceId: 'again' });
      });

      it('uses receivedAt as the event time when the signature carries none', async () => {
        const id = 'con_plain_order';
        const handler = consumer();
        await handler(batch(sqsRecord(balance(id, false, '0.00'), { receivedAt: 2_000_000 })));
        await handler(batch(sqsRecord(balance(id, true, '7.00'), { receivedAt: 1_000_000 })));
        expect((await state(id))?.values.walletBalance).toBe('0.00');
      });
    });

    describe('bad records', () => {
      it('never archives a message it cannot verify: SQS retries it and the DLQ keeps it', async () => {
        const record = sqsRecord(created('con_forged'), { secret: 'whsec_attacker' });
        const res = await consumer()(batch(record));
        expect(res.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
        expect(await state('con_forged')).toBeUndefined();
        expect(await store.getEvent(eventIdOf(record))).toBeUndefined();
        expect(await store.getDelivery(deliveryIdOf(record))).toBeUndefined();
        const docs = lines.map((l) => JSON.parse(l));
        expect(docs.find((d) => d.SignatureUnverified === 1)).toBeDefined();
        expect(docs.find((d) => d.level === 'error')?.error).toMatchObject({
          name: 'UnverifiedSignatureError',
        });
        // The failure line names the SQS message, which SQS retries and the DLQ keeps.
        expect(docs.find((d) => d.level === 'error')?.messageId).toBe(record.messageId);
      });

      it("logs a processed record by its delivery, event, connection and outcome, and nothing an operator does not search by (one line's bytes)", async () => {
        const record = sqsRecord(created('con_logged'));
        await consumer()(batch(record));
        const line = lines.map((l) => JSON.parse(l)).find((d) => d.message === 'processed');
        // Exactly these: no SQS message id (the failure line has it), no time (CloudWatch stamps
        // the line), no service (the log group says it), no event type (ingest's line and the
        // archive item have it). docs/runbook.md, "Logs", lists them.
        expect(line).toEqual({
          level: 'info',
          message: 'processed',
          deliveryId: deliveryIdOf(record),
          eventId: eventIdOf(record),
          connectionId: 'con_logged',
          outcome: 'applied',
        });
      });

      it('adds to the processed line what tells a duplicate, a rejection and unread fields apart', async () => {
        const first = sqsRecord(created('con_logged_2'));
        const again = sqsRecord(created('con_logged_2'));
        const unreadable = sqsRecord(body('connection.created', { customer: 'nobody' }));
        const odd = sqsRecord(balance('con_logged_2', true, '1.00', { has_lava_credit_balance: null }));
        await consumer()(batch(first));
        await consumer()(batch(again, unreadable, odd));
        const processed = lines.map((l) => JSON.parse(l)).filter((d) => d.message === 'processed');
        const of = (r: SQSRecord) => processed.find((d) => d.deliveryId === deliveryIdOf(r));
        expect(of(again)).toMatchObject({
          level: 'info',
          duplicateOf: eventIdOf(first),
          connectionId: 'con_logged_2',
          outcome: 'duplicate',
        });
        expect(of(unreadable)).toMatchObject({
          level: 'warn',
          outcome: 'rejected',
          reason: expect.any(String),
        });
        expect(of(odd)).toMatchObject({
          eventId: expect.any(String),
          connectionId: 'con_logged_2',
          unreadFields: ['data.has_lava_credit_balance'],
        });
      });

      it('ignores and archives an unknown event type', async () => {
        const record = sqsRecord(body('invoice.paid', { id: 'inv_1' }));
        const res = await consumer()(batch(record));
        expect(res.batchItemFailures).toEqual([]);
        expect((await store.getDelivery(deliveryIdOf(record)))?.outcome).toBe('ignored');
        expect(lines.some((l) => l.includes('"Outcome":"ignored"'))).toBe(true);
      });

      it.each([
        ['no id', body('connection.created', { has_lava_credit_balance: true })],
        ['an id that is an object', body('connection.created', { connection_id: { id: 'con_bad' } })],
      ])('rejects a known type with %s, without retry', async (_name, b) => {
        const record = sqsRecord(b);
        const res = await consumer()(batch(record));
        expect(res.batchItemFailures).toEqual([]);
        expect((await store.getDelivery(deliveryIdOf(record)))?.outcome).toBe('rejected');
        expect(await state('con_bad')).toBeUndefined();
      });

      it.each<[string, string | Buffer, string]>([
        ['broken JSON', '{"event":"connection.created","data":{', 'not valid JSON'],
        ['not an object', '[1,2]', 'must be a JSON object'],
        ['no data', '{"event":"connection.created"}', '"data"'],
        ['bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'not UTF-8'],
        ['an empty body', '', 'not valid JSON'],
      ])(
        'archives a signed body that is %s as rejected, bytes intact, for a replay after a fix',
        async (_n, b, why) => {
          const record = sqsRecord(b);
          const res = await consumer()(batch(record));
          expect(res.batchItemFailures).toEqual([]);
          const archived = await store.getDelivery(deliveryIdOf(record));
          expect(archived).toMatchObject({ outcome: 'rejected', reason: expect.stringContaining(why) });
          expect(bodyBytes(archived as EventRecord).equals(Buffer.from(b))).toBe(true);
        },
      );

      it('retries every record when the secret cannot be read', async () => {
        const records = [sqsRecord(created('con_nosecret_1')), sqsRecord(created('con_nosecret_2'))];
        const res = await consumer({ secrets: new Error('AccessDenied') })(batch(...records));
        expect(res.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(
          records.map((r) => r.messageId).sort(),
        );
        expect(await state('con_nosecret_1')).toBeUndefined();
      });
    });

    describe('faults', () => {
      it('a record whose DynamoDB write fails is the only one in batchItemFailures, and applies on retry', async () => {
        const records = ['a', 'b', 'c', 'd'].map((s) => sqsRecord(created(`con_fault_${s}`)));
        const poisoned = eventIdOf(records[2] as SQSRecord);
        const faulty: StateStore = {
          ...store,
          commitEvent: async (event, commit) => {
            if (event.eventId === poisoned)
              throw Object.assign(new Error('ProvisionedThroughputExceededException'), {
                name: 'ThrottlingException',
              });
            return store.commitEvent(event, commit);
          },
        };
        const res = await consumer({ store: faulty })(batch(...records));
        expect(res.batchItemFailures).toEqual([{ itemIdentifier: records[2]?.messageId }]);
        expect(await state('con_fault_c')).toBeUndefined();
        for (const s of ['a', 'b', 'd'])
          expect((await state(`con_fault_${s}`))?.values.status).toBe('active');

        const retry = await consumer()(batch(...records.map((r) => redelivered(r))));
        expect(retry.batchItemFailures).toEqual([]);
        for (const s of ['a', 'b', 'c', 'd'])
          expect((await store.getConnection(`con_fault_${s}`))?.version).toBe(1);
      });

      it('a failed publish is published on redelivery, without a second apply', async () => {
        const record = sqsRecord(created('con_publish'));
        const failing = consumer({
          publish: async () => {
            throw new Error('EventBridge unavailable');
          },
        });
        const first = await failing(batch(record));
        expect(first.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
        expect((await store.getConnection('con_publish'))?.version).toBe(1);
        expect((await store.getEvent(eventIdOf(record)))?.published).toBe(false);

        const second = await consumer()(batch(redelivered(record)));
        expect(second.batchItemFailures).toEqual([]);
        expect(published.map((e) => e.type)).toEqual(['ConnectionCreated']);
        expect((await store.getConnection('con_publish'))?.version).toBe(1);
        expect((await store.getEvent(eventIdOf(record)))?.published).toBe(true);

        await consumer()(batch(redelivered(record, 3)));
        expect(published).toHaveLength(1); // published once it is marked, not again
      });
    });
  });
}
