// Sends one queued webhook to SQS with bounded retries inside a time budget far below Lava's
// 10-second timeout; resolves only when SQS has confirmed the message.
import { SendMessageCommand, type SQSClient, type SQSClientConfig } from '@aws-sdk/client-sqs';
import { type QueuedWebhook, toSendMessageInput } from './queue-message';

/**
 * The budget lives in the client, not in a per-request AbortSignal (whose timer costs about as much
 * as the rest of our own per-request work): at most 3 attempts, each refused after 0.5 s without a
 * connection or 1 s without an answer: at most about 5 s with backoff, inside the function's 8 s.
 */
export const SQS_CLIENT_SETTINGS = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 500, requestTimeout: 1_000, throwOnRequestTimeout: true },
} satisfies SQSClientConfig;

export function sqsEnqueuer(client: SQSClient, queueUrl: string) {
  return async (message: QueuedWebhook): Promise<void> => {
    const out = await client.send(new SendMessageCommand(toSendMessageInput(queueUrl, message)));
    if (!out.MessageId) throw new Error('SQS returned no MessageId');
  };
}
