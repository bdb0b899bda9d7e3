// The spill path, with faults injected on the wire (a loopback proxy in front of the real SQS server
// and DynamoDB Local): when SQS does not confirm, ingest stores the request in the table and answers
// 200; the drainer moves it to the queue once SQS is back; the consumer applies each event once.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { consumerHandlerFromEnv } from '../../lambdas/consumer/from-env';
import { drainerFromEnv } from '../../lambdas/drainer/from-env';
import { readSpills } from '../../lambdas/drainer/spill-items';
import { ingestHandlerFromEnv } from '../../lambdas/ingest/from-env';
import { SPILL_CLIENT_SETTINGS } from '../../lambdas/ingest/spill-writer';
import { ENV } from '../../lambdas/shared/env';
import { sampleBody } from '../../lambdas/shared/sample-events';
import { signPlain } from '../../lambdas/shared/sign-webhook';
import { SQS_CLIENT_SETTINGS } from '../../lambdas/shared/sqs-enqueue';
import { startDrainLoop } from '../../local/drain-loop';
import { LOCAL_CREDENTIALS } from '../../local/dynamodb-local';
import { startPoller } from '../../local/sqs-poller';
import { apiEvent } from '../helpers/api-event';
import { outcomes } from '../helpers/consumer-harness';
import { freshStore } from '../helpers/dynamodb';
import { DYNAMODB_INTERNAL_ERROR, SQS_UNAVAILABLE, startFaultProxy } from '../helpers/fault-proxy';
import { TEST_SECRET } from '../helpers/samples';
import { startSqs } from '../helpers/sqs-server';
import { sleep, until } from '../helpers/until';

/** SQS refuses for at least this long: until every request sent at the rate below is answered. */
const OUTAGE_MS = 60_000;
const EVENTS_PER_SECOND = 20;
const region = 'us-east-1';
const credentials = LOCAL_CREDENTIALS;

let sqs: Awaited<ReturnType<typeof startSqs>>;
let sqsProxy: Awaited<ReturnType<typeof startFaultProxy>>;
let ddbProxy: Awaited<ReturnType<typeof startFaultProxy>>;
let env: Record<string, string>;
let tests = 0;
let dynamodb: DynamoDBClient;
let lines: string[] = [];
const write = (line: string) => lines.push(line);

beforeAll(async () => {
  sqs = await startSqs();
  sqsProxy = await startFaultProxy(sqs.endpoint);
  ddbProxy = await startFaultProxy(inject('dynamoEndpoint'));
  dynamodb = new DynamoDBClient({ endpoint: ddbProxy.endpoint, region, credentials });
});
// Each test its own table and queue.
beforeEach(async () => {
  const { tableName } = await freshStore(dynamodb);
  env = {
    [ENV.queueUrl]: await sqs.createQueue(`spill-${++tests}`),
    [ENV.tableName]: tableName,
    [ENV.eventBusName]: 'bus',
    [ENV.localSecret]: TEST_SECRET,
  };
});
afterAll(async () => {
  dynamodb.destroy();
  await Promise.all([sqsProxy.close(), ddbProxy.close()]);
  await sqs.close();
});

/** SQS and the spill table as ingest sees them: through the fault proxies, with ingest's budgets. */
const ingest = () =>
  ingestHandlerFromEnv(env, {
    sqs: new SQSClient({ ...SQS_CLIENT_SETTINGS, endpoint: sqsProxy.endpoint, region, credentials }),
    dynamodb: new DynamoDBClient({
      // Ingest's attempts, with room for DynamoDB Local on a busy two-core machine (AWS answers a
      // PutItem in milliseconds; the budget is not what this test is about).
      ...SPILL_CLIENT_SETTINGS,
      requestHandler: { ...SPILL_CLIENT_SETTINGS.requestHandler, requestTimeout: 10_000 },
      endpoint: ddbProxy.endpoint,
      region,
      credentials,
    }),
    write,
  });

/** The real consumer behind a poller like Lambda's event source mapping, on the test's queue. */
function consumeQueue() {
  const consumer = consumerHandlerFromEnv(env, {
    dynamodb,
    eventBridge: { send: async () => ({ FailedEntryCount: 0, Entries: [] }) } as never,
    write,
  });
  return startPoller({
    sqs: sqs.client,
    queueUrl: env[ENV.queueUrl] as string,
    queueArn: 'arn:aws:sqs:us-east-1:000000000000:spill',
    handler: consumer,
    batchSize: 10,
    visibilityTimeoutSeconds: 5,
    waitTimeSeconds: 1,
    timeoutMs: 30_000,
  });
}

const signed = (body: string) => apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) });

async function queueDepth(): Promise<number> {
  const out = await sqs.client.send(
    new GetQueueAttributesCommand({
      QueueUrl: env[ENV.queueUrl],
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(out.Attributes?.ApproximateNumberOfMessages) +
    Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible)
  );
}

describe('the spill path', () => {
  it(
    `SQS refusing for ${OUTAGE_MS / 1000} s while ${EVENTS_PER_SECOND} events/s arrive: every one 200, applied once after`,
    async () => {
      const handler = ingest();
      const poller = consumeQueue();
      const drainSqs = new SQSClient({ endpoint: sqsProxy.endpoint, region, credentials, maxAttempts: 1 });
      const drainLoop = startDrainLoop(drainerFromEnv(env, { dynamodb, sqs: drainSqs, write }), 1_000);
      try {
        lines = [];
        const removeOutage = sqsProxy.failAll(SQS_UNAVAILABLE);
        const statuses: Promise<number>[] = [];
        const started = Date.now();
        const total = (OUTAGE_MS / 1000) * EVENTS_PER_SECOND;
        for (let n = 0; n < total; n++) {
          const body = sampleBody('connection.created', `con_spill_${n}`);
          statuses.push(handler(signed(body)).then((r) => r.statusCode ?? 0));
          // Paced by the clock, not by the answers: Lava does not wait for us either.
          await sleep(Math.max(0, started + ((n + 1) * 1000) / EVENTS_PER_SECOND - Date.now()));
        }
        const answered = await Promise.all(statuses);
        removeOutage();
        expect(answered.filter((s) => s !== 200)).toEqual([]);
        expect(Date.now() - started).toBeGreaterThanOrEqual(OUTAGE_MS * 0.95);
        const sent = answered.length;
        expect(lines.filter((l) => l.includes('"Spilled":1'))).toHaveLength(sent); // SQS refused them all

        const applied = () => outcomes(lines).filter((o) => o === 'applied').length;
        await until(
          async () => (applied() >= sent && (await queueDepth()) === 0) || undefined,
          120_000,
          'all applied',
          200,
        );
        expect(applied()).toBe(sent); // each one once
        expect(await readSpills(dynamodb, env[ENV.tableName] as string, 10)).toEqual([]);
      } finally {
        await drainLoop.stop();
        await poller.stop();
        drainSqs.destroy();
      }
    },
    OUTAGE_MS + 180_000,
  );

  it('SQS and the table both refusing: 503, and nothing half-stored', async () => {
    const removeSqs = sqsProxy.failAll(SQS_UNAVAILABLE);
    const removeDdb = ddbProxy.add({
      match: (body) => body.includes('SPILL#'),
      respond: DYNAMODB_INTERNAL_ERROR,
      times: Number.POSITIVE_INFINITY,
    });
    try {
      lines = [];
      const res = await ingest()(signed(sampleBody('connection.created', 'con_both_down')));
      expect(res.statusCode).toBe(503);
      const line = JSON.parse(lines.at(-1) ?? '{}');
      expect(line).toMatchObject({
        EnqueueFailed: 1,
        sqsError: expect.anything(),
        spillError: expect.anything(),
      });
    } finally {
      removeSqs();
      removeDdb();
    }
    expect(await readSpills(dynamodb, env[ENV.tableName] as string, 10)).toEqual([]);
    expect(await queueDepth()).toBe(0);
  });

  it('a spill moved twice (its delete failed) is one delivery to the consumer', async () => {
    const removeSqs = sqsProxy.failAll(SQS_UNAVAILABLE);
    const res = await ingest()(signed(sampleBody('connection.created', 'con_twice')));
    removeSqs();
    expect(res.statusCode).toBe(200);
    const drain = drainerFromEnv(env, { dynamodb, sqs: sqs.client, write });
    const removeDelete = ddbProxy.add({
      match: (body) => body.includes('DeleteRequest'),
      respond: DYNAMODB_INTERNAL_ERROR,
      times: Number.POSITIVE_INFINITY,
    });
    expect(await drain()).toMatchObject({ moved: 1 }); // sent, but its delete failed: the item stays
    removeDelete();
    expect(await drain()).toMatchObject({ moved: 1 }); // sent again, deleted now
    expect(await queueDepth()).toBe(2);
    expect(await readSpills(dynamodb, env[ENV.tableName] as string, 10)).toEqual([]);

    lines = [];
    const poller = consumeQueue();
    try {
      await until(async () => outcomes(lines).length === 2 || undefined, 30_000, 'both processed', 200);
      expect(outcomes(lines).sort()).toEqual(['applied', 'redelivered']);
    } finally {
      await poller.stop();
    }
  });
});
