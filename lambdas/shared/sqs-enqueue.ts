// Sends one queued webhook to SQS with bounded retries; resolves only when SQS has confirmed the
// message, and gives up when the caller's signal aborts (ingest's deadline, lambdas/ingest/budget.ts).
import { SendMessageCommand, type SQSClient, type SQSClientConfig } from '@aws-sdk/client-sqs';
import type { DeadlineSignal } from './deadline';
import { type QueuedWebhook, toSendMessageInput } from './queue-message';

/**
 * At most 3 attempts, each refused after 0.5 s without a connection or 1 s without response headers:
 * a failing SQS is given up on within about 3.5 s, usually well before the request's deadline, which
 * ends what these cannot (a body that dribbles in forever, a retry that would run past it).
 */
export const SQS_CLIENT_SETTINGS = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 500, requestTimeout: 1_000, throwOnRequestTimeout: true },
} satisfies SQSClientConfig;

export function sqsEnqueuer(client: SQSClient, queueUrl: string) {
  return async (message: QueuedWebhook, signal?: DeadlineSignal): Promise<void> => {
    const input = toSendMessageInput(queueUrl, message);
    const out = await client.send(new SendMessageCommand(input), { abortSignal: signal });
    if (!out.MessageId) throw new Error('SQS returned no MessageId');
  };
}
