// The forwarder: each domain event the bus's rule queued is POSTed to the app, signed per Standard
// Webhooks. A 2xx delivers it. Anything else (a non-2xx, no answer within the timeout, no connection)
// schedules it again with backoff (./schedule.ts) through the retry queue (./retry-queue.ts), and
// once the schedule is over it goes to the forwarding DLQ. A 410 Gone means the app asks for no more:
// forwarding is turned off (the event source mapping disabled; events wait in the queue) and alarmed.
// At least once: an event is acknowledged only after the app's 2xx, so a crash in between sends it
// again, under the same webhook-id.
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Logger } from '../shared/log';
import type { Metrics } from '../shared/metrics';
import { type ForwardedEvent, forwardedEventOf, UnreadableMessageError } from './forwarded-event';
import { type AnswerKind, FORWARDER_METRICS } from './metric-names';
import type { Answer, PostRequest } from './post';
import { type RetryQueue, type RetryState, retryStateOf } from './retry-queue';
import { type RetrySchedule, retriesExhausted, retryDelaySeconds } from './schedule';
import { webhookHeaders } from './sign';

export interface ForwarderDeps {
  url: string;
  /** The forwarding secrets (`whsec_…`), current first. */
  secrets: () => Promise<string[]>;
  post: (request: PostRequest) => Promise<Answer>;
  retryQueue: RetryQueue;
  /** Stops forwarding until an operator turns it on again (`lava-webhooks forward on`). */
  turnOff: (reason: string) => Promise<void>;
  schedule: RetrySchedule;
  timeoutMs: number;
  log: Logger;
  metrics: Metrics;
  now?: () => number;
  random?: () => number;
}

/** An app's Retry-After is honoured up to an hour: one asking for more is still tried within it. */
const MAX_RETRY_AFTER_SECONDS = 3600;

/** A copy received this much before it is due is attempted anyway: SQS's delays are whole seconds. */
const DUE_SLACK_MS = 1_000;

/** How an attempt that did not deliver ended, for the metric, the log and the dead letter. */
function answerKind(answer: Answer): AnswerKind {
  if (answer.kind !== 'answered') return answer.kind;
  return answer.status >= 500 ? '5xx' : answer.status >= 400 ? '4xx' : '3xx';
}

/** What every log line about one event names. */
const factsOf = (event: ForwardedEvent) => ({
  webhookId: event.webhookId,
  detailType: event.type,
  connectionId: event.connectionId,
});

const describeAnswer = (answer: Answer) =>
  answer.kind === 'answered'
    ? `HTTP ${answer.status}`
    : answer.kind === 'timeout'
      ? `no answer within the timeout`
      : `unreachable (${answer.error})`;

export function createForwarder(deps: ForwarderDeps) {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const { log, metrics, schedule } = deps;

  /** Schedules the next attempt, or dead-letters the event when the schedule is over. */
  async function afterFailure(record: SQSRecord, event: ForwardedEvent, state: RetryState, answer: Answer) {
    const facts = factsOf(event);
    const lastAnswer = describeAnswer(answer);
    if (retriesExhausted(schedule, state.firstAttemptAt, now())) {
      await deps.retryQueue.deadLetter(record.body, {
        reason: `no 2xx from the app in ${state.attempts} attempts since ${new Date(state.firstAttemptAt).toISOString()}`,
        attempts: state.attempts,
        firstAttemptAt: state.firstAttemptAt,
        lastAnswer,
      });
      metrics.add(FORWARDER_METRICS.failed, 1);
      log.error('forward failed; moved to the forwarding DLQ', {
        ...facts,
        attempt: state.attempts,
        lastAnswer,
      });
      return;
    }
    const backoff = retryDelaySeconds(schedule, state.attempts, random());
    const asked = answer.kind === 'answered' ? (answer.retryAfterSeconds ?? 0) : 0;
    const delaySeconds = Math.max(backoff, Math.min(asked, MAX_RETRY_AFTER_SECONDS));
    await deps.retryQueue.later(record.body, { ...state, due: now() + delaySeconds * 1000 }, delaySeconds);
    metrics.add(FORWARDER_METRICS.retried, 1, 'Count', { Answer: answerKind(answer) });
    log.warn('forward failed; retrying', {
      ...facts,
      attempt: state.attempts,
      answer: lastAnswer,
      ...(answer.kind === 'answered' && answer.body ? { answerBody: answer.body.slice(0, 200) } : {}),
      retryInSeconds: Math.round(delaySeconds),
    });
  }

  /**
   * One record: 'done' when the event source mapping may delete it (delivered, rescheduled or
   * dead-lettered), 'gone' when the app answered 410 (it stays in the queue).
   */
  async function forwardRecord(record: SQSRecord, secrets: string[]): Promise<'done' | 'gone'> {
    let event: ForwardedEvent;
    try {
      event = forwardedEventOf(record.body);
    } catch (error) {
      if (!(error instanceof UnreadableMessageError)) throw error;
      // Nothing to sign or post: it can only wait in the DLQ for a look.
      await deps.retryQueue.deadLetter(record.body, { reason: error.message, attempts: 0 });
      metrics.add(FORWARDER_METRICS.failed, 1);
      log.error('unreadable message moved to the forwarding DLQ', { messageId: record.messageId, error });
      return 'done';
    }
    const state = retryStateOf(record.messageAttributes);
    if (state && state.due > now() + DUE_SLACK_MS) {
      // Received early: a wait longer than SQS's 15-minute delay goes on in hops.
      await deps.retryQueue.later(record.body, state, (state.due - now()) / 1000);
      return 'done';
    }
    const attemptAt = now();
    metrics.add(FORWARDER_METRICS.delay, Math.max(0, attemptAt - event.publishedAt), 'Milliseconds');
    const answer = await deps.post({
      url: deps.url,
      headers: webhookHeaders(event.webhookId, event.body, secrets, attemptAt),
      body: event.body,
      timeoutMs: deps.timeoutMs,
    });
    const attempt = (state?.attempts ?? 0) + 1;
    const facts = factsOf(event);
    if (answer.kind === 'answered' && answer.status >= 200 && answer.status < 300) {
      metrics.add(FORWARDER_METRICS.forwarded, 1);
      log.info('forwarded', { ...facts, status: answer.status, attempt, ms: answer.ms });
      return 'done';
    }
    if (answer.kind === 'answered' && answer.status === 410) {
      log.error('the app answered 410 Gone: forwarding turned off', { ...facts, status: 410, attempt });
      return 'gone';
    }
    await afterFailure(
      record,
      event,
      { attempts: attempt, firstAttemptAt: state?.firstAttemptAt ?? attemptAt, due: 0 },
      answer,
    );
    return 'done';
  }

  return async (sqsEvent: SQSEvent): Promise<SQSBatchResponse> => {
    // Without the secret nothing can be signed: the batch comes back after the visibility timeout.
    const secrets = await deps.secrets().catch((error: unknown) => {
      log.error('forwarding secret unavailable; the batch is retried after the visibility timeout', {
        error,
        messages: sqsEvent.Records.length,
      });
      throw error;
    });
    const failed: string[] = [];
    let gone = false;
    try {
      await Promise.all(
        sqsEvent.Records.map(async (record) => {
          try {
            const outcome = await forwardRecord(record, secrets);
            if (outcome === 'gone') gone = true;
            if (outcome !== 'done') failed.push(record.messageId);
          } catch (error) {
            // Its retry or dead letter could not be queued: SQS hands it over again.
            failed.push(record.messageId);
            log.error('could not forward or reschedule; SQS retries it', {
              messageId: record.messageId,
              error,
            });
          }
        }),
      );
      if (gone) {
        // The events that met the 410 stay in the queue, delivered once forwarding is on again.
        await deps
          .turnOff('the app answered 410 Gone')
          .catch((error: unknown) => log.error('could not turn forwarding off', { error }));
      }
      metrics.add(FORWARDER_METRICS.off, gone ? 1 : 0);
    } finally {
      metrics.flush();
    }
    return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
