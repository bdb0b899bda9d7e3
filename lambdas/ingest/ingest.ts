// The ingest decision, wired to injected adapters: verify, validate, enqueue, answer.
// Contract: ../../README.md "HTTP contract". A 200 is only sent after SQS confirmed the message.
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { decodeUtf8, parseEnvelope } from '../shared/envelope';
import { connectionIdOf, eventTypeLabel } from '../shared/event-types';
import type { Logger } from '../shared/log';
import type { Metrics } from '../shared/metrics';
import type { QueuedWebhook } from '../shared/queue-message';
import type { SecretCache } from '../shared/secret-cache';
import { PLAIN_HEADER, TIMESTAMPED_HEADER, type Verification, verifySignature } from '../shared/signature';

export const MAX_BODY_BYTES = 256 * 1024;

export interface IngestDeps {
  secrets: Pick<SecretCache, 'get' | 'refreshAfterMiss'>;
  enqueue: (message: QueuedWebhook) => Promise<void>;
  log: Logger;
  metrics: Metrics;
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

export function createIngestHandler(deps: IngestDeps) {
  const now = deps.now ?? Date.now;
  const { log, metrics } = deps;

  async function handle(event: APIGatewayProxyEventV2, started: number): Promise<Result> {
    const requestId = event.requestContext?.requestId ?? '';
    const raw = rawBody(event);
    if (!raw) {
      metrics.add('TooLarge', 1);
      log.warn('body too large', { requestId, limitBytes: MAX_BODY_BYTES });
      return reply(413, { error: `Body exceeds ${MAX_BODY_BYTES} bytes` });
    }
    const signatures = {
      plain: header(event.headers, PLAIN_HEADER),
      timestamped: header(event.headers, TIMESTAMPED_HEADER),
    };
    if (signatures.plain === undefined && signatures.timestamped === undefined) {
      metrics.add('SignatureRejected', 1);
      log.warn('signature rejected', { requestId, reason: 'missing' });
      return INVALID_SIGNATURE;
    }

    let secrets: string[];
    try {
      secrets = await deps.secrets.get();
    } catch (error) {
      metrics.add('SecretUnavailable', 1);
      log.error('signing secret unavailable', { requestId, error });
      return reply(503, { error: 'Signing secret unavailable, retry later' });
    }
    const options = { nowSeconds: Math.floor(now() / 1000), toleranceSeconds: deps.toleranceSeconds };
    let verification: Verification = verifySignature(raw, signatures, secrets, options);
    if (!verification.ok && verification.reason === 'mismatch') {
      // The secret may have been rotated since this container cached it.
      const fresh = await deps.secrets.refreshAfterMiss();
      if (fresh) verification = verifySignature(raw, signatures, fresh, options);
    }
    if (!verification.ok) {
      metrics.add('SignatureRejected', 1);
      log.warn('signature rejected', { requestId, reason: verification.reason });
      return INVALID_SIGNATURE;
    }

    const text = decodeUtf8(raw);
    const parsed =
      text === undefined ? { ok: false as const, error: 'Body is not valid UTF-8' } : parseEnvelope(text);
    if (!parsed.ok || text === undefined) {
      metrics.add('BadRequest', 1);
      log.warn('bad request', { requestId, error: parsed.ok ? undefined : parsed.error });
      return reply(400, { error: parsed.ok ? 'Bad request' : parsed.error });
    }

    const { event: eventType, data } = parsed.envelope;
    const sha256 = createHash('sha256').update(raw).digest('hex');
    const receivedAt = event.requestContext?.timeEpoch ?? now();
    const fields = {
      requestId,
      eventType,
      connectionId: connectionIdOf(data),
      sha256,
      scheme: verification.scheme,
    };
    try {
      await deps.enqueue({
        body: text,
        plainSignature: signatures.plain,
        timestampedSignature: signatures.timestamped,
        receivedAt,
        requestId,
        sha256,
        eventType,
      });
    } catch (error) {
      metrics.add('EnqueueFailed', 1);
      // Enough to find the event in Lava's dashboard and resend it; never the body or the secret.
      log.error('enqueue failed; answered 503', { ...fields, receivedAt, error });
      return reply(503, { error: 'Could not store the event, retry later' });
    }
    metrics.add('Accepted', 1, 'Count', { EventType: eventTypeLabel(eventType) });
    log.info('accepted', { ...fields, latencyMs: now() - started });
    return RECEIVED;
  }

  return async (event: APIGatewayProxyEventV2): Promise<Result> => {
    const started = now();
    metrics.add('Received', 1);
    try {
      return await handle(event, started);
    } catch (error) {
      // Defensive: nothing above should throw, but a bug must still answer JSON and never 200.
      log.error('unexpected error', { requestId: event.requestContext?.requestId, error });
      return reply(503, { error: 'Internal error, retry later' });
    } finally {
      metrics.add('IngestLatency', now() - started, 'Milliseconds');
      metrics.flush();
    }
  };
}
