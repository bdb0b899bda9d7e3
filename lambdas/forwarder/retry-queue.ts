// Where a forward that failed waits: a copy of its message back in the forwarder's own queue with a
// delay and its retry state in message attributes (SQS delays a message by at most 15 minutes, so a
// longer wait is several hops: a copy received before it is due is queued again without a POST), or,
// once the schedule is over, the forwarding DLQ. The copy is sent before the original is deleted
// (the event source mapping deletes it when the batch succeeds), so a crash in between leaves two
// copies, never none: the app may see the event twice, under one webhook-id.
import type { MessageAttributeValue, SQSClient } from '@aws-sdk/client-sqs';
import { SendMessageCommand } from '@aws-sdk/client-sqs';

/** Where a message stands in its retry schedule. A message from the bus has no state yet. */
export interface RetryState {
  /** Attempts made so far. */
  attempts: number;
  /** When the first attempt was made, epoch ms. */
  firstAttemptAt: number;
  /** When the next attempt is due, epoch ms. */
  due: number;
}

export const RETRY_ATTRIBUTES = {
  attempts: 'forward-attempts',
  firstAttemptAt: 'forward-first-attempt',
  due: 'forward-due',
  /** On a dead letter only: why, after how many attempts (JSON). Not read back: a redrive starts afresh. */
  deadLettered: 'forward-dead-lettered',
} as const;

/** SQS's longest per-message delay. */
export const MAX_DELAY_SECONDS = 900;

export interface DeadLetterFacts {
  reason: string;
  attempts: number;
  firstAttemptAt?: number;
  lastAnswer?: string;
}

export interface RetryQueue {
  /** Queues the message again, to be received `delaySeconds` from now (at most 15 minutes). */
  later(body: string, state: RetryState, delaySeconds: number): Promise<void>;
  deadLetter(body: string, facts: DeadLetterFacts): Promise<void>;
}

type Attributes = Record<string, { stringValue?: string } | MessageAttributeValue | undefined>;

const numberIn = (attributes: Attributes, name: string) => {
  const a = attributes[name] as { stringValue?: string; StringValue?: string } | undefined;
  const value = Number(a?.stringValue ?? a?.StringValue);
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

/** The state carried by a message's attributes (a Lambda SQS record's), if it was queued by a retry. */
export function retryStateOf(attributes: Attributes): RetryState | undefined {
  const attempts = numberIn(attributes, RETRY_ATTRIBUTES.attempts);
  const firstAttemptAt = numberIn(attributes, RETRY_ATTRIBUTES.firstAttemptAt);
  if (attempts === undefined || firstAttemptAt === undefined) return undefined;
  return { attempts, firstAttemptAt, due: numberIn(attributes, RETRY_ATTRIBUTES.due) ?? 0 };
}

const num = (value: number): MessageAttributeValue => ({ DataType: 'Number', StringValue: String(value) });

export function sqsRetryQueue(client: SQSClient, queueUrl: string, dlqUrl: string): RetryQueue {
  return {
    async later(body, state, delaySeconds) {
      await client.send(
        new SendMessageCommand({
          QueueUrl: queueUrl,
          MessageBody: body,
          DelaySeconds: Math.max(0, Math.min(MAX_DELAY_SECONDS, Math.ceil(delaySeconds))),
          MessageAttributes: {
            [RETRY_ATTRIBUTES.attempts]: num(state.attempts),
            [RETRY_ATTRIBUTES.firstAttemptAt]: num(state.firstAttemptAt),
            [RETRY_ATTRIBUTES.due]: num(state.due),
          },
        }),
      );
    },
    async deadLetter(body, facts) {
      await client.send(
        new SendMessageCommand({
          QueueUrl: dlqUrl,
          MessageBody: body,
          MessageAttributes: {
            [RETRY_ATTRIBUTES.deadLettered]: { DataType: 'String', StringValue: JSON.stringify(facts) },
          },
        }),
      );
    },
  };
}
