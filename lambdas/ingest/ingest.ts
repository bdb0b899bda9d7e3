// The ingest decision, wired to injected adapters: verify, store, answer.
// Contract: docs/http-contract.md. A 200 is only sent once SQS, or the spill table when SQS
// did not confirm, holds the request; every correctly signed request within the size limit is stored,
// whatever its body (the consumer archives what it cannot apply, with the reason).
import { createHash, randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeDeadline, type DeadlineSignal } from '../shared/deadline';
import { decodeUtf8, parseEnvelope } from '../shared/envelope';
import { connectionIdOf } from '../shared/event-types';
import { describeError, type LineWriter } from '../shared/log';
import { emfLine } from '../shared/metrics';
import type { QueuedWebhook } from '../shared/queue-message';
import type { SecretCache } from '../shared/secret-cache';
import { verifyWithRotation } from '../shared/verify-with-rotation';
import { INGEST_BUDGET } from './budget';
import {
  ANSWERS,
  INGEST_DIMENSIONS,
  INGEST_OUTCOMES,
  type IngestOutcome,
  MAX_BODY_BYTES,
  type OutcomeRow,
} from './outcomes';
import { rawBody, signatureHeaders } from './request';

export { MAX_BODY_BYTES };

export interface IngestDeps {
  secrets: Pick<SecretCache, 'get' | 'refreshAfterMiss'>;
  /** Resolves once SQS confirmed; gives up when `signal` aborts (the request's deadline). */
  enqueue: (message: QueuedWebhook, signal?: DeadlineSignal) => Promise<void>;
  /** Where a message goes when SQS did not confirm it (the spill table); none: answer 503. */
  spill?: ((message: QueuedWebhook, signal?: DeadlineSignal) => Promise<void>) | undefined;
  /** Where the one line per request goes: a structured log line, an EMF document too unless accepted. */
  write: LineWriter;
  namespace: string;
  toleranceSeconds: number;
  now?: () => number;
}

/** What a request came to: its outcome, and what to log with it. */
interface Handled {
  outcome: IngestOutcome;
  fields?: Record<string, unknown>;
}

/**
 * What the body says, as far as it can be read: the event's type (as sent) and connection, or why it
 * could not be read. What an operator searches ingest's line by, beside its requestId.
 */
function describeBody(raw: Buffer): { connectionId?: string; eventType?: string; unreadable?: string } {
  const text = decodeUtf8(raw);
  const parsed = text === undefined ? undefined : parseEnvelope(text);
  if (!parsed?.ok) {
    // Stored all the same: the consumer archives it as rejected, with this reason.
    return { unreadable: parsed ? parsed.reason : 'Body is not valid UTF-8' };
  }
  const { event, data } = parsed.envelope;
  return { connectionId: connectionIdOf(data), ...(event ? { eventType: event } : {}) };
}

export function createIngestHandler(deps: IngestDeps) {
  const now = deps.now ?? Date.now;

  /**
   * SQS first; when it did not confirm, the spill table; 503 only when neither did. Both before
   * `deadline`: SQS up to the spill table's reserve, the spill table the rest (budget.ts).
   * `ids`: what every line of a stored body carries. An accepted line carries only them: the
   * archive item keeps the body's sha256 and scheme (`detail`), and the delivery id reaches it. A
   * spilled or failed line adds them, and when it was received: it may be the only record of the body.
   */
  async function store(
    message: QueuedWebhook,
    ids: Record<string, unknown>,
    detail: Record<string, unknown>,
    deadline: number,
  ): Promise<Handled> {
    const sqsDeadline = deps.spill ? deadline - INGEST_BUDGET.spillReserveMs : deadline;
    try {
      await beforeDeadline('SQS', sqsDeadline, now, (signal) => deps.enqueue(message, signal));
      return { outcome: 'accepted', fields: ids };
    } catch (sqsError) {
      const failure = {
        ...ids,
        ...detail,
        receivedAt: message.receivedAt,
        sqsError: describeError(sqsError),
      };
      if (!deps.spill) return { outcome: 'notStored', fields: failure };
      const spill = deps.spill;
      try {
        await beforeDeadline('the spill table', deadline, now, (signal) => spill(message, signal));
        return { outcome: 'spilled', fields: failure };
      } catch (spillError) {
        return { outcome: 'notStored', fields: { ...failure, spillError: describeError(spillError) } };
      }
    }
  }

  async function handle(event: APIGatewayProxyEventV2, deadline: number): Promise<Handled> {
    const raw = rawBody(event);
    if (!raw) return { outcome: 'tooLarge', fields: { limitBytes: MAX_BODY_BYTES } };
    const signatures = signatureHeaders(event);
    if (signatures.plain === undefined && signatures.timestamped === undefined) {
      return { outcome: 'signatureRejected', fields: { reason: 'missing' } };
    }
    let secrets: string[];
    try {
      secrets = await deps.secrets.get();
    } catch (error) {
      return { outcome: 'secretUnavailable', fields: { error: describeError(error) } };
    }
    const options = { nowSeconds: Math.floor(now() / 1000), toleranceSeconds: deps.toleranceSeconds };
    const refresh = () => deps.secrets.refreshAfterMiss();
    const verification = await verifyWithRotation(raw, signatures, secrets, refresh, options);
    if (!verification.ok) return { outcome: 'signatureRejected', fields: { reason: verification.reason } };

    const body = describeBody(raw);
    const sha256 = createHash('sha256').update(raw).digest('hex');
    const requestId = event.requestContext?.requestId;
    const message: QueuedWebhook = {
      raw,
      plainSignature: signatures.plain,
      timestampedSignature: signatures.timestamped,
      receivedAt: event.requestContext?.timeEpoch ?? now(),
      // The delivery's id: API Gateway's request id, or one of ours when a caller sent none.
      deliveryId: requestId || randomUUID(),
      sha256,
      eventType: body.eventType ?? '',
    };
    // The line names the delivery by its requestId; only an id ingest made up is logged as deliveryId.
    const madeUpId = requestId ? {} : { deliveryId: message.deliveryId };
    return store(message, { ...madeUpId, ...body }, { sha256, scheme: verification.scheme }, deadline);
  }

  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const started = now();
    const deadline = started + INGEST_BUDGET.answerWithinMs - INGEST_BUDGET.answerMarginMs;
    let handled: Handled;
    try {
      handled = await handle(event, deadline);
    } catch (error) {
      // Defensive: nothing above should throw, but a bug must still answer JSON and never 200.
      handled = { outcome: 'internalError', fields: { error: describeError(error) } };
    }
    const row: OutcomeRow = INGEST_OUTCOMES[handled.outcome];
    // One line per request: the log entry, and its metric. No time of its own (CloudWatch stamps
    // the line) and no function name (its log group says it); `Service` is the metric's dimension.
    // One count, its outcome's (the requests received are their sum, which the dashboard adds up):
    // a metric filter counts an accepted line, an EMF document in the line counts the others.
    const entry = {
      level: row.level,
      message: row.message,
      requestId: event.requestContext?.requestId,
      ...handled.fields,
      ...INGEST_DIMENSIONS,
    };
    deps.write(
      row.countedByFilter
        ? JSON.stringify(entry)
        : emfLine(deps.namespace, INGEST_DIMENSIONS, [[row.metric, 1, 'Count']], entry),
    );
    return ANSWERS[handled.outcome];
  };
}
