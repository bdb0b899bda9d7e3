// The drainer's side of the spill table (ingest's side, writing, is lambdas/shared/spill-store.ts):
// the oldest spill items with their messages, and their removal once SQS confirmed them.
import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  QueryCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { MessageAttributeValue } from '@aws-sdk/client-sqs';
import { batchGetItems, untilProcessed } from '../shared/table-reads';
import { SPILL_PARTITION, TABLE } from '../shared/table-schema';

export interface SpilledMessage {
  key: string;
  messageBody: string;
  messageAttributes: Record<string, MessageAttributeValue>;
}

/** The oldest spill items, at most `limit`, with their messages. */
export async function readSpills(
  client: DynamoDBClient,
  tableName: string,
  limit: number,
): Promise<SpilledMessage[]> {
  const { byTime, partitionKey } = TABLE;
  const listed = await client.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: byTime.indexName,
      KeyConditionExpression: '#pk = :spills',
      ExpressionAttributeNames: { '#pk': byTime.partitionKey },
      ExpressionAttributeValues: { ':spills': { S: SPILL_PARTITION } },
      Limit: limit,
    }),
  );
  const keys = (listed.Items ?? []).flatMap((i) => i[partitionKey]?.S ?? []);
  const items = await batchGetItems(client, tableName, keys);
  // Oldest first, as listed; an item deleted meanwhile is simply not there.
  return keys.flatMap((key) => {
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
