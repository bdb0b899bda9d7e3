// The drainer's side of the spill table (ingest's side, writing, is lambdas/shared/spill-store.ts):
// the spill items page by page, oldest first, with their messages, and their removal once SQS
// confirmed them.
import { BatchWriteItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import type { MessageAttributeValue } from '@aws-sdk/client-sqs';
import { queryPages } from '../shared/table-query';
import { batchGetItems, untilProcessed } from '../shared/table-reads';
import { SPILL_PARTITION, TABLE } from '../shared/table-schema';

export interface SpilledMessage {
  key: string;
  messageBody: string;
  messageAttributes: Record<string, MessageAttributeValue>;
}

/**
 * Every spill item, a page of at most `pageSize` at a time, oldest first, each with its message. A
 * page follows the last one listed whatever became of it, so items that stay (SQS refused them) never
 * hide those behind them; an item deleted meanwhile is simply not there.
 */
export async function* spillPages(
  client: DynamoDBClient,
  tableName: string,
  pageSize: number,
): AsyncGenerator<SpilledMessage[]> {
  const { byTime, partitionKey } = TABLE;
  const listed = queryPages(client, {
    TableName: tableName,
    IndexName: byTime.indexName,
    KeyConditionExpression: '#pk = :spills',
    ExpressionAttributeNames: { '#pk': byTime.partitionKey },
    ExpressionAttributeValues: { ':spills': { S: SPILL_PARTITION } },
    Limit: pageSize,
  });
  for await (const page of listed) {
    const keys = page.flatMap((i) => (typeof i[partitionKey] === 'string' ? [i[partitionKey]] : []));
    const items = await batchGetItems(client, tableName, keys);
    const spills = keys.flatMap((key) => {
      const item = items.get(key);
      if (!item) return [];
      return [
        {
          key,
          messageBody: String(item.messageBody ?? ''),
          messageAttributes: JSON.parse(String(item.messageAttributes ?? '{}')),
        },
      ];
    });
    if (spills.length) yield spills;
  }
}

/** The oldest spill items, at most `limit`, with their messages. */
export async function readSpills(
  client: DynamoDBClient,
  tableName: string,
  limit: number,
): Promise<SpilledMessage[]> {
  for await (const page of spillPages(client, tableName, limit)) return page;
  return [];
}

/** Removes spill items whose messages SQS confirmed. */
export async function deleteSpills(client: DynamoDBClient, tableName: string, keys: string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 25) {
    const requests: WriteRequest[] = keys
      .slice(i, i + 25)
      .map((key) => ({ DeleteRequest: { Key: { [TABLE.partitionKey]: { S: key } } } }));
    // What is left is deleted on a later run, after its message is sent once more: one delivery.
    await untilProcessed(requests, async (pending) => {
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
      return out.UnprocessedItems?.[tableName] ?? [];
    });
  }
}
