// Faults injected on the wire (a loopback proxy in front of the real local servers), seen by the
// real SDK clients with their real retry and timeout behaviour.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consumerHandlerFromEnv } from '../../lambdas/consumer/from-env';
import { dynamoDbStore } from '../../lambdas/core/dynamodb-store';
import { ingestHandlerFromEnv } from '../../lambdas/ingest/from-env';
import { ENV } from '../../lambdas/shared/env';
import { sampleBody } from '../../lambdas/shared/sample-events';
import { signPlain } from '../../lambdas/shared/sign-webhook';
import { SQS_CLIENT_SETTINGS } from '../../lambdas/shared/sqs-enqueue';
import { LOCAL_CREDENTIALS } from '../../local/dynamodb-local';
import { apiEvent } from '../helpers/api-event';
import { dynamoClient, freshTable } from '../helpers/dynamodb';
import { SQS_UNAVAILABLE, startFaultProxy, THROTTLED } from '../helpers/fault-proxy';
import { TEST_SECRET } from '../helpers/samples';
import { redelivered, sqsRecord } from '../helpers/sqs-record';
import { startSqs } from '../helpers/sqs-server';

const region = 'us-east-1';
const credentials = LOCAL_CREDENTIALS;
let sqs: Awaited<ReturnType<typeof startSqs>>;
let sqsProxy: Awaited<ReturnType<typeof startFaultProxy>>;
let ddbProxy: Awaited<ReturnType<typeof startFaultProxy>>;
let smProxy: Awaited<ReturnType<typeof startFaultProxy>>;
let queueUrl: string;
let lines: string[] = [];
const write = (line: string) => lines.push(line);

beforeAll(async () => {
  sqs = await startSqs();
  queueUrl = await sqs.createQueue('faults');
  sqsProxy = await startFaultProxy(sqs.endpoint);
  ddbProxy = await startFaultProxy(inject('dynamoEndpoint'));
  smProxy = await startFaultProxy('http://127.0.0.1:9'); // every Secrets Manager call here hangs
  smProxy.failAll('hang');
});
afterAll(async () => {
  await Promise.all([sqsProxy.close(), ddbProxy.close(), smProxy.close()]);
  await sqs.close();
});

function ingest(env: Record<string, string> = {}) {
  return ingestHandlerFromEnv(
    { [ENV.queueUrl]: queueUrl, [ENV.localSecret]: TEST_SECRET, ...env },
    {
      sqs: new SQSClient({ ...SQS_CLIENT_SETTINGS, endpoint: sqsProxy.endpoint, region, credentials }),
      secretsManager: new SecretsManagerClient({
        endpoint: smProxy.endpoint,
        region,
        credentials,
        maxAttempts: 2,
      }),
      write,
    },
  );
}

const signed = (body = sampleBody()) =>
  apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) });

async function queued(): Promise<string[]> {
  const out = await sqs.client.send(
    new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }),
  );
  return (out.Messages ?? []).map((m) => m.Body ?? '');
}

describe('ingest under faults', () => {
  it('rides out two SQS outages in a row within its retry budget, then answers 200', async () => {
    const remove = sqsProxy.failAll(SQS_UNAVAILABLE, 2);
    const body = sampleBody('connection.created', 'con_flaky_sqs');
    const res = await ingest()(signed(body));
    remove();
    expect(res.statusCode).toBe(200);
    expect(await queued()).toContain(body);
  });

  it('answers 503, never 200, when SQS keeps refusing, and logs what finds the event', async () => {
    lines = [];
    const remove = sqsProxy.failAll(SQS_UNAVAILABLE);
    const res = await ingest()(signed(sampleBody('connection.created', 'con_refused')));
    remove();
    expect(res.statusCode).toBe(503);
    const failure = lines.map((l) => JSON.parse(l)).find((d) => d.message?.startsWith('neither SQS'));
    expect(failure).toMatchObject({ connectionId: 'con_refused', eventType: 'connection.created' });
    expect(failure.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers 503 within the budget when SQS never answers', async () => {
    const remove = sqsProxy.failAll('hang');
    const started = Date.now();
    const res = await ingest()(signed());
    remove();
    expect(res.statusCode).toBe(503);
    expect(Date.now() - started).toBeLessThan(9_000); // Lava gives up at 10 s
  });

  it('answers 503 when Secrets Manager never answers', async () => {
    const res = await ingest({ [ENV.secretId]: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:lava' })(
      signed(),
    );
    expect(res.statusCode).toBe(503);
    expect(JSON.parse(res.body ?? '{}').error).toMatch(/secret/i);
  });
});

describe('consumer under faults', () => {
  let tableName: string;
  const ddb = () => new DynamoDBClient({ endpoint: ddbProxy.endpoint, region, credentials, maxAttempts: 3 });
  const consumer = (env: Record<string, string> = {}) =>
    consumerHandlerFromEnv(
      { [ENV.tableName]: tableName, [ENV.eventBusName]: 'bus', [ENV.localSecret]: TEST_SECRET, ...env },
      {
        dynamodb: ddb(),
        secretsManager: new SecretsManagerClient({
          endpoint: smProxy.endpoint,
          region,
          credentials,
          maxAttempts: 2,
        }),
        // EventBridge has no local server; domain events are covered in consumer.test.ts.
        eventBridge: { send: async () => ({ FailedEntryCount: 0, Entries: [] }) } as never,
        write,
      },
    );

  beforeAll(async () => {
    tableName = await freshTable(dynamoClient());
  });

  it('fails only the records DynamoDB keeps throttling; after retries each applies once', async () => {
    const records = [1, 2, 3, 4, 5].map((n) =>
      sqsRecord(sampleBody('connection.created', `con_throttle_${n}`)),
    );
    const remove = ddbProxy.add({
      match: (b) => b.includes('con_throttle_3'),
      respond: THROTTLED,
      times: Number.POSITIVE_INFINITY,
    });
    const first = await consumer()({ Records: records });
    remove();
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: records[2]?.messageId }]);

    // SQS redelivers the whole batch's failures; a redelivery of everything must not apply twice.
    const second = await consumer()({ Records: records.map((r) => redelivered(r)) });
    expect(second.batchItemFailures).toEqual([]);
    const store = dynamoDbStore(dynamoClient(), tableName, { eventTtlDays: 30 });
    for (let n = 1; n <= 5; n++) expect((await store.getConnection(`con_throttle_${n}`))?.version).toBe(1);
  });

  it('rides out short throttling bursts without failing anything', async () => {
    const records = [1, 2, 3].map((n) => sqsRecord(sampleBody('connection.created', `con_burst_${n}`)));
    const hitsBefore = ddbProxy.hits();
    const remove = ddbProxy.failAll(THROTTLED, 2);
    const res = await consumer()({ Records: records });
    remove();
    expect(ddbProxy.hits() - hitsBefore).toBe(2); // the throttles really reached the SDK
    expect(res.batchItemFailures).toEqual([]);
  });

  it('fails (for a later retry) every record when Secrets Manager never answers', async () => {
    const records = [sqsRecord(sampleBody('connection.created', 'con_sm_hang'))];
    const res = await consumer({
      [ENV.secretId]: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:lava',
    })({
      Records: records,
    });
    expect(res.batchItemFailures).toEqual([{ itemIdentifier: records[0]?.messageId }]);
  });
});
