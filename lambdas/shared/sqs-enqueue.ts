// Sends one queued webhook to SQS with bounded retries inside a time budget far below Lava's
// 10-second timeout; resolves only when SQS has confirmed the message.
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { type QueuedWebhook, toSendMessageInput } from './queue-message';

export const ENQUEUE_BUDGET_MS = 3_000;

export function sqsEnqueuer(client: SQSClient, queueUrl: string, budgetMs = ENQUEUE_BUDGET_MS) {
  return async (message: QueuedWebhook): Promise<void> => {
    // The client retries throttling and 5xx (standard mode); the abort signal caps the total.
    const out = await client.send(new SendMessageCommand(toSendMessageInput(queueUrl, message)), {
      abortSignal: AbortSignal.timeout(budgetMs),
    });
    if (!out.MessageId) throw new Error('SQS returned no MessageId');
  };
}
