// The real consumer applying distinct events against DynamoDB Local, against the same writes
// replayed by a bare client at the same concurrency; write and read units counted from the items
// written and the keys read (DynamoDB Local reports no consumed capacity).
import {
  type AttributeValue,
  DynamoDBClient,
  PutItemCommand,
  type PutItemCommandInput,
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

/** One write the consumer sent, in the order it sent them. */
type Write =
  | { kind: 'transaction'; input: TransactWriteItemsCommandInput }
  | { kind: 'put'; input: PutItemCommandInput }
  | { kind: 'update'; input: UpdateItemCommandInput };

/** A client that counts its calls, their latency and the keys it read, and keeps the writes it sent. */
function meteredClient(endpoint: string) {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const meter = {
    writes: [] as Write[],
    /** Keys read strongly consistent (every read the consumer makes): one read unit each, items < 4 KB. */
    keysRead: 0,
    calls: {} as Record<string, number>,
    ms: {} as Record<string, number>,
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? '?';
      meter.calls[name] = (meter.calls[name] ?? 0) + 1;
      const t0 = performance.now();
      const input = structuredClone(args.input) as Record<string, unknown>;
      if (name === 'TransactWriteItemsCommand')
        meter.writes.push({ kind: 'transaction', input: input as unknown as TransactWriteItemsCommandInput });
      else if (name === 'PutItemCommand')
        meter.writes.push({ kind: 'put', input: input as unknown as PutItemCommandInput });
      else if (name === 'UpdateItemCommand')
        meter.writes.push({ kind: 'update', input: input as unknown as UpdateItemCommandInput });
      const result = await next(args);
      if (name === 'GetItemCommand') meter.keysRead += 1;
      if (name === 'BatchGetItemCommand') {
        const requested = input.RequestItems as Record<string, { Keys?: unknown[] }>;
        const left = (result.output as { UnprocessedKeys?: Record<string, { Keys?: unknown[] }> })
          .UnprocessedKeys;
        const count = (r?: Record<string, { Keys?: unknown[] }>) =>
          Object.values(r ?? {}).reduce((n, t) => n + (t.Keys?.length ?? 0), 0);
        meter.keysRead += count(requested) - count(left);
      }
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

/** Write units of the apply path, by what they wrote. */
interface WriteUnitsByKind {
  /** The event (or delivery) archive items: a KiB a unit, twice inside a transaction. */
  archive_items: number;
  /** The connection items, the same (a put over an item is billed by the larger of the two). */
  connection_items: number;
  /** The archive items' `byTime` entries: one unit each (what the index projects is under 1 KiB). */
  by_time_index: number;
  /**
   * The `byStatus` entries (keys only): written when a connection item is created or its status
   * changes, not when a put leaves both as they were.
   */
  by_status_index: number;
  /** The published marks (plain updates of an archive item): the larger of its sizes before and after. */
  published_marks: number;
  /** The listing items (plain puts, one a batch of ten mostly), by their size. */
  listing_items: number;
  /** The listing items' `byTime` entries: keys only, one unit each. */
  listing_index: number;
}

/** The items each write put, with whether it was inside a transaction. */
function putsOf(write: Write): { item: Record<string, AttributeValue>; transactional: boolean }[] {
  if (write.kind === 'put' && write.input.Item) return [{ item: write.input.Item, transactional: false }];
  if (write.kind !== 'transaction') return [];
  return (write.input.TransactItems ?? []).flatMap((i) =>
    i.Put?.Item ? [{ item: i.Put.Item, transactional: true }] : [],
  );
}

/**
 * DynamoDB Local reports no consumed capacity, so count write units from item sizes as DynamoDB
 * bills them: a put a unit per started KiB of the larger of the item it writes and the one it
 * replaces, twice inside a transaction; an archive item also writes its `byTime` entry, a connection
 * item its `byStatus` entry when it is new or its status changed; a published mark the larger of the
 * item before and after.
 */
function applyWriteUnits(writes: Write[]): WriteUnitsByKind {
  const units: WriteUnitsByKind = {
    archive_items: 0,
    connection_items: 0,
    by_time_index: 0,
    by_status_index: 0,
    published_marks: 0,
    listing_items: 0,
    listing_index: 0,
  };
  const stored = new Map<string, Record<string, AttributeValue>>();
  const billed = (key: string, item: Record<string, AttributeValue>) => {
    const before = stored.get(key);
    return before && itemSize(before) > itemSize(item) ? before : item;
  };
  for (const write of writes) {
    if (write.kind === 'update') {
      units.published_marks += publishedMarkUnits(write.input, stored);
      continue;
    }
    for (const { item, transactional } of putsOf(write)) {
      const key = item[TABLE.partitionKey]?.S ?? '';
      const before = stored.get(key);
      if (key.startsWith(LISTING_KEY_PREFIX)) {
        units.listing_items += writeUnits(billed(key, item), transactional);
        units.listing_index += writeUnits(indexEntry(item), false);
      } else if (key.startsWith(connectionKey(''))) {
        units.connection_items += writeUnits(billed(key, item), transactional);
        const status = item[TABLE.byStatus.partitionKey]?.S;
        if (status !== undefined && before?.[TABLE.byStatus.partitionKey]?.S !== status)
          units.by_status_index += 1;
      } else {
        units.archive_items += writeUnits(billed(key, item), transactional);
        if (item[TABLE.byTime.partitionKey]) units.by_time_index += writeUnits(indexEntry(item), false);
      }
      stored.set(key, item);
    }
  }
  return units;
}

/** A published mark: a plain update of an archive item the consumer put; its index entry is written again only if it sets a projected attribute. */
function publishedMarkUnits(
  update: UpdateItemCommandInput,
  stored: Map<string, Record<string, AttributeValue>>,
) {
  const key = update.Key?.[TABLE.partitionKey]?.S ?? '';
  const before = stored.get(key);
  if (!before || !update.UpdateExpression?.startsWith('SET published = ')) {
    throw new Error(`bench: an update it cannot count: ${update.UpdateExpression} on ${key}`);
  }
  const after = { ...before, published: { BOOL: true } };
  stored.set(key, after);
  let units = writeUnits(itemSize(after) > itemSize(before) ? after : before, false);
  if ((TABLE.byTime.projected as readonly string[]).includes('published'))
    units += writeUnits(indexEntry(after), false);
  return units;
}

/**
 * The sizes of what the consumer put (DynamoDB's size rules): how close each kind of item is to the
 * next write unit, which is what anything added to it would cost.
 */
function putItemBytes(writes: Write[]) {
  const sizes = {
    archive: [] as number[],
    connection: [] as number[],
    byTimeEntry: [] as number[],
    listing: [] as number[],
    listingEntry: [] as number[],
  };
  for (const { item } of writes.flatMap(putsOf)) {
    const key = item[TABLE.partitionKey]?.S ?? '';
    if (key.startsWith(LISTING_KEY_PREFIX)) {
      sizes.listing.push(itemSize(item));
      sizes.listingEntry.push(itemSize(indexEntry(item)));
      continue;
    }
    if (key.startsWith(connectionKey(''))) sizes.connection.push(itemSize(item));
    else sizes.archive.push(itemSize(item));
    if (item[TABLE.byTime.partitionKey]) sizes.byTimeEntry.push(itemSize(indexEntry(item)));
  }
  const range = (xs: number[]) => (xs.length ? [Math.min(...xs), Math.max(...xs)] : []);
  return {
    archive_item: range(sizes.archive),
    connection_item: range(sizes.connection),
    by_time_entry: range(sizes.byTimeEntry),
    listing_item: range(sizes.listing),
    listing_entry: range(sizes.listingEntry),
  };
}

/** The connection a write belongs to: its items' `connectionId`. */
function connectionOfWrite(write: Write): string {
  const [first] = putsOf(write);
  return first?.item.connectionId?.S ?? '';
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
  // One handler per concurrent batch, as Lambda runs one container per batch in flight: a container
  // knows only the archive items it wrote, so a connection's next event, often in another container,
  // reads the previous one's to confirm it (pending-events.ts). Each batch goes to one at random.
  const container = () =>
    consumerHandlerFromEnv(
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
  const containers = Array.from({ length: options.concurrency }, container);
  let seed = 2027;
  const anyContainer = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    // The high bits: an LCG's low bits repeat with a short period.
    return containers[Math.floor(seed / 65_536) % containers.length] as (typeof containers)[number];
  };

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
    const res = await anyContainer()({ Records: records.slice(b * 10, b * 10 + 10) });
    if (res.batchItemFailures.length)
      throw new Error(`bench batch had ${res.batchItemFailures.length} failures`);
  });
  const oursSeconds = (performance.now() - started) / 1000;
  const oursCpu = process.cpuUsage(cpu);
  const byKind = applyWriteUnits(meter.writes);
  const units = Object.values(byKind).reduce((a, b) => a + b, 0);
  const writeUnitsPerEvent = units / records.length;
  const calls = Object.fromEntries(
    Object.entries(meter.calls).map(([name, n]) => [name, Number((n / records.length).toFixed(2))]),
  );

  // The floor: exactly the puts and transactions the consumer committed, replayed into an empty
  // table of the same definition by a bare client: no read, no verification, no decision, no publishing.
  const replayed = meter.writes.filter((w) => w.kind !== 'update');
  const bare = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  cpu = process.cpuUsage();
  started = performance.now();
  // In order per connection (each carries the version condition of the one before), connections
  // side by side at the same concurrency.
  const byConnection = new Map<string, Write[]>();
  for (const w of replayed) {
    const key = connectionOfWrite(w);
    byConnection.set(key, [...(byConnection.get(key) ?? []), w]);
  }
  const groups = [...byConnection.values()];
  await eachBounded(groups, options.concurrency * 10, async (group) => {
    for (const w of group) {
      if (w.kind === 'put') await bare.send(new PutItemCommand({ ...w.input, TableName: rawTable }));
      else if (w.kind === 'transaction')
        await bare.send(
          new TransactWriteItemsCommand({
            ...w.input,
            TransactItems: w.input.TransactItems?.map((item) => ({
              Put: item.Put ? { ...item.Put, TableName: rawTable } : undefined,
            })),
          }),
        );
    }
  });
  const rawSeconds = (performance.now() - started) / 1000;
  const rawCpu = process.cpuUsage(cpu);
  client.destroy();
  bare.destroy();
  const events = records.length;
  return {
    events,
    events_per_s: Math.round(events / oursSeconds),
    /** The bare client's rate, in the consumer's events: every write an event needed, nothing else. */
    raw_events_per_s: Math.round(events / rawSeconds),
    efficiency: Number((rawSeconds / oursSeconds).toFixed(3)),
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
    /** Strongly consistent reads of items under 4 KB: one unit a key read. */
    read_units_per_event: Number((meter.keysRead / records.length).toFixed(2)),
    /** Smallest and largest of each, in bytes. */
    item_bytes: putItemBytes(meter.writes),
    write_units_per_event_by_kind: Object.fromEntries(
      Object.entries(byKind).map(([kind, n]) => [kind, Number((n / records.length).toFixed(2))]),
    ),
    /** Lambda-side time per batch of ten, for the cost estimate. */
    ms_per_batch: Number(((oursSeconds * 1000 * options.concurrency) / batches).toFixed(1)),
  };
}
