// Hostile input against the real ingest handler and the real SQS server: at least 10,000 forged
// requests, none accepted or enqueued, and 10,000 malformed but signed ones, each stored byte for
// byte (the consumer archives what it cannot apply). None gets a 5xx, no exception escapes, and no
// secret appears in any log line.
import { DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestHandler, MAX_BODY_BYTES } from '../../lambdas/ingest/ingest';
import { fromSqsRecord, type QueuedWebhook, toSendMessageInput } from '../../lambdas/shared/queue-message';
import { SecretCache } from '../../lambdas/shared/secret-cache';
import { signPlain, signTimestamped } from '../../lambdas/shared/sign-webhook';
import { sqsEnqueuer } from '../../lambdas/shared/sqs-enqueue';
import { looksTimestampSigned } from '../../lambdas/shared/verify-signature';
import { toSqsRecord } from '../../local/sqs-event';
import { apiEvent } from '../helpers/api-event';
import { TEST_PREVIOUS_SECRET, TEST_SECRET } from '../helpers/samples';
import { startSqs } from '../helpers/sqs-server';

const SECRETS = [TEST_SECRET, TEST_PREVIOUS_SECRET];
const NOW = Date.parse('2026-11-27T12:00:00Z');
const NOW_S = NOW / 1000;
const RUNS = 10_000;
/** The queue's ARN in the records built here; nothing reads it. */
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:malformed';
// Generous: the property runs are CPU-bound and CI's two cores run two test files at once.
const SLOW = 180_000;

let sqs: Awaited<ReturnType<typeof startSqs>>;
let queueUrl: string;
const lines: string[] = [];
let enqueued = 0;
let handler: ReturnType<typeof createIngestHandler>;

beforeAll(async () => {
  sqs = await startSqs();
  queueUrl = await sqs.createQueue('hostile');
  const write = (line: string) => lines.push(line);
  const send = sqsEnqueuer(sqs.client, queueUrl);
  handler = createIngestHandler({
    secrets: new SecretCache(async () => SECRETS, {
      ttlMs: 3_600_000,
      refreshAfterMissMs: 3_600_000,
      maxStaleMs: 0,
    }),
    enqueue: async (m: QueuedWebhook) => {
      enqueued++;
      await send(m);
    },
    write,
    namespace: 'Test',
    toleranceSeconds: 300,
    now: () => NOW,
  });
});

afterAll(async () => {
  const attrs = await sqs.client.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
  );
  expect(attrs.Attributes?.ApproximateNumberOfMessages).toBe('0');
  const all = lines.join('\n');
  for (const secret of SECRETS) expect(all).not.toContain(secret);
  await sqs.close();
});

const envelopeArb = fc.record({
  event: fc.constantFrom(
    'connection.created',
    'customer.wallet.balance.updated',
    'connection.deleted',
    'x.y',
  ),
  data: fc.record({ connection_id: fc.string({ minLength: 1, maxLength: 40 }), n: fc.integer() }),
});
const bodyArb = fc.oneof(
  envelopeArb.map((e) => JSON.stringify(e)),
  fc.string({ maxLength: 300 }),
);
const otherSecretArb = fc.string({ maxLength: 40 }).filter((s) => !SECRETS.includes(s));
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

/** Ways to get a signature wrong, each given the body it goes with. */
const forgeryArb = fc.oneof(
  fc.constant(() => ({})),
  otherSecretArb.map((s) => (b: string) => ({ 'x-webhook-signature': signPlain(b, s) })),
  fc.constant((b: string) => ({ 'x-webhook-signature': signPlain(b, '') })),
  fc
    .nat({ max: 63 })
    .map((n) => (b: string) => ({ 'x-webhook-signature': signPlain(b, TEST_SECRET).slice(0, n) })),
  fc
    .string({ minLength: 1, maxLength: 8 })
    // Surrounding white space is not part of an HTTP header value, so it is not a forgery.
    .filter((pad) => pad.trim() !== '')
    .map((pad) => (b: string) => ({ 'x-webhook-signature': signPlain(b, TEST_SECRET) + pad })),
  otherSecretArb.map((s) => (b: string) => ({ 'x-webhook-signature': signPlain(b, s).toUpperCase() })),
  fc.constant((b: string) => ({
    'x-webhook-signature': `${signPlain(b, TEST_SECRET)},${signPlain(b, TEST_SECRET)}`,
  })),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => () => ({ 'x-webhook-signature': 'a'.repeat(n) })),
  hex64.map((h) => () => ({ 'x-webhook-signature': h })),
  fc
    .integer({ min: 301, max: 10_000_000 })
    .map((age) => (b: string) => ({ 'x-lava-signature': signTimestamped(b, TEST_SECRET, NOW_S - age) })),
  fc
    .integer({ min: 301, max: 10_000_000 })
    .map((ahead) => (b: string) => ({ 'x-lava-signature': signTimestamped(b, TEST_SECRET, NOW_S + ahead) })),
  otherSecretArb.map((s) => (b: string) => ({ 'x-lava-signature': signTimestamped(b, s, NOW_S) })),
  // Schemes mixed: a plain digest in the timestamped header, a timestamped digest in the plain one.
  fc.constant((b: string) => ({ 'x-lava-signature': `t=${NOW_S},v1=${signPlain(b, TEST_SECRET)}` })),
  fc.constant((b: string) => ({
    'x-webhook-signature': signTimestamped(b, TEST_SECRET, NOW_S).split('v1=')[1] as string,
  })),
  // A valid plain signature does not rescue a bad timestamped header: the timestamped one decides.
  fc.constant((b: string) => ({
    'x-webhook-signature': signPlain(b, TEST_SECRET),
    'x-lava-signature': signTimestamped(b, TEST_SECRET, NOW_S - 3600),
  })),
  fc.string({ maxLength: 200 }).map((junk) => () => ({ 'x-lava-signature': junk })),
  // Signed over another body.
  fc
    .string({ minLength: 1, maxLength: 5 })
    .map((extra) => (b: string) => ({ 'x-webhook-signature': signPlain(b + extra, TEST_SECRET) })),
);

function expectRefused(res: APIGatewayProxyStructuredResultV2, allowed: number[]) {
  expect(allowed).toContain(res.statusCode);
  const parsed = JSON.parse(res.body ?? '{}');
  expect(typeof parsed.error).toBe('string');
}

describe('forgery', () => {
  it(
    `refuses ${RUNS} forged requests with 401 and enqueues none`,
    async () => {
      let tried = 0;
      await fc.assert(
        fc.asyncProperty(bodyArb, forgeryArb, fc.boolean(), async (body, forge, base64) => {
          tried++;
          const res = await handler(apiEvent(body, forge(body), { base64, timeEpoch: NOW }));
          expectRefused(res, [401]);
        }),
        { numRuns: RUNS },
      );
      expect(tried).toBe(RUNS);
      expect(enqueued).toBe(0);
    },
    SLOW,
  );
});

const deepArb = fc.integer({ min: 1_000, max: 200_000 }).map((n) => '['.repeat(n) + ']'.repeat(n));
const notAnEnvelopeArb = fc.oneof(
  fc.string({ maxLength: 200 }), // mostly broken JSON
  fc.json({ maxDepth: 4 }).filter((text) => {
    const v = JSON.parse(text);
    return !(
      v &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      typeof v.event === 'string' &&
      v.event !== '' &&
      v.data &&
      typeof v.data === 'object' &&
      !Array.isArray(v.data)
    );
  }),
  fc
    .record({
      event: fc.oneof(fc.integer(), fc.constant(''), fc.constant(null), fc.boolean()),
      data: fc.object(),
    })
    .map((v) => JSON.stringify(v)),
  fc
    .record({
      event: fc.string({ minLength: 1 }),
      data: fc.oneof(fc.array(fc.integer()), fc.string(), fc.constant(null), fc.integer()),
    })
    .map((v) => JSON.stringify(v)),
  deepArb,
  fc.integer({ min: 10_000, max: MAX_BODY_BYTES - 100 }).map((n) => `{"event":"${'e'.repeat(n)}`),
);
const nonUtf8Arb = fc
  .uint8Array({ minLength: 1, maxLength: 200 })
  .map((a) =>
    Buffer.concat([
      Buffer.from('{"event":"x","data":{"v":"'),
      Buffer.from(a),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}}'),
    ]),
  );

describe('malformed input', () => {
  /** An ingest handler whose enqueue is `send`; it remembers the last body it was given. */
  function storingHandler(send: (m: QueuedWebhook) => Promise<void>) {
    const last: { raw?: Buffer | undefined; deliveryId?: string | undefined } = {};
    const handle = createIngestHandler({
      secrets: new SecretCache(async () => SECRETS, {
        ttlMs: 3_600_000,
        refreshAfterMissMs: 0,
        maxStaleMs: 0,
      }),
      enqueue: async (m: QueuedWebhook) => {
        await send(m);
        last.raw = m.raw;
        last.deliveryId = m.deliveryId;
      },
      write: (line) => lines.push(line),
      namespace: 'Test',
      toleranceSeconds: 300,
      now: () => NOW,
    });
    return { handle, last };
  }
  const malformedArb = fc.tuple(
    fc.oneof(
      notAnEnvelopeArb.map((s) => Buffer.from(s, 'utf8')),
      nonUtf8Arb,
    ),
    fc.boolean(),
  );
  const signedRequest = (raw: Buffer, tsScheme: boolean) =>
    apiEvent(
      raw,
      tsScheme
        ? { 'x-lava-signature': signTimestamped(raw, TEST_SECRET, NOW_S) }
        : { 'x-webhook-signature': signPlain(raw, TEST_SECRET) },
      { base64: true, timeEpoch: NOW },
    );

  it(
    `stores ${RUNS} malformed but signed bodies as they came (the SQS message decodes to the same bytes)`,
    async () => {
      // The message as SQS would carry it, read back as the consumer reads it: the wire format is pure.
      const wire = { raw: undefined as Buffer | undefined };
      const { handle, last } = storingHandler(async (m) => {
        const input = toSendMessageInput('q', m);
        const message = { Body: input.MessageBody, MessageAttributes: input.MessageAttributes };
        const back = fromSqsRecord(toSqsRecord(message, QUEUE_ARN));
        wire.raw = typeof back === 'string' ? undefined : back.raw;
      });
      await fc.assert(
        fc.asyncProperty(malformedArb, async ([raw, tsScheme]) => {
          last.raw = undefined;
          const res = await handle(signedRequest(raw, tsScheme));
          // Over the limit is 413 before any signature work; a plain signature over the bytes a
          // timestamped request signs (`<digits>.<rest>`) is 401; everything else is stored as it came.
          const tooLarge = raw.length > MAX_BODY_BYTES;
          const crossScheme = !tsScheme && looksTimestampSigned(raw);
          expect(res.statusCode).toBe(tooLarge ? 413 : crossScheme ? 401 : 200);
          if (!tooLarge && !crossScheme)
            expect(wire.raw?.equals(raw) && (last.raw as Buffer | undefined)?.equals(raw)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'stores malformed signed bodies in the real SQS server, byte for byte after the round trip',
    async () => {
      const queue = await sqs.createQueue('malformed');
      const { handle, last } = storingHandler(sqsEnqueuer(sqs.client, queue));
      await fc.assert(
        fc.asyncProperty(malformedArb, async ([raw, tsScheme]) => {
          fc.pre(raw.length <= MAX_BODY_BYTES && (tsScheme || !looksTimestampSigned(raw)));
          expect((await handle(signedRequest(raw, tsScheme))).statusCode).toBe(200);
          // A long poll: a short poll may come back empty while the message is there (SQS samples
          // some of its servers; the local server looks for 40 ms), and a check that then reads the
          // next run's message would compare every later body with the one before it.
          const out = await sqs.client.send(
            new ReceiveMessageCommand({
              QueueUrl: queue,
              MessageAttributeNames: ['All'],
              MaxNumberOfMessages: 1,
              WaitTimeSeconds: 5,
            }),
          );
          const message = out.Messages?.[0];
          const back = fromSqsRecord(toSqsRecord(message ?? {}, QUEUE_ARN));
          // This request's message, not one left over from an earlier run.
          expect(typeof back === 'string' ? back : back.deliveryId).toBe(last.deliveryId);
          expect(typeof back !== 'string' && back.raw.equals(raw)).toBe(true);
          await sqs.client.send(
            new DeleteMessageCommand({ QueueUrl: queue, ReceiptHandle: message?.ReceiptHandle }),
          );
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  it(
    'refuses bodies whose base64 flag lies, and oversized bodies, without a 5xx',
    async () => {
      const before = enqueued;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            // Signed plain text, flagged as base64: the decoded bytes are not what was signed.
            envelopeArb.map((e) => {
              const text = JSON.stringify(e);
              return { body: text, base64: true, sig: signPlain(text, TEST_SECRET) };
            }),
            // Signed bytes, base64-encoded, flagged as plain text.
            envelopeArb.map((e) => {
              const text = JSON.stringify(e);
              return {
                body: Buffer.from(text).toString('base64'),
                base64: false,
                sig: signPlain(text, TEST_SECRET),
              };
            }),
            // Not base64 at all.
            fc
              .string({ minLength: 1, maxLength: 100 })
              .map((s) => ({ body: `%%${s}%%`, base64: true, sig: signPlain(s, TEST_SECRET) })),
            fc.integer({ min: MAX_BODY_BYTES + 1, max: MAX_BODY_BYTES * 3 }).map((n) => ({
              body: 'x'.repeat(n),
              base64: false,
              sig: 'f'.repeat(64),
            })),
          ),
          async ({ body, base64, sig }) => {
            const event = apiEvent('', { 'x-webhook-signature': sig }, { timeEpoch: NOW });
            event.body = body;
            event.isBase64Encoded = base64;
            const res = await handler(event);
            expectRefused(res, [401, 413]);
          },
        ),
        { numRuns: 2_000 },
      );
      expect(enqueued).toBe(before);
    },
    SLOW,
  );
});
