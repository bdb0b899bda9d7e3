// The real consumer applying distinct events against DynamoDB Local, against the same
// TransactWriteItems replayed by a bare client at the same concurrency; write units counted from the
// items written (DynamoDB Local reports no consumed capacity).
import {
  type AttributeValue,
  DynamoDBClient,
  TransactWriteItemsCommand,
  type TransactWriteItemsCommandInput,
  type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { SQSRecord } from 'aws-lambda';
import { consumerHandlerFromEnv } from '../lambdas/consumer/from-env';
import { eachBounded } from '../lambdas/shared/each-bounded';
import { ENV } from '../lambdas/shared/env';
import { connectionKey, LISTING_KEY_PREFIX } from '../lambdas/shared/table-schema';
import { TABLE } from '../lib/definitions';
import { createTable } from '../local/create-table';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../local/dynamodb-local';
import { sqsRecord } from '../test/helpers/sqs-record';
import { BENCH_SECRET, lavaBody } from './events';
import { itemSize, writeUnits } from './item-size';

/** A client that counts its calls and their latency, and keeps the transactions and updates it sent. */
function meteredClient(endpoint: string) {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const meter = {
    /** The plain updates the consumer sent (its published marks). */
    updates: [] as UpdateItemCommandInput[],
    calls: {} as Record<string, number>,
    ms: {} as Record<string, number>,
    transactions: [] as TransactWriteItemsCommandInput[],
    /** The listing items the consumer put (plain puts, one a batch mostly). */
    listings: [] as Record<string, AttributeValue>[],
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? '?';
      meter.calls[name] = (meter.calls[name] ?? 0) + 1;
      const t0 = performance.now();
      const input = args.input as { TransactItems?: unknown[] };
      // Keep the consumer's apply transactions (event + connection) to replay them as the floor.
      if (input.TransactItems?.some((i) => (i as { Put?: unknown }).Put)) {
        meter.transactions.push(structuredClone(input) as TransactWriteItemsCommandInput);
      } else if (name === 'UpdateItemCommand') {
        meter.updates.push(structuredClone(args.input) as UpdateItemCommandInput);
      } else if (name === 'PutItemCommand') {
        const item = (args.input as { Item?: Record<string, AttributeValue> }).Item;
        if (item?.[TABLE.partitionKey]?.S?.startsWith(LISTING_KEY_PREFIX))
          meter.listings.push(structuredClone(item));
      }
      const result = await next(args);
      meter.ms[name] = (meter.ms[name] ?? 0) + (performance.now() - t0);
      return result;
    },
    { step: 'initialize', name: 'benchMeter' },
  );
  return { client, meter };
}

/** An item's `byTime` index entry: what the index projects of it. */
function indexEntry(item: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const projected: string[] = [
    TABLE.partitionKey,
    TABLE.byTime.partitionKey,
    TABLE.byTime.sortKey,
    ...TABLE.byTime.projected,
  ];
  return Object.fromEntries(Object.entries(item).filter(([k]) => projected.includes(k)));
}

/**
 * The published marks: each a plain update of the event item the transaction put, billed by the
 * larger of its sizes before and after (one unit a started KiB); its index entry is written again
 * only if the update sets a projected attribute (`published` is not one).
 */
function publishedMarkUnits(
  transactions: TransactWriteItemsCommandInput[],
  updates: UpdateItemCommandInput[],
) {
  const eventItems = new Map<string, Record<string, AttributeValue>>();
  for (const t of transactions) {
    for (const { Put } of t.TransactItems ?? []) {
      const key = Put?.Item?.[TABLE.partitionKey]?.S;
      if (Put?.Item && key) eventItems.set(key, Put.Item);
    }
  }
  let units = 0;
  for (const update of updates) {
    const key = update.Key?.[TABLE.partitionKey]?.S ?? '';
    const before = eventItems.get(key);
    if (!before || !update.UpdateExpression?.startsWith('SET published = ')) {
      throw new Error(`bench: an update it cannot count: ${update.UpdateExpression} on ${key}`);
    }
    const after = { ...before, published: { BOOL: true } };
    units += writeUnits(itemSize(after) > itemSize(before) ? after : before, false);
    if ((TABLE.byTime.projected as readonly string[]).includes('published'))
      units += writeUnits(indexEntry(after), false);
  }
  return units;
}

/** Write units of the apply path, by what they wrote. */
interface WriteUnitsByKind {
  /** The event (or delivery) archive items, each twice its KiB inside a transaction. */
  archive_items: number;
  /** The connection items, the same. */
  connection_items: number;
  /** The archive items' `byTime` entries: one unit each (what the index projects is under 1 KiB). */
  by_time_index: number;
  /**
   * The `byStatus` entries (keys only): written when a connection item is created or its status
   * changes, not when a put leaves both as they were.
   */
  by_status_index: number;
  /** The published marks (plain updates), counted by publishedMarkUnits. */
  published_marks: number;
  /** The listing items (plain puts, one a batch of ten), by their size. */
  listing_items: number;
  /** The listing items' `byTime` entries: keys only, one unit each. */
  listing_index: number;
}

/** The listing items' write units: each a plain put of its size, and its index entry. */
function listingWriteUnits(listings: Record<string, AttributeValue>[]) {
  return {
    listing_items: listings.reduce((n, item) => n + writeUnits(item, false), 0),
    listing_index: listings.reduce((n, item) => n + writeUnits(indexEntry(item), false), 0),
  };
}

/**
 * DynamoDB Local reports no consumed capacity, so count write units from item sizes: each put in a
 * transaction costs twice its KiB, an archive item also writes its `byTime` entry, and a connection
 * item its `byStatus` entry when it is new or its status changed.
 */
function applyWriteUnits(transactions: TransactWriteItemsCommandInput[]): WriteUnitsByKind {
  const units: WriteUnitsByKind = {
    archive_items: 0,
    connection_items: 0,
    by_time_index: 0,
    by_status_index: 0,
    published_marks: 0,
    listing_items: 0,
    listing_index: 0,
  };
  const statusOf = new Map<string, string | undefined>();
  for (const t of transactions) {
    for (const item of t.TransactItems ?? []) {
      const put = item.Put?.Item;
      if (!put) continue;
      const key = put[TABLE.partitionKey]?.S ?? '';
      if (key.startsWith(connectionKey(''))) {
        units.connection_items += writeUnits(put, true);
        const status = put[TABLE.byStatus.partitionKey]?.S;
        if (status !== undefined && (!statusOf.has(key) || statusOf.get(key) !== status))
          units.by_status_index += 1;
        statusOf.set(key, status);
        continue;
      }
      units.archive_items += writeUnits(put, true);
      if (put[TABLE.byTime.partitionKey]) units.by_time_index += writeUnits(indexEntry(put), false);
    }
  }
  return units;
}

/**
 * The sizes of what the apply transactions put (DynamoDB's size rules): how close each kind of item
 * is to the next write unit, which is what anything added to it would cost.
 */
function putItemBytes(
  transactions: TransactWriteItemsCommandInput[],
  listings: Record<string, AttributeValue>[],
) {
  const sizes = { archive: [] as number[], connection: [] as number[], byTimeEntry: [] as number[] };
  for (const t of transactions) {
    for (const item of t.TransactItems ?? []) {
      const put = item.Put?.Item;
      if (!put) continue;
      if (put[TABLE.partitionKey]?.S?.startsWith(connectionKey(''))) sizes.connection.push(itemSize(put));
      else sizes.archive.push(itemSize(put));
      if (put[TABLE.byTime.partitionKey]) sizes.byTimeEntry.push(itemSize(indexEntry(put)));
    }
  }
  const range = (xs: number[]) => (xs.length ? [Math.min(...xs), Math.max(...xs)] : []);
  return {
    archive_item: range(sizes.archive),
    connection_item: range(sizes.connection),
    by_time_entry: range(sizes.byTimeEntry),
    listing_item: range(listings.map(itemSize)),
    listing_entry: range(listings.map((item) => itemSize(indexEntry(item)))),
  };
}

const indices = (count: number) => Array.from({ length: count }, (_, i) => i);

/**
 * A realistic mix: each connection is created, then its balance changes. `batches` run
 * `concurrency` at a time, ten records each, as the event source mapping would hand them over.
 */
export async function benchConsumer(
  endpoint: string,
  options: { connections: number; updatesPerConnection: number; concurrency: number },
) {
  const stamp = Date.now();
  const oursTable = `bench-ours-${stamp}`;
  const rawTable = `bench-raw-${stamp}`;
  const { client, meter } = meteredClient(endpoint);
  let domainEvents = 0;
  let logBytes = 0;
  await createTable(client, oursTable);
  await createTable(client, rawTable);
  meter.calls = {};
  meter.ms = {};
  const handler = consumerHandlerFromEnv(
    { [ENV.tableName]: oursTable, [ENV.eventBusName]: 'bench', [ENV.localSecret]: BENCH_SECRET },
    {
      dynamodb: client,
      eventBridge: {
        send: async (command: { input: { Entries?: unknown[] } }) => {
          domainEvents += command.input.Entries?.length ?? 0;
          return { FailedEntryCount: 0, Entries: [] };
        },
      } as never,
      write: (line) => {
        logBytes += Buffer.byteLength(line) + 1;
      },
    },
  );

  // Round by round: every connection's created first, then each update, so batches mix connections.
  const records: SQSRecord[] = [];
  for (let u = 0; u <= options.updatesPerConnection; u++) {
    for (let c = 0; c < options.connections; c++) {
      const body = lavaBody(c, u === 0 ? 'connection.created' : 'connection.wallet.balance.updated').replace(
        '"padding":"',
        `"padding":"${u}-`,
      );
      records.push(sqsRecord(body, { secret: BENCH_SECRET, receivedAt: stamp + u * 1000 }));
    }
  }
  const batches = Math.ceil(records.length / 10);

  let cpu = process.cpuUsage();
  let started = performance.now();
  await eachBounded(indices(batches), options.concurrency, async (b) => {
    const res = await handler({ Records: records.slice(b * 10, b * 10 + 10) });
    if (res.batchItemFailures.length)
      throw new Error(`bench batch had ${res.batchItemFailures.length} failures`);
  });
  const oursSeconds = (performance.now() - started) / 1000;
  const oursCpu = process.cpuUsage(cpu);
  const byKind = applyWriteUnits(meter.transactions);
  byKind.published_marks = publishedMarkUnits(meter.transactions, meter.updates);
  Object.assign(byKind, listingWriteUnits(meter.listings));
  const units = Object.values(byKind).reduce((a, b) => a + b, 0);
  const writeUnitsPerEvent = units / records.length;
  const calls = Object.fromEntries(
    Object.entries(meter.calls).map(([name, n]) => [name, Number((n / records.length).toFixed(2))]),
  );

  // The floor: exactly the transactions the consumer committed, replayed into an empty table of the
  // same definition by a bare client — no read, no verification, no decision, no publishing.
  const transactions = meter.transactions.map((t) => ({
    ...t,
    TransactItems: t.TransactItems?.map((item) => ({
      Put: item.Put ? { ...item.Put, TableName: rawTable } : undefined,
    })),
  }));
  const bare = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  cpu = process.cpuUsage();
  started = performance.now();
  // In order per connection (each carries the version condition of the one before), connections
  // side by side at the same concurrency.
  const byConnection = new Map<string, TransactWriteItemsCommandInput[]>();
  for (const t of transactions) {
    const key = t.TransactItems?.[1]?.Put?.Item?.[TABLE.partitionKey]?.S ?? '';
    byConnection.set(key, [...(byConnection.get(key) ?? []), t as TransactWriteItemsCommandInput]);
  }
  const groups = [...byConnection.values()];
  await eachBounded(groups, options.concurrency * 10, async (group) => {
    for (const t of group) await bare.send(new TransactWriteItemsCommand(t));
  });
  const rawSeconds = (performance.now() - started) / 1000;
  const rawCpu = process.cpuUsage(cpu);
  client.destroy();
  bare.destroy();
  const events = records.length;
  return {
    events,
    events_per_s: Math.round(events / oursSeconds),
    raw_tx_per_s: Math.round(transactions.length / rawSeconds),
    efficiency: Number(
      (transactions.length / rawSeconds > 0
        ? events / oursSeconds / (transactions.length / rawSeconds)
        : 0
      ).toFixed(3),
    ),
    cpu_us_per_event: Math.round((oursCpu.user + oursCpu.system) / records.length),
    raw_cpu_us_per_event: Math.round((rawCpu.user + rawCpu.system) / records.length),
    dynamodb_calls_per_event: calls,
    dynamodb_ms_per_call: Object.fromEntries(
      Object.entries(meter.ms).map(([name, ms]) => [
        name,
        Number((ms / (meter.calls[name] ?? 1)).toFixed(1)),
      ]),
    ),
    domain_events_per_event: Number((domainEvents / records.length).toFixed(3)),
    log_bytes_per_event: Math.round(logBytes / records.length),
    write_units_per_event: Number(writeUnitsPerEvent.toFixed(2)),
    /** Smallest and largest of each, in bytes. */
    item_bytes: putItemBytes(meter.transactions, meter.listings),
    write_units_per_event_by_kind: Object.fromEntries(
      Object.entries(byKind).map(([kind, n]) => [kind, Number((n / records.length).toFixed(2))]),
    ),
    /** Lambda-side time per batch of ten, for the cost estimate. */
    ms_per_batch: Number(((oursSeconds * 1000 * options.concurrency) / batches).toFixed(1)),
  };
}
