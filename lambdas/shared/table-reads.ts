// Reading items of the state table by their key: one at a time, or many with BatchGetItem, whose
// unprocessed keys (throttling) are read again by `untilProcessed`, the one retry loop of every batch
// call (the drainer's BatchWriteItem deletes too). Items come back unmarshalled. (A Query's pages: table-query.ts, which the consumer,
// which never queries, does not bundle.)
import {
  type AttributeValue,
  BatchGetItemCommand,
  type DynamoDBClient,
  GetItemCommand,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { TABLE } from './table-schema';

/** BatchGetItem's most keys a call. */
const BATCH_GET_KEYS = 100;
/** How often one call's worth of keys is asked again while DynamoDB leaves some unprocessed. */
export const BATCH_GET_RETRIES = 5;
/** The first wait before asking again, doubled each retry: 50, 100, … 800 ms. */
const BACKOFF_MS = 50;

/** DynamoDB kept leaving keys unprocessed (throttling): nothing was skipped silently. */
export class UnprocessedKeysError extends Error {
  override name = 'UnprocessedKeysError';
  constructor(readonly unread: number) {
    super(`DynamoDB left ${unread} items unread after ${BATCH_GET_RETRIES} retries (throttled); try again`);
  }
}

/**
 * Sends `pending` (keys or write requests) with `send`, which answers what DynamoDB left unprocessed,
 * again and again with a doubling backoff until nothing is left or `BATCH_GET_RETRIES` retries have
 * passed. What is still left is returned, for the caller to throw or to leave for a later run.
 */
export async function untilProcessed<T>(pending: T[], send: (pending: T[]) => Promise<T[]>): Promise<T[]> {
  let left = await send(pending);
  for (let retry = 0; left.length > 0 && retry < BATCH_GET_RETRIES; retry++) {
    await new Promise((r) => setTimeout(r, BACKOFF_MS * 2 ** retry));
    left = await send(left);
  }
  return left;
}

const keyOf = (key: string): Record<string, AttributeValue> => ({ [TABLE.partitionKey]: { S: key } });

/** The item with this key, strongly consistent, or undefined. */
export async function getItem(
  client: DynamoDBClient,
  tableName: string,
  key: string,
): Promise<Record<string, unknown> | undefined> {
  const out = await client.send(
    new GetItemCommand({ TableName: tableName, Key: keyOf(key), ConsistentRead: true }),
  );
  return out.Item ? unmarshall(out.Item) : undefined;
}

/**
 * The items with these keys, strongly consistent, by key; keys with no item are absent. Keys may
 * repeat. Each hundred keys is one call, asked again for what DynamoDB left unprocessed, with a
 * doubling backoff; still left after `BATCH_GET_RETRIES` retries, it throws `UnprocessedKeysError`.
 */
export async function batchGetItems(
  client: DynamoDBClient,
  tableName: string,
  keys: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += BATCH_GET_KEYS) {
    const unread = await untilProcessed(unique.slice(i, i + BATCH_GET_KEYS).map(keyOf), async (keys) => {
      const out = await client.send(
        new BatchGetItemCommand({ RequestItems: { [tableName]: { Keys: keys, ConsistentRead: true } } }),
      );
      for (const item of out.Responses?.[tableName] ?? []) {
        const value = unmarshall(item);
        found.set(String(value[TABLE.partitionKey]), value);
      }
      return out.UnprocessedKeys?.[tableName]?.Keys ?? [];
    });
    if (unread.length) throw new UnprocessedKeysError(unread.length);
  }
  return found;
}
