// The ingest handler against the real in-process SQS server: every row of the HTTP contract.
import { createHash } from 'node:crypto';
import { type Message, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordPreparer } from '../lambdas/core/prepare-record';
import { createIngestHandler, MAX_BODY_BYTES } from '../lambdas/ingest/ingest';
import { ATTR, fromSqsRecord } from '../lambdas/shared/queue-message';
import { DEFAULT_CONNECTION_ID, sampleBody } from '../lambdas/shared/sample-events';
import { SecretCache } from '../lambdas/shared/secret-cache';
import { signPlain, signTimestamped } from '../lambdas/shared/sign-webhook';
import { sqsEnqueuer } from '../lambdas/shared/sqs-enqueue';
import { localClientConfig } from '../local/local-clients';
import { apiEvent } from './helpers/api-event';
import { TEST_PREVIOUS_SECRET, TEST_SECRET } from './helpers/samples';
import { startSqs } from './helpers/sqs-server';

let sqs: Awaited<ReturnType<typeof startSqs>>;
let queueUrl: string;
let lines: string[];
let now: number;
let secretLoads: number;
let secretValue: string[];

function makeHandler(overrides: Partial<Parameters<typeof createIngestHandler>[0]> = {}) {
  const write = (line: string) => lines.push(line);
  return createIngestHandler({
    secrets: new SecretCache(
      async () => {
        secretLoads++;
        return secretValue;
      },
      { ttlMs: 60_000, refreshAfterMissMs: 5_000, maxStaleMs: 60_000, now: () => now },
    ),
    enqueue: sqsEnqueuer(sqs.client, queueUrl),
    write,
    namespace: 'Test',
    toleranceSeconds: 300,
    now: () => now,
    ...overrides,
  });
}

/** Everything in the test's queue, received once (each test has its own queue). */
async function drain() {
  const out = await sqs.client.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ['All'],
    }),
  );
  return out.Messages ?? [];
}

/** A received message as the consumer's event source mapping hands it over. */
function sqsRecord(message: Message | undefined): SQSRecord {
  const messageAttributes: Record<string, { stringValue?: string; dataType: string }> = {};
  for (const [k, v] of Object.entries(message?.MessageAttributes ?? {})) {
    messageAttributes[k] = { stringValue: v.StringValue, dataType: v.DataType ?? 'String' };
  }
  return { messageId: message?.MessageId ?? '', body: message?.Body ?? '', messageAttributes } as never;
}

/** A received message read back the way the consumer reads its records. */
const queued = (message: Message | undefined) => fromSqsRecord(sqsRecord(message));

const json = (r: { body?: string }) => JSON.parse(r.body ?? 'null');

let queues = 0;
beforeAll(async () => {
  sqs = await startSqs();
});
afterAll(async () => sqs.close());
beforeEach(async () => {
  lines = [];
  now = Date.parse('2026-11-27T12:00:00Z');
  secretLoads = 0;
  secretValue = [TEST_SECRET];
  queueUrl = await sqs.createQueue(`ingest-${++queues}`);
});

describe('200: signed and durably stored', () => {
  it('enqueues the raw body byte for byte with its signature and metadata (plain scheme)', async () => {
    const body = sampleBody();
    const res = await makeHandler()(
      apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }, { timeEpoch: now }),
    );
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ received: true });
    const [message, ...rest] = await drain();
    expect(rest).toHaveLength(0);
    expect(message?.Body).toBe(body);
    const attrs = message?.MessageAttributes ?? {};
    expect(attrs[ATTR.eventType]?.StringValue).toBe('connection.created');
    expect(attrs[ATTR.sha256]?.StringValue).toBe(createHash('sha256').update(body).digest('hex'));
    expect(queued(message)).toMatchObject({
      raw: Buffer.from(body),
      plainSignature: signPlain(body, TEST_SECRET),
      timestampedSignature: undefined,
      receivedAt: now,
      eventType: 'connection.created',
    });
  });

  it("dates the delivery by API Gateway's clock (requestContext.timeEpoch), not the function's", async () => {
    const body = sampleBody();
    const receivedAt = now - 1_500; // API Gateway took it 1.5 s before the function ran (a cold start)
    const res = await makeHandler()(
      apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }, { timeEpoch: receivedAt }),
    );
    expect(res.statusCode).toBe(200);
    const [message] = await drain();
    expect(queued(message)).toMatchObject({ receivedAt });
  });

  it('accepts the timestamped scheme, with several v1 entries of which one matches', async () => {
    const body = sampleBody('customer.wallet.balance.updated');
    const t = Math.floor(now / 1000);
    const good = signTimestamped(body, TEST_SECRET, t);
    const header = `t=${t},v1=${'0'.repeat(64)},${good.split(',')[1]}`;
    const res = await makeHandler()(apiEvent(body, { 'x-lava-signature': header }));
    expect(res.statusCode).toBe(200);
    const [message] = await drain();
    expect(queued(message)).toMatchObject({ timestampedSignature: header, plainSignature: undefined });
  });

  it('keeps signature headers SQS could not carry exactly as sent, in a message SQS takes and the consumer verifies', async () => {
    const prepare = recordPreparer({
      secrets: { get: async () => [TEST_SECRET], refreshNow: async () => [TEST_SECRET] },
      now: () => now,
    });
    // Characters SQS refuses in a message; the timestamped scheme ignores a part it does not know,
    // and the plain header is not checked when the timestamped one is there.
    for (const c of ['\uFFFE', '\uFFFF', '\u0000', '\u0001', '\uD800']) {
      const body = sampleBody();
      const header = `${signTimestamped(body, TEST_SECRET, Math.floor(now / 1000))},x=a${c}b`;
      const plain = `not${c}hex`;
      const res = await makeHandler()(
        apiEvent(body, { 'x-lava-signature': header, 'x-webhook-signature': plain }),
      );
      expect(res.statusCode).toBe(200);
      const [message, ...rest] = await drain();
      expect(rest).toHaveLength(0);
      expect(queued(message)).toMatchObject({ timestampedSignature: header, plainSignature: plain });
      const prepared = await prepare(sqsRecord(message));
      expect(prepared.result.kind).toBe('event');
      expect(prepared.delivery).toMatchObject({ timestampedSignature: header, plainSignature: plain });
    }
  });

  it('matches header names and hex case-insensitively', async () => {
    const body = sampleBody();
    const res = await makeHandler()(
      apiEvent(body, { 'X-Webhook-Signature': signPlain(body, TEST_SECRET).toUpperCase() }),
    );
    expect(res.statusCode).toBe(200);
  });

  it('decodes base64 bodies to the exact bytes before hashing', async () => {
    const body = Buffer.from(sampleBody('connection.created', 'con_ünïcødé_✓'), 'utf8');
    const res = await makeHandler()(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    expect(res.statusCode).toBe(200);
    const [message] = await drain();
    expect(Buffer.from(message?.Body ?? '', 'utf8').equals(body)).toBe(true);
  });

  it('accepts an unknown event name that SQS could not carry as an attribute', async () => {
    const body = JSON.stringify({ event: `odd\u0001\uFFFE${'x'.repeat(300)}`, data: {} });
    const res = await makeHandler()(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    expect(res.statusCode).toBe(200);
    const [message] = await drain();
    expect(message?.MessageAttributes?.[ATTR.eventType]?.StringValue).toBe('unknown');
    expect(queued(message)).toMatchObject({ raw: Buffer.from(body) }); // carried base64-encoded, decoded back
  });

  it('accepts and enqueues unknown event types (archived and counted later, never dropped)', async () => {
    const body = JSON.stringify({ event: 'invoice.paid', data: { id: 'inv_1' } });
    const res = await makeHandler()(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    expect(res.statusCode).toBe(200);
    expect(await drain()).toHaveLength(1);
  });

  it('writes one line per accepted request: what an operator searches by, and the dimension its count reads', async () => {
    const body = sampleBody();
    const event = apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) });
    await makeHandler()(event);
    expect(lines).toHaveLength(1);
    // Exactly these: the delivery (requestId), its connection and type, the outcome (message), and
    // the `Service` a metric filter counts Accepted under (lib/monitoring.ts), so no EMF document.
    // No time (CloudWatch stamps the line), no sha256 or scheme (the archive item keeps them), no
    // Received (the sum of the outcomes). docs/runbook.md, "Logs", lists them.
    expect(JSON.parse(lines[0] as string)).toEqual({
      level: 'info',
      message: 'accepted',
      requestId: event.requestContext.requestId,
      connectionId: DEFAULT_CONNECTION_ID,
      eventType: 'connection.created',
      Service: 'ingest',
    });
    expect(lines.join('\n')).not.toContain('ada@example.com');
  });

  it('counts any other outcome by EMF in its line: one count, one dimension set, no unit', async () => {
    const body = sampleBody();
    await makeHandler()(apiEvent(body, { 'x-webhook-signature': signPlain(body, 'whsec_wrong') }));
    const { _aws, ...line } = JSON.parse(lines[0] as string);
    expect(line).toEqual({
      level: 'warn',
      message: 'signature rejected',
      requestId: expect.any(String),
      reason: 'mismatch',
      Service: 'ingest',
      SignatureRejected: 1,
    });
    expect(_aws.Timestamp).toEqual(expect.any(Number));
    expect(_aws.CloudWatchMetrics).toEqual([
      { Namespace: 'Test', Dimensions: [['Service']], Metrics: [{ Name: 'SignatureRejected' }] },
    ]);
  });

  it("logs an unknown event type's name as sent", async () => {
    const body = JSON.stringify({ event: 'invoice.paid', data: { id: 'inv_1' } });
    await makeHandler()(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    const log = lines.map((l) => JSON.parse(l)).find((d) => d.message === 'accepted');
    expect(log).toMatchObject({ eventType: 'invoice.paid' });
  });

  it("names the delivery once: API Gateway's request id, or the id ingest made when there was none", async () => {
    const body = sampleBody();
    const headers = { 'x-webhook-signature': signPlain(body, TEST_SECRET) };
    const given = apiEvent(body, headers);
    const without = apiEvent(body, headers);
    without.requestContext.requestId = '';
    await makeHandler()(given);
    await makeHandler()(without);
    const [first, second] = lines.map((l) => JSON.parse(l)).filter((d) => d.message === 'accepted');
    expect(first.requestId).toBe(given.requestContext.requestId);
    expect(first).not.toHaveProperty('deliveryId');
    const [queuedFirst, queuedSecond] = (await drain()).map(queued);
    expect(queuedFirst).toMatchObject({ deliveryId: given.requestContext.requestId });
    expect(second.deliveryId).toMatch(/^[0-9a-f-]{36}$/);
    expect(queuedSecond).toMatchObject({ deliveryId: second.deliveryId });
  });
});

describe('401: bad signatures change nothing', () => {
  const body = sampleBody();
  const t = () => Math.floor(now / 1000);
  const cases: [string, () => Record<string, string>][] = [
    ['no signature header', () => ({})],
    ['malformed plain signature', () => ({ 'x-webhook-signature': 'not-hex' })],
    [
      'truncated plain signature',
      () => ({ 'x-webhook-signature': signPlain(body, TEST_SECRET).slice(0, 63) }),
    ],
    ['wrong secret', () => ({ 'x-webhook-signature': signPlain(body, 'whsec_wrong') })],
    ['empty timestamped header', () => ({ 'x-lava-signature': '' })],
    ['timestamped without v1', () => ({ 'x-lava-signature': `t=${t()}` })],
    [
      'timestamped with two t',
      () => ({ 'x-lava-signature': `t=${t()},${signTimestamped(body, TEST_SECRET, t())}` }),
    ],
    [
      'timestamped signed over another t',
      () => ({ 'x-lava-signature': `t=${t() - 1},${signTimestamped(body, TEST_SECRET, t()).split(',')[1]}` }),
    ],
    [
      'stale t beyond tolerance',
      () => ({ 'x-lava-signature': signTimestamped(body, TEST_SECRET, t() - 301) }),
    ],
    [
      'future t beyond tolerance',
      () => ({ 'x-lava-signature': signTimestamped(body, TEST_SECRET, t() + 301) }),
    ],
  ];
  it.each(cases)('%s', async (_name, headers) => {
    const res = await makeHandler()(apiEvent(body, headers()));
    expect(res.statusCode).toBe(401);
    expect(json(res)).toEqual({ error: 'Invalid signature' });
    expect(await drain()).toHaveLength(0);
    expect(lines.some((l) => JSON.parse(l).SignatureRejected === 1)).toBe(true);
  });

  it('accepts t exactly at the tolerance, in both directions', async () => {
    for (const offset of [-300, 300]) {
      const res = await makeHandler()(
        apiEvent(body, { 'x-lava-signature': signTimestamped(body, TEST_SECRET, t() + offset) }),
      );
      expect(res.statusCode).toBe(200);
    }
    expect(await drain()).toHaveLength(2);
  });

  it('refuses the parts of a real timestamped request reassembled as a plain one (cross-scheme)', async () => {
    // t, B and H from one real timestamped request: H is the HMAC of `t.B`, so it signs the body `t.B`.
    const [tPart, v1Part] = signTimestamped(body, TEST_SECRET, t()).split(',');
    const forged = `${tPart?.slice(2)}.${body}`;
    const res = await makeHandler()(apiEvent(forged, { 'x-webhook-signature': v1Part?.slice(3) ?? '' }));
    expect(res.statusCode).toBe(401);
    expect(await drain()).toHaveLength(0);
    expect(lines.map((l) => JSON.parse(l)).find((l) => l.SignatureRejected === 1)?.reason).toBe(
      'cross-scheme',
    );
  });

  it('refuses a body that was re-serialised after signing', async () => {
    const signed = '{ "event": "connection.created", "data": { "connection_id": "con_1" } }';
    const reserialised = JSON.stringify(JSON.parse(signed));
    const res = await makeHandler()(
      apiEvent(reserialised, { 'x-webhook-signature': signPlain(signed, TEST_SECRET) }),
    );
    expect(res.statusCode).toBe(401);
  });
});

describe('secret rotation', () => {
  it('accepts current and previous secrets; a removed one fails', async () => {
    secretValue = [TEST_SECRET, TEST_PREVIOUS_SECRET];
    const handler = makeHandler();
    const body = sampleBody();
    for (const secret of [TEST_SECRET, TEST_PREVIOUS_SECRET]) {
      const res = await handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, secret) }));
      expect(res.statusCode).toBe(200);
    }
    secretValue = ['whsec_test_next', TEST_SECRET];
    now += 10_000; // older than the refresh-after-miss threshold, younger than the TTL
    const next = await handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, 'whsec_test_next') }));
    expect(next.statusCode).toBe(200);
    const removed = await handler(
      apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_PREVIOUS_SECRET) }),
    );
    expect(removed.statusCode).toBe(401);
  });

  it('does not call the secret store on the hot path, nor after a miss on a fresh cache', async () => {
    const handler = makeHandler();
    const body = sampleBody();
    for (let i = 0; i < 5; i++)
      await handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    await handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, 'whsec_wrong') }));
    expect(secretLoads).toBe(1);
  });
});

describe('200 for whatever a signed body holds: stored as it came, for the consumer to archive', () => {
  const cases: [string, string | Buffer][] = [
    ['broken JSON', '{"event":"connection.created","data":{'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"hello"'],
    ['missing event', '{"data":{}}'],
    ['event not a string', '{"event":42,"data":{}}'],
    ['empty event', '{"event":"","data":{}}'],
    ['data missing', '{"event":"connection.created"}'],
    ['data an array', '{"event":"connection.created","data":[]}'],
    ['data null', '{"event":"connection.created","data":null}'],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['an empty body', ''],
    [
      'a leading byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"event":"x","data":{}}')]),
    ],
  ];
  it.each(cases)('%s', async (_name, body) => {
    const res = await makeHandler()(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    expect(res.statusCode).toBe(200);
    const [message, ...rest] = await drain();
    expect(rest).toHaveLength(0);
    // Byte for byte, and hashed as sent: a byte-order mark kept, bytes that are not UTF-8 not replaced.
    const sha256 = createHash('sha256').update(body).digest('hex');
    expect(queued(message)).toMatchObject({ raw: Buffer.from(body), sha256 });
    expect(message?.MessageAttributes?.[ATTR.eventType]?.StringValue).toBe('unknown');
    const line = JSON.parse(lines.at(-1) ?? '{}');
    expect(line).toMatchObject({ message: 'accepted', Service: 'ingest', unreadable: expect.any(String) });
  });

  it("takes `type` for `event`, as one of Lava's guides sends it", async () => {
    const body = JSON.stringify({ type: 'customer.created', data: { customer_id: 'con_type' } });
    const res = await makeHandler()(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    expect(res.statusCode).toBe(200);
    const [message] = await drain();
    expect(message?.MessageAttributes?.[ATTR.eventType]?.StringValue).toBe('customer.created');
  });

  it('verifies a bare hex digest in X-Lava-Signature as the plain scheme', async () => {
    const body = sampleBody();
    const handler = makeHandler();
    const ok = await handler(apiEvent(body, { 'x-lava-signature': signPlain(body, TEST_SECRET) }));
    expect(ok.statusCode).toBe(200);
    const wrong = await handler(apiEvent(body, { 'x-lava-signature': signPlain(body, 'whsec_wrong') }));
    expect(wrong.statusCode).toBe(401);
  });
});

describe('413: too large, refused before any HMAC work', () => {
  it.each([false, true])('base64=%s', async (base64) => {
    const body = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const res = await makeHandler()(
      apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }, { base64 }),
    );
    expect(res.statusCode).toBe(413);
    expect(secretLoads).toBe(0);
    expect(await drain()).toHaveLength(0);
  });

  it('accepts a body of exactly the limit', async () => {
    const prefix = '{"event":"connection.created","data":{"connection_id":"con_1","pad":"';
    const body = `${prefix + 'x'.repeat(MAX_BODY_BYTES - prefix.length - 3)}"}}`;
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
    const res = await makeHandler()(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    expect(res.statusCode).toBe(200);
    const [message] = await drain();
    expect(message?.Body).toBe(body);
  });
});

describe('503: never a 200 unless stored', () => {
  it('answers 503 when SQS cannot be reached, and logs what finds the event', async () => {
    const dead = await startSqs();
    const endpoint = dead.endpoint;
    await dead.close();
    const client = new SQSClient({ ...localClientConfig(endpoint), maxAttempts: 2 });
    const body = sampleBody();
    const res = await makeHandler({ enqueue: sqsEnqueuer(client, `${endpoint}/123456789012/gone`) })(
      apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }),
    );
    expect(res.statusCode).toBe(503);
    const failure = lines.map((l) => JSON.parse(l)).find((d) => d.message?.startsWith('neither SQS'));
    // A failure line keeps every field: it is the only record of the body (Lava must resend it).
    expect(failure).toMatchObject({
      level: 'error',
      requestId: expect.any(String),
      connectionId: DEFAULT_CONNECTION_ID,
      eventType: 'connection.created',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      scheme: 'plain',
      receivedAt: expect.any(Number),
      sqsError: expect.anything(),
    });
    expect(lines.some((l) => JSON.parse(l).EnqueueFailed === 1)).toBe(true);
  });

  it('answers 503 when the queue does not exist', async () => {
    const body = sampleBody();
    const res = await makeHandler({
      enqueue: sqsEnqueuer(sqs.client, `${sqs.endpoint}/123456789012/missing`),
    })(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    expect(res.statusCode).toBe(503);
  });

  it('answers 503, not 401, when the secret cannot be read', async () => {
    const body = sampleBody();
    const handler = makeHandler({
      secrets: new SecretCache(
        async () => {
          throw new Error('AccessDeniedException');
        },
        { ttlMs: 1000, refreshAfterMissMs: 1000, maxStaleMs: 0 },
      ),
    });
    const res = await handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    expect(res.statusCode).toBe(503);
    expect(await drain()).toHaveLength(0);
  });
});

describe('a bug in the handler', () => {
  it('answers 503 and counts InternalError, not EnqueueFailed, when something unexpected throws', async () => {
    const handler = makeHandler({
      secrets: {
        get: async () => [TEST_SECRET],
        refreshAfterMiss: async () => {
          throw new TypeError('a bug');
        },
      },
    });
    const body = sampleBody();
    const res = await handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, 'whsec_other') }));
    expect(res.statusCode).toBe(503);
    expect(json(res)).toEqual({ error: 'Internal error, retry later' });
    const [doc] = lines.map((l) => JSON.parse(l));
    expect(doc).toMatchObject({ level: 'error', message: 'unexpected error', InternalError: 1 });
    expect(doc.EnqueueFailed).toBeUndefined();
    expect(doc._aws.CloudWatchMetrics[0].Metrics.map((m: { Name: string }) => m.Name)).toEqual([
      'InternalError',
    ]);
    expect(await drain()).toHaveLength(0);
  });
});

describe('secrets stay out of logs', () => {
  it('never writes a secret value, whatever the outcome', async () => {
    secretValue = [TEST_SECRET, TEST_PREVIOUS_SECRET];
    const handler = makeHandler();
    const body = sampleBody();
    await handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    await handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, 'whsec_wrong') }));
    await handler(apiEvent('{', { 'x-webhook-signature': signPlain('{', TEST_SECRET) }));
    const all = lines.join('\n');
    expect(lines).toHaveLength(3); // one line per request
    for (const secret of [TEST_SECRET, TEST_PREVIOUS_SECRET]) expect(all).not.toContain(secret);
  });
});
