// Nothing a correctly signed body of at most 256 KiB holds can push an item past DynamoDB's 400 KB, on
// AWS's DynamoDB Local (which refuses such an item as DynamoDB does): bodies at the limit, of every
// event type, with large hard-to-compress values in every field the reader knows (and more), are each
// applied or archived, never failed. The largest item written is measured against the bound.
import { randomBytes, randomInt } from 'node:crypto';
import { type AttributeValue, GetItemCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemSize } from '../bench/item-size';
import type { DomainEvent } from '../lambdas/core/decide';
import type { StateStore } from '../lambdas/core/state-store';
import { MAX_BODY_BYTES } from '../lambdas/ingest/outcomes';
import { connectionKey, deliveryKey, eventKey } from '../lambdas/shared/table-schema';
import { batch, outcomes, testConsumer } from './helpers/consumer-harness';
import { dynamoClient, freshStore } from './helpers/dynamodb';
import { deliveryIdOf, eventIdOf, sqsRecord } from './helpers/sqs-record';

/** DynamoDB's item limit, names and values included. */
const ITEM_LIMIT = 400 * 1024;

const client = dynamoClient();
let tableName: string;
let store: StateStore;
let lines: string[];
let published: DomainEvent[];
let largest = 0;

beforeAll(async () => {
  ({ tableName, store } = await freshStore(client));
});

const consumer = () =>
  testConsumer({
    store,
    write: (line) => lines.push(line),
    publish: async (events) => {
      published.push(...events);
    },
  });

/** Printable ASCII but `"` and `\`, drawn at random: about as little as gzip can shrink valid JSON text. */
function hardText(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) {
    const c = 0x20 + (b % 95);
    out += c === 0x22 || c === 0x5c ? '~' : String.fromCharCode(c);
  }
  return out;
}

async function itemBytes(key: string): Promise<number> {
  const out = await client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: key } } }));
  const size = out.Item ? itemSize(out.Item as Record<string, AttributeValue>) : 0;
  largest = Math.max(largest, size);
  return size;
}

/** Where a large value can go: every field the reader knows, in each shape, and one it does not. */
const SLOTS = [
  (v: string) => ({ contact: { email: v } }),
  (v: string) => ({ contact: { first_name: v, last_name: v.slice(1) } }),
  (v: string) => ({ customer: { email: v } }),
  (v: string) => ({ reference_id: v }),
  (v: string) => ({ metadata: { note: v } }),
  (v: string) => ({ subscription: { subscription_id: 's', plan_id: v, status: v.slice(2) } }),
  (v: string) => ({ wallet: { balance: v } }),
  (v: string) => ({ created_at: v }),
  (v: string) => ({ checkout_session_id: v, plan_id: v.slice(3), currency: v.slice(4) }),
  (v: string) => ({ something_new: v }),
];

const TYPES = [
  'customer.created',
  'customer.updated',
  'customer.subscription.updated',
  'customer.wallet.balance.updated',
  'connection.wallet.balance.updated',
  'checkout.completed',
  'customer.deleted',
  'invoice.paid',
];

/** A body just under MAX_BODY_BYTES: the slots' values as long as they can be, padding for the rest. */
function maximalBody(type: string, id: string, slots: number[]): string {
  const text = hardText(MAX_BODY_BYTES);
  const withValues = (length: number) => {
    const data: Record<string, unknown> = { customer_id: id, has_lava_credit_balance: true };
    for (const [i, slot] of slots.entries()) {
      const value = text.slice(i * 7, i * 7 + length); // each slot its own stretch of the text
      Object.assign(data, (SLOTS[slot] as (v: string) => Record<string, unknown>)(value));
    }
    return { event: type, data };
  };
  let [low, high] = [0, MAX_BODY_BYTES];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (Buffer.byteLength(JSON.stringify(withValues(mid))) <= MAX_BODY_BYTES - 64) low = mid;
    else high = mid - 1;
  }
  const body = withValues(low);
  const room = MAX_BODY_BYTES - Buffer.byteLength(JSON.stringify(body)) - 16;
  if (room > 0) body.data.padding = hardText(room);
  return JSON.stringify(body);
}

describe('every item stays within DynamoDB’s 400 KB, whatever a signed body of at most 256 KiB holds', () => {
  it('applies or archives maximal bodies of every type, large values in any field, never failing', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TYPES),
        fc.uniqueArray(fc.integer({ min: 0, max: SLOTS.length - 1 }), {
          minLength: 1,
          maxLength: SLOTS.length,
        }),
        async (type, slots) => {
          const id = `con_max_${n++}`;
          lines = [];
          published = [];
          const handler = consumer();
          // A connection that exists, so that updates, deletions and changes are announced too.
          await handler(
            batch(sqsRecord(JSON.stringify({ event: 'customer.created', data: { customer_id: id } }))),
          );
          const body = maximalBody(type, id, slots);
          expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
          const record = sqsRecord(body);
          const result = await handler(batch(record));
          expect(result.batchItemFailures).toEqual([]);
          expect(['applied', 'stale', 'ignored']).toContain(outcomes(lines).at(-1));
          for (const key of [
            connectionKey(id),
            eventKey(eventIdOf(record)),
            deliveryKey(deliveryIdOf(record)),
          ])
            expect(await itemBytes(key)).toBeLessThan(ITEM_LIMIT);
        },
      ),
      { numRuns: 24 },
    );
  }, 240_000);

  it('archives a signed 256 KiB body of bytes that are not even UTF-8, as rejected', async () => {
    lines = [];
    const record = sqsRecord(randomBytes(MAX_BODY_BYTES));
    expect((await consumer()(batch(record))).batchItemFailures).toEqual([]);
    expect(outcomes(lines)).toEqual(['rejected']);
    expect(await itemBytes(deliveryKey(deliveryIdOf(record)))).toBeLessThan(ITEM_LIMIT);
  });

  it('keeps the connection item small however often the same snapshot repeats (A, B, A, B…)', async () => {
    lines = [];
    published = [];
    const id = 'con_max_repeats';
    const handler = consumer();
    const snapshot = (has: boolean) =>
      JSON.stringify({
        event: 'customer.wallet.balance.updated',
        data: { customer_id: id, has_lava_credit_balance: has },
      });
    const start = Date.now();
    for (let i = 0; i < 200; i++) {
      const at = start + i * 1_000 + randomInt(500);
      expect(
        (await handler(batch(sqsRecord(snapshot(i % 2 === 0), { receivedAt: at })))).batchItemFailures,
      ).toEqual([]);
    }
    expect(outcomes(lines).filter((o) => o === 'applied')).toHaveLength(200);
    expect(await itemBytes(connectionKey(id))).toBeLessThan(1024);
  }, 120_000);

  it(`wrote no item over ${Math.round(ITEM_LIMIT / 1024)} KB (the largest is in docs/state-model.md)`, () => {
    console.log(`largest item written: ${largest} bytes (${(largest / 1024).toFixed(1)} KiB)`);
    expect(largest).toBeGreaterThan(MAX_BODY_BYTES * 0.8); // the bodies were large: the test measured something
    expect(largest).toBeLessThan(ITEM_LIMIT);
  });
});
