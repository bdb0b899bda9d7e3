// The spill table: where ingest puts a request SQS did not confirm, and where the drainer takes it
// from. An item holds the exact SQS message (body and attributes), so what reaches the queue later
// is what ingest would have sent: the same delivery id, so a message sent twice is one delivery.
import {
  type AttributeValue,
  BatchGetItemCommand,
  BatchWriteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import type { MessageAttributeValue } from '@aws-sdk/client-sqs';
import { type QueuedWebhook, toSendMessageInput } from './queue-message';
import { eventTimeKey, SPILL_PARTITION, SPILL_TTL_DAYS, spillKey, TABLE } from './table-schema';

export interface SpilledMessage {
  key: string;
  messageBody: string;
  messageAttributes: Record<string, MessageAttributeValue>;
}

/** The spill item of one request: its exact SQS message, listed by time for the drainer. */
export function spillItem(message: QueuedWebhook): Record<string, AttributeValue> {
  const input = toSendMessageInput('', message);
  const receivedAt = new Date(message.receivedAt).toISOString();
  return {
    [TABLE.partitionKey]: { S: spillKey(message.deliveryId) },
    kind: { S: 'spill' },
    messageBody: { S: input.MessageBody ?? '' },
    messageAttributes: { S: JSON.stringify(input.MessageAttributes ?? {}) },
    receivedAt: { S: receivedAt },
    [TABLE.ttlAttribute]: { N: String(Math.floor(message.receivedAt / 1000) + SPILL_TTL_DAYS * 86_400) },
    [TABLE.byTime.partitionKey]: { S: SPILL_PARTITION },
    // Oldest first, like an archive item's sort key.
    [TABLE.byTime.sortKey]: { S: eventTimeKey(message.receivedAt, message.deliveryId) },
  };
}

/** Puts one request in the spill table. Written without the DynamoDB document client: ingest's cold start. */
export function spillWriter(client: DynamoDBClient, tableName: string) {
  return async (message: QueuedWebhook): Promise<void> => {
    // No condition: writing the same delivery twice leaves the one message it is.
    await client.send(new PutItemCommand({ TableName: tableName, Item: spillItem(message) }));
  };
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
  const keys = (listed.Items ?? []).flatMap((i) =>
    i[partitionKey] ? [{ [partitionKey]: i[partitionKey] }] : [],
  );
  if (keys.length === 0) return [];
  const out = await client.send(
    new BatchGetItemCommand({ RequestItems: { [tableName]: { Keys: keys, ConsistentRead: true } } }),
  );
  // Keys left unprocessed (throttling) are simply read on the next run.
  return (out.Responses?.[tableName] ?? []).map((item) => ({
    key: String(item[partitionKey]?.S),
    messageBody: String(item.messageBody?.S ?? ''),
    messageAttributes: JSON.parse(String(item.messageAttributes?.S ?? '{}')),
  }));
}

/** Removes spill items whose messages SQS confirmed. */
export async function deleteSpills(client: DynamoDBClient, tableName: string, keys: string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 25) {
    let requests = keys
      .slice(i, i + 25)
      .map((key) => ({ DeleteRequest: { Key: { [TABLE.partitionKey]: { S: key } } } }));
    for (let attempt = 0; requests.length > 0 && attempt < 5; attempt++) {
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }));
      requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
    // What is left is deleted on a later run, after its message is sent once more: one delivery.
  }
}
