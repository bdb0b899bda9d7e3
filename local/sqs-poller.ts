// Behaves like Lambda's SQS event source mapping with ReportBatchItemFailures: long-poll, hand a
// batch to the consumer handler, delete what succeeded, let the rest reappear after the visibility
// timeout (SQS's redrive policy moves a message to the DLQ after maxReceiveCount receives). A batch
// stays invisible while it runs, however slow the machine; only its failed records come back after
// the (short, local) visibility timeout.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type ReceiveMessageCommandInput,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { toSqsRecord } from './sqs-event';

export interface PollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  queueArn: string;
  handler: (event: SQSEvent) => Promise<SQSBatchResponse | undefined>;
  batchSize: number;
  /** How long a failed record stays invisible before SQS delivers it again. */
  visibilityTimeoutSeconds: number;
  /**
   * How long a received batch stays invisible while the handler runs; by default longer than the
   * handler may take (timeoutMs plus visibilityTimeoutSeconds), so that a slow batch is not handed to
   * another poller meanwhile, spending a receive of each of its messages towards the DLQ.
   */
  inFlightVisibilitySeconds?: number;
  waitTimeSeconds: number;
  /** Like the function timeout: a batch that takes longer fails as a whole. */
  timeoutMs: number;
  /**
   * Resolves when the handler's dependencies can take work (DynamoDB Local is up); until then the
   * poller receives nothing and holds what it has received, so that no receive is spent on a record
   * that could only fail.
   */
  ready?: (signal: AbortSignal) => Promise<void>;
  /** Awaited between a batch's success and the deletion of its messages; if it fails they stay. */
  beforeDelete?: () => Promise<void>;
  onError?: (message: string, error: unknown) => void;
}

export interface Poller {
  stop(): Promise<void>;
}

/**
 * Runs the handler on a batch as Lambda does: the ids of the records that failed (all of them when
 * it throws or outlasts the timeout).
 */
async function invoke(options: PollerOptions, messages: Message[]): Promise<Set<string>> {
  const records = messages.map((m) => toSqsRecord(m, options.queueArn));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`batch timed out after ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
  });
  try {
    const response = await Promise.race([options.handler({ Records: records }), timeout]);
    return new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
  } catch (error) {
    // As Lambda does: an exception (or a timeout) fails every record of the batch.
    options.onError?.('consumer handler failed; the whole batch will be retried', error);
    return new Set(records.map((r) => r.messageId));
  } finally {
    clearTimeout(timer);
  }
}

export function startPoller(options: PollerOptions): Poller {
  const { sqs, queueUrl } = options;
  const abort = new AbortController();
  const inFlightSeconds =
    options.inFlightVisibilitySeconds ??
    Math.ceil(options.timeoutMs / 1000) + options.visibilityTimeoutSeconds;
  const receive = (input: Partial<ReceiveMessageCommandInput>) =>
    sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        VisibilityTimeout: inFlightSeconds,
        // local-aws-sqs returns ApproximateReceiveCount only for ['All'].
        AttributeNames: ['All'],
        MessageAttributeNames: ['All'],
        ...input,
      }),
      { abortSignal: abort.signal },
    );

  /**
   * local-aws-sqs answers a long poll only when MaxNumberOfMessages messages are there or the wait
   * ends, whereas SQS answers as soon as one is; so wait for one, then take what else is visible.
   */
  async function nextBatch(): Promise<Message[]> {
    const first = await receive({ MaxNumberOfMessages: 1, WaitTimeSeconds: options.waitTimeSeconds });
    if (!first.Messages?.length || options.batchSize === 1) return first.Messages ?? [];
    const rest = await receive({ MaxNumberOfMessages: options.batchSize - 1, WaitTimeSeconds: 0 });
    return [...first.Messages, ...(rest.Messages ?? [])];
  }

  /** These records come back after visibilityTimeoutSeconds rather than the in-flight visibility. */
  async function retryLater(failed: Message[]): Promise<void> {
    if (failed.length === 0 || inFlightSeconds === options.visibilityTimeoutSeconds) return;
    try {
      const out = await sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: queueUrl,
          Entries: failed.map((m, i) => ({
            Id: String(i),
            ReceiptHandle: m.ReceiptHandle,
            VisibilityTimeout: options.visibilityTimeoutSeconds,
          })),
        }),
      );
      if (out.Failed?.length) throw new Error(out.Failed[0]?.Message);
    } catch (error) {
      options.onError?.(
        `could not hand failed records back; SQS retries them in ${inFlightSeconds} s`,
        error,
      );
    }
  }

  async function loop(): Promise<void> {
    while (!abort.signal.aborted) {
      try {
        await options.ready?.(abort.signal);
        if (abort.signal.aborted) break;
        const messages = await nextBatch();
        if (messages.length === 0) continue;
        // A long poll may have outlasted the dependency: hold the batch rather than fail it.
        await options.ready?.(abort.signal);
        if (abort.signal.aborted) break;
        const failed = await invoke(options, messages);
        await retryLater(messages.filter((m) => failed.has(m.MessageId ?? '')));
        const done = messages.filter((m) => !failed.has(m.MessageId ?? ''));
        if (done.length === 0) continue;
        try {
          await options.beforeDelete?.();
        } catch (error) {
          options.onError?.('could not confirm the batch is stored; SQS will deliver it again', error);
          await retryLater(done);
          continue;
        }
        const deleted = await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
          }),
        );
        // An undeleted message comes back after the visibility timeout: harmless, the consumer dedupes.
        if (deleted.Failed?.length) {
          options.onError?.('could not delete processed messages', new Error(deleted.Failed[0]?.Message));
        }
      } catch (error) {
        if (abort.signal.aborted) break;
        options.onError?.('polling the queue failed; retrying in 1 s', error);
        await sleep(1_000);
      }
    }
  }

  const running = loop();
  return {
    async stop() {
      abort.abort();
      await running;
    },
  };
}
