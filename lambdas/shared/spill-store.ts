// The spill table: where ingest puts a request SQS did not confirm (the drainer's side, reading and
// deleting, is lambdas/drainer/spill-items.ts). An item holds the exact SQS message (body and attributes),
// so what reaches the queue later is what ingest would have sent: the same delivery id, so a message
// sent twice is one delivery.
import { type AttributeValue, type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { DeadlineSignal } from './deadline';
import { type QueuedWebhook, toSendMessageInput } from './queue-message';
import { eventTimeKey, SPILL_PARTITION, SPILL_TTL_DAYS, spillKey, TABLE } from './table-schema';

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
  return async (message: QueuedWebhook, signal?: DeadlineSignal): Promise<void> => {
    // No condition: writing the same delivery twice leaves the one message it is.
    await client.send(new PutItemCommand({ TableName: tableName, Item: spillItem(message) }), {
      abortSignal: signal,
    });
  };
}
