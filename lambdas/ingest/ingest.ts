// The ingest decision, wired to injected adapters: verify, validate, enqueue, answer.
// Contract: ../../README.md "HTTP contract". A 200 is only sent after SQS confirmed the message.
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { decodeUtf8, parseEnvelope } from '../shared/envelope';
import { connectionIdOf, eventTypeLabel } from '../shared/event-types';
import { describeError, type LineWriter } from '../shared/log';
import { INGEST_LATENCY, INGEST_RECEIVED, type IngestOutcome } from '../shared/metric-names';
import { emfLine } from '../shared/metrics';
import type { QueuedWebhook } from '../shared/queue-message';
import type { SecretCache } from '../shared/secret-cache';
import { PLAIN_HEADER, TIMESTAMPED_HEADER } from '../shared/signature';
import { verifyWithRotation } from '../shared/verify-with-rotation';

export const MAX_BODY_BYTES = 256 * 1024;

export interface IngestDeps {
  secrets: Pick<SecretCache, 'get' | 'refreshAfterMiss'>;
  enqueue: (message: QueuedWebhook) => Promise<void>;
  /** Where the one line per request goes: a structured log line that is also an EMF document. */
  write: LineWriter;
  namespace: string;
  toleranceSeconds: number;
  now?: () => number;
}

type Result = APIGatewayProxyStructuredResultV2;

const JSON_HEADERS = { 'content-type': 'application/json' };
const reply = (statusCode: number, body: object): Result => ({
  statusCode,
  headers: JSON_HEADERS,
  body: JSON.stringify(body),
});
const RECEIVED = reply(200, { received: true });
const INVALID_SIGNATURE = reply(401, { error: 'Invalid signature' });

function header(headers: APIGatewayProxyEventV2['headers'] | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const direct = headers[name];
  if (direct !== undefined) return direct;
  // API Gateway lower-cases names already; other callers (tests, proxies) may not.
  for (const key in headers) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

/** The exact raw bytes, or undefined when they exceed the limit (checked before decoding). */
function rawBody(event: APIGatewayProxyEventV2): Buffer | undefined {
  const body = event.body ?? '';
  if (event.isBase64Encoded) {
    if (body.length > Math.ceil(MAX_BODY_BYTES / 3) * 4 + 4) return undefined;
    const bytes = Buffer.from(body, 'base64');
    return bytes.length > MAX_BODY_BYTES ? undefined : bytes;
  }
  if (body.length > MAX_BODY_BYTES) return undefined; // a UTF-16 unit is at least one UTF-8 byte
  const bytes = Buffer.from(body, 'utf8');
  return bytes.length > MAX_BODY_BYTES ? undefined : bytes;
}

/** What a request came to: its answer, the outcome metric to count, and what to log. */
interface Outcome {
  result: Result;
  metric: IngestOutcome;
  level: 'info' | 'warn' | 'error';
  message: string;
  fields?: Record<string, unknown>;
  /** Known once the envelope parsed: the EventType dimension. */
  eventType?: string;
}

export function createIngestHandler(deps: IngestDeps) {
  const now = deps.now ?? Date.now;

  async function handle(event: APIGatewayProxyEventV2): Promise<Outcome> {
    const raw = rawBody(event);
    if (!raw) {
      return {
        result: reply(413, { error: `Body exceeds ${MAX_BODY_BYTES} bytes` }),
        metric: 'TooLarge',
        level: 'warn',
        message: 'body too large',
        fields: { limitBytes: MAX_BODY_BYTES },
      };
    }
    const signatures = {
      plain: header(event.headers, PLAIN_HEADER),
      timestamped: header(event.headers, TIMESTAMPED_HEADER),
    };
    const rejected = (reason: string): Outcome => ({
      result: INVALID_SIGNATURE,
      metric: 'SignatureRejected',
      level: 'warn',
      message: 'signature rejected',
      fields: { reason },
    });
    if (signatures.plain === undefined && signatures.timestamped === undefined) return rejected('missing');

    let secrets: string[];
    try {
      secrets = await deps.secrets.get();
    } catch (error) {
      return {
        result: reply(503, { error: 'Signing secret unavailable, retry later' }),
        metric: 'SecretUnavailable',
        level: 'error',
        message: 'signing secret unavailable',
        fields: { error: describeError(error) },
      };
    }
    const options = { nowSeconds: Math.floor(now() / 1000), toleranceSeconds: deps.toleranceSeconds };
    const verification = await verifyWithRotation(raw, signatures, secrets, deps.secrets, options);
    if (!verification.ok) return rejected(verification.reason);

    const text = decodeUtf8(raw);
    const parsed = text === undefined ? undefined : parseEnvelope(text);
    if (!parsed?.ok || text === undefined) {
      const error = parsed && !parsed.ok ? parsed.error : 'Body is not valid UTF-8';
      return {
        result: reply(400, { error }),
        metric: 'BadRequest',
        level: 'warn',
        message: 'bad request',
        fields: { error },
      };
    }

    const { event: eventType, data } = parsed.envelope;
    const sha256 = createHash('sha256').update(raw).digest('hex');
    const receivedAt = event.requestContext?.timeEpoch ?? now();
    const fields = { eventType, connectionId: connectionIdOf(data), sha256, scheme: verification.scheme };
    try {
      await deps.enqueue({
        body: text,
        plainSignature: signatures.plain,
        timestampedSignature: signatures.timestamped,
        receivedAt,
        requestId: event.requestContext?.requestId ?? '',
        sha256,
        eventType,
      });
    } catch (error) {
      return {
        result: reply(503, { error: 'Could not store the event, retry later' }),
        metric: 'EnqueueFailed',
        level: 'error',
        // Enough to find the event in Lava's dashboard and resend it; never the body or the secret.
        message: 'enqueue failed; answered 503',
        fields: { ...fields, receivedAt, error: describeError(error) },
        eventType: eventTypeLabel(eventType),
      };
    }
    return {
      result: RECEIVED,
      metric: 'Accepted',
      level: 'info',
      message: 'accepted',
      fields,
      eventType: eventTypeLabel(eventType),
    };
  }

  return async (event: APIGatewayProxyEventV2): Promise<Result> => {
    const started = now();
    let outcome: Outcome;
    try {
      outcome = await handle(event);
    } catch (error) {
      // Defensive: nothing above should throw, but a bug must still answer JSON and never 200.
      outcome = {
        result: reply(503, { error: 'Internal error, retry later' }),
        metric: 'InternalError',
        level: 'error',
        message: 'unexpected error',
        fields: { error: describeError(error) },
      };
    }
    // One line per request: the log entry and its metrics (EMF) together, one write.
    deps.write(
      emfLine(
        deps.namespace,
        outcome.eventType ? { Service: 'ingest', EventType: outcome.eventType } : { Service: 'ingest' },
        [
          [INGEST_RECEIVED, 1, 'Count'],
          [outcome.metric, 1, 'Count'],
          [INGEST_LATENCY, now() - started, 'Milliseconds'],
        ],
        {
          level: outcome.level,
          time: new Date(started).toISOString(),
          message: outcome.message,
          requestId: event.requestContext?.requestId,
          ...outcome.fields,
        },
      ),
    );
    return outcome.result;
  };
}
