// Sends one queued webhook to SQS with bounded retries; resolves only when SQS has confirmed the
// message, and gives up when the caller's signal aborts (ingest's deadline, lambdas/ingest/budget.ts).
import { SendMessageCommand, type SQSClient, type SQSClientConfig } from '@aws-sdk/client-sqs';
import type { DeadlineSignal } from './deadline';
import { type QueuedWebhook, toSendMessageInput } from './queue-message';

/**
 * At most 3 attempts, each given a second to connect and a second and a half for response headers: a
 * slow SQS still gets to confirm, and the request's deadline (SQS's share, lambdas/ingest/budget.ts)
 * ends what these would run past, or cannot end (a body that dribbles in forever), in time to spill.
 */
export const SQS_CLIENT_SETTINGS = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 1_000, requestTimeout: 1_500, throwOnRequestTimeout: true },
} satisfies SQSClientConfig;

export function sqsEnqueuer(client: SQSClient, queueUrl: string) {
  return async (message: QueuedWebhook, signal?: DeadlineSignal): Promise<void> => {
    const input = toSendMessageInput(queueUrl, message);
    const out = await client.send(new SendMessageCommand(input), { abortSignal: signal });
    if (!out.MessageId) throw new Error('SQS returned no MessageId');
  };
}
