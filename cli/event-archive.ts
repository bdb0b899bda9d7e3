// Reads archive items (events, and deliveries that made no event) through the `byTime` index (one partition per UTC day), fetching the
// full items for what the index does not project. DynamoDB Local never expires items, and DynamoDB
// deletes them up to days late, so items past `expiresAt` are dropped here.
import {
  type AttributeValue,
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  type DynamoDBClient,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { TABLE } from '../lambdas/shared/table-schema';

const DAY_MS = 86_400_000;

export interface WalkOptions {
  /** Oldest receivedAt wanted, epoch ms. */
  sinceMs: number;
  untilMs?: number;
  newestFirst: boolean;
  connectionId?: string | undefined;
  now?: number;
}

function dayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/**
 * Yields pages of index entries (the table key and the projected listing attributes: type,
 * connection, outcome, times, sha256), in receive order or its reverse.
 */
export async function* archiveIndex(
  client: DynamoDBClient,
  tableName: string,
  options: WalkOptions,
): AsyncGenerator<Record<string, unknown>[]> {
  const now = options.now ?? Date.now();
  const until = options.untilMs ?? now;
  const days: number[] = [];
  for (let d = dayStart(options.sinceMs); d <= until; d += DAY_MS) days.push(d);
  if (options.newestFirst) days.reverse();
  const { byTime } = TABLE;
  for (const day of days) {
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const out = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: byTime.indexName,
          KeyConditionExpression: '#pk = :day AND #sk BETWEEN :from AND :to',
          ExpressionAttributeNames: {
            '#pk': byTime.partitionKey,
            '#sk': byTime.sortKey,
            ...(options.connectionId ? { '#c': 'connectionId' } : {}),
          },
          ExpressionAttributeValues: {
            ':day': { S: `EVENTS#${new Date(day).toISOString().slice(0, 10)}` },
            ':from': { S: new Date(Math.max(day, options.sinceMs)).toISOString() },
            ':to': { S: `${new Date(Math.min(day + DAY_MS - 1, until)).toISOString()}~` },
            ...(options.connectionId ? { ':c': { S: options.connectionId } } : {}),
          },
          ...(options.connectionId ? { FilterExpression: '#c = :c' } : {}),
          ScanIndexForward: !options.newestFirst,
          ExclusiveStartKey: startKey,
        }),
      );
      startKey = out.LastEvaluatedKey;
      const page = (out.Items ?? []).map((i) => unmarshall(i));
      if (page.length) yield page;
    } while (startKey);
  }
}

/** The table key of an index entry or an item: `EVENT#…` or `DELIVERY#…`. */
export const itemKey = (entry: Record<string, unknown>) => String(entry[TABLE.partitionKey]);

/** Yields pages of full event items (unmarshalled), in receive order or its reverse. */
export async function* archivedEvents(
  client: DynamoDBClient,
  tableName: string,
  options: WalkOptions,
): AsyncGenerator<Record<string, unknown>[]> {
  const now = options.now ?? Date.now();
  for await (const page of archiveIndex(client, tableName, options)) {
    // The index always carries the table key: the full items are read by it.
    const items = await fullItems(client, tableName, page.map(itemKey), now);
    if (items.length) yield items;
  }
}

/** The full items, in the order given, without those gone or expired. */
export async function fullItems(
  client: DynamoDBClient,
  tableName: string,
  itemKeys: string[],
  now = Date.now(),
): Promise<Record<string, unknown>[]> {
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < itemKeys.length; i += 100) {
    let keys: Record<string, AttributeValue>[] | undefined = itemKeys
      .slice(i, i + 100)
      .map((key) => ({ [TABLE.partitionKey]: { S: key } }));
    for (let attempt = 0; keys?.length && attempt < 5; attempt++) {
      const out: BatchGetItemCommandOutput = await client.send(
        new BatchGetItemCommand({ RequestItems: { [tableName]: { Keys: keys, ConsistentRead: true } } }),
      );
      for (const item of out.Responses?.[tableName] ?? []) {
        const value = unmarshall(item);
        found.set(String(value[TABLE.partitionKey]), value);
      }
      keys = out.UnprocessedKeys?.[tableName]?.Keys;
      if (keys?.length) await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
    }
    // Never skip events silently: a listing or a replay that misses some would mislead.
    if (keys?.length)
      throw new Error(`DynamoDB left ${keys.length} event items unread after 5 tries; run again`);
  }
  const nowSeconds = now / 1000;
  return itemKeys
    .map((key) => found.get(key))
    .filter((item): item is Record<string, unknown> => {
      if (!item) return false;
      const expiresAt = Number(item[TABLE.ttlAttribute]);
      return !(Number.isFinite(expiresAt) && expiresAt < nowSeconds);
    });
}
