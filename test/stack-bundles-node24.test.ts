// The deployed bundles on the runtime they deploy to: all five functions are built exactly as the
// stack builds them (esbuildOptionsFor), then loaded and invoked by Node 24 in a fresh process each,
// against real loopback servers: ingest queues a signed webhook, the consumer applies what ingest
// queued; with SQS refusing, ingest loads its spill chunk (code splitting) and stores the request in
// the table, and the drainer moves it on to the queue; the reconciler reads Lava's key from Secrets
// Manager and a fake Lava's customers through Lava's SDK, and creates the one the table lacks; the
// forwarder signs with the bundled `standardwebhooks` (CommonJS in an ESM bundle) what an app verifies,
// and on a 410 loads its Lambda client chunk to disable its mapping (a loopback stand-in for Lambda).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateForwardSecret } from '../lambdas/forwarder/forward-secret';
import { ENV } from '../lambdas/shared/env';
import { sampleBody } from '../lambdas/shared/sample-events';
import { signPlain } from '../lambdas/shared/sign-webhook';
import { connectionKey, spillKey } from '../lambdas/shared/table-schema';
import { esbuildOptionsFor, LAMBDA_ENTRIES, type LambdaName, OUTPUT_FILE } from '../lib/bundling';
import { LOCAL_NAMES } from '../lib/definitions';
import { startAwsJsonServer } from '../local/aws-json-server';
import { createTable } from '../local/create-table';
import { LOCAL_CREDENTIALS } from '../local/dynamodb-local';
import { DOMAIN_EVENTS_FILE, eventBridgeOperations } from '../local/eventbridge-sink';
import { FORWARD_SECRET } from '../local/forward-secret';
import { localClientConfig } from '../local/local-clients';
import { LocalSecret, stored } from '../local/local-secret';
import { secretsManagerOperations } from '../local/secrets-manager-service';
import { toSqsRecord } from '../local/sqs-event';
import { apiEvent } from './helpers/api-event';
import { customer, type FakeLava, startFakeLava } from './helpers/fake-lava';
import { LAMBDA_NODE_VERSION, lambdaNode } from './helpers/lambda-node';
import { TEST_SECRET } from './helpers/samples';
import { startSqs } from './helpers/sqs-server';
import { startReceiver } from './helpers/webhook-receiver';

const dir = mkdtempSync(join(tmpdir(), 'lava-bundles-'));
const FORWARD_TEST_SECRET = generateForwardSecret();
const BUS = 'bundle-test-bus';
let node: string;
let sqs: Awaited<ReturnType<typeof startSqs>>;
let aws: Awaited<ReturnType<typeof startAwsJsonServer>>;
let lava: FakeLava;

/** Runs a bundle's handler once on Node 24, with the environment Lambda would give it. */
async function invoke(name: LambdaName, event: unknown, env: Record<string, string>, retry = '') {
  const bundle = pathToFileURL(join(dir, name, OUTPUT_FILE)).href;
  const { stdout } = await promisify(execFile)(
    node,
    ['test/helpers/invoke-bundle.mjs', bundle, JSON.stringify(event), retry],
    {
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
        AWS_ENDPOINT_URL_SECRETS_MANAGER: aws.endpoint,
        [ENV.secretId]: LOCAL_NAMES.secret, // what the loopback Secrets Manager serves
        ...env,
      },
    },
  );
  const lines = stdout.trim().split('\n');
  const { node: version, results } = JSON.parse(lines.at(-1) as string);
  const result = (results as Record<string, unknown>[]).at(-1);
  return { node: version as string, result, results, logs: lines.slice(0, -1) };
}

/** Runs a scheduled function's bundle once (an empty event) on Node 24; its result, checked to be Node 24's. */
async function runScheduled(name: 'drainer' | 'reconciler', env: Record<string, string>) {
  const run = await invoke(name, {}, env);
  expect(run.node, run.logs.join('\n')).toBe(`v${LAMBDA_NODE_VERSION}`);
  return { result: run.result, logs: run.logs.join('\n') };
}

/** A fresh table on DynamoDB Local for `run`, with a client and the endpoint the bundles are given. */
async function withTable(name: string, run: (ddb: DynamoDBClient, endpoint: string) => Promise<void>) {
  const endpoint = inject('dynamoEndpoint');
  const ddb = new DynamoDBClient(localClientConfig(endpoint));
  try {
    await createTable(ddb, name);
    await run(ddb, endpoint);
  } finally {
    ddb.destroy();
  }
}

beforeAll(async () => {
  const names = Object.keys(LAMBDA_ENTRIES) as LambdaName[];
  [node] = await Promise.all([
    lambdaNode(),
    ...names.map((name) => build(esbuildOptionsFor(name, join(dir, name)))),
  ]);
  sqs = await startSqs();
  lava = await startFakeLava();
  const secret = new LocalSecret(dir, { secretString: TEST_SECRET, versionId: 'v1', createdDate: 0 });
  aws = await startAwsJsonServer({
    ...secretsManagerOperations(
      secret,
      lava.secretKey,
      new LocalSecret(dir, stored(FORWARD_TEST_SECRET), FORWARD_SECRET),
    ),
    ...eventBridgeOperations(join(dir, DOMAIN_EVENTS_FILE), BUS),
  });
}, 360_000);

afterAll(async () => {
  await sqs?.close();
  await aws?.close();
  await lava?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`the deployed bundles on Node ${LAMBDA_NODE_VERSION}`, () => {
  it('ingest queues a signed webhook; the consumer applies it and publishes', async () => {
    const queueUrl = await sqs.createQueue('bundle-test');
    const body = sampleBody('connection.created', 'con_node24');
    const request = apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) });
    const ingest = await invoke(
      'ingest',
      request,
      {
        AWS_ENDPOINT_URL_SQS: sqs.endpoint,
        [ENV.queueUrl]: queueUrl,
      },
      'retry-503',
    );
    expect(ingest, ingest.logs.join('\n')).toMatchObject({
      node: `v${LAMBDA_NODE_VERSION}`,
      result: { statusCode: 200 },
    });
    // A first 503 is only allowed for a secret fetch that outlived its bound on a busy machine.
    if (ingest.results.length > 1) expect(ingest.logs[0]).toContain('signing secret unavailable');

    const received = await sqs.client.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        MessageAttributeNames: ['All'],
        AttributeNames: ['All'],
      }),
    );
    expect(received.Messages).toHaveLength(1);

    const dynamoEndpoint = inject('dynamoEndpoint');
    const ddb = new DynamoDBClient(localClientConfig(dynamoEndpoint));
    try {
      await createTable(ddb, 'bundle-test');
      const records = (received.Messages ?? []).map((m) =>
        toSqsRecord(m, 'arn:aws:sqs:us-east-1:0:bundle-test'),
      );
      const consumer = await invoke(
        'consumer',
        { Records: records },
        {
          AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
          AWS_ENDPOINT_URL_EVENTBRIDGE: aws.endpoint,
          [ENV.tableName]: 'bundle-test',
          [ENV.eventBusName]: BUS,
        },
      );
      expect(consumer, consumer.logs.join('\n')).toMatchObject({
        node: `v${LAMBDA_NODE_VERSION}`,
        result: { batchItemFailures: [] },
      });
      const item = await ddb.send(
        new GetItemCommand({ TableName: 'bundle-test', Key: { pk: { S: connectionKey('con_node24') } } }),
      );
      expect(item.Item?.status?.S).toBe('active');
      const published = readFileSync(join(dir, DOMAIN_EVENTS_FILE), 'utf8');
      expect(published).toContain('"detailType":"ConnectionCreated"');
    } finally {
      ddb.destroy();
    }
  }, 120_000);

  it('ingest with SQS refusing loads its spill chunk and stores the request; the drainer moves it on', async () => {
    await withTable('bundle-spill', async (ddb, dynamoEndpoint) => {
      const body = sampleBody('connection.created', 'con_node24_spill');
      const request = apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) });
      const ingest = await invoke(
        'ingest',
        request,
        {
          // Nothing listens on port 9 of loopback: every SendMessage is refused at once.
          AWS_ENDPOINT_URL_SQS: 'http://127.0.0.1:9',
          [ENV.queueUrl]: 'http://127.0.0.1:9/000000000000/bundle-spill',
          AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
          [ENV.tableName]: 'bundle-spill',
        },
        'retry-503',
      );
      expect(ingest.result, ingest.logs.join('\n')).toMatchObject({ statusCode: 200 });
      expect(ingest.logs.join('\n')).toContain('stored in the spill table');
      const item = await ddb.send(
        new GetItemCommand({
          TableName: 'bundle-spill',
          Key: { pk: { S: spillKey(request.requestContext.requestId) } },
        }),
      );
      expect(item.Item?.messageBody?.S).toBeDefined();

      const queueUrl = await sqs.createQueue('bundle-drain');
      const drainer = await runScheduled('drainer', {
        AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
        AWS_ENDPOINT_URL_SQS: sqs.endpoint,
        [ENV.tableName]: 'bundle-spill',
        [ENV.queueUrl]: queueUrl,
      });
      expect(drainer.result, drainer.logs).toEqual({ moved: 1, failed: 0 });
      const moved = await sqs.client.send(new ReceiveMessageCommand({ QueueUrl: queueUrl }));
      expect(moved.Messages?.map((m) => m.Body)).toEqual([
        sampleBody('connection.created', 'con_node24_spill'),
      ]);
    });
  }, 120_000);

  it("the reconciler reads Lava's key and customers and creates the connection the table lacks", async () => {
    await withTable('bundle-reconcile', async (ddb, dynamoEndpoint) => {
      lava.addCustomer(customer('con_test_node24_reconciled'));
      const reconciler = await runScheduled('reconciler', {
        AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
        AWS_ENDPOINT_URL_EVENTBRIDGE: aws.endpoint,
        [ENV.tableName]: 'bundle-reconcile',
        [ENV.eventBusName]: BUS,
        [ENV.lavaKeySecretId]: LOCAL_NAMES.lavaKeySecret,
        [ENV.lavaApiBaseUrl]: lava.baseUrl,
      });
      expect(reconciler.result, reconciler.logs).toMatchObject({ status: 'done', repaired: 1 });
      const item = await ddb.send(
        new GetItemCommand({
          TableName: 'bundle-reconcile',
          Key: { pk: { S: connectionKey('con_test_node24_reconciled') } },
        }),
      );
      expect(item.Item?.status?.S).toBe('active');
    });
  }, 120_000);

  it('the forwarder delivers what the app verifies with standardwebhooks, and a 410 disables its mapping', async () => {
    const app = await startReceiver(FORWARD_TEST_SECRET);
    const lambdaCalls: string[] = [];
    // Lambda has no local server: a stand-in for the two calls the switch makes.
    const lambda = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        lambdaCalls.push(`${req.method} ${req.url} ${Buffer.concat(chunks).toString()}`.trim());
        const list = req.method === 'GET';
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            list
              ? { EventSourceMappings: [{ UUID: 'mapping-1' }] }
              : { UUID: 'mapping-1', State: 'Disabling' },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => lambda.listen(0, '127.0.0.1', resolve));
    try {
      const queueUrl = await sqs.createQueue('bundle-forward');
      const dlqUrl = await sqs.createQueue('bundle-forward-dlq');
      const queueArn = 'arn:aws:sqs:us-east-1:0:bundle-forward';
      const record = (sourceEventId: string) =>
        toSqsRecord(
          {
            MessageId: sourceEventId,
            ReceiptHandle: sourceEventId,
            Body: JSON.stringify({
              id: `eb-${sourceEventId}`,
              'detail-type': 'ConnectionCreated',
              source: 'lava-webhooks',
              time: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
              detail: { connectionId: 'con_node24_forward', sourceEventId },
            }),
          },
          queueArn,
        );
      const env = {
        AWS_ENDPOINT_URL_SQS: sqs.endpoint,
        AWS_ENDPOINT_URL_LAMBDA: `http://127.0.0.1:${(lambda.address() as AddressInfo).port}`,
        AWS_LAMBDA_FUNCTION_NAME: 'forwarder-fn',
        [ENV.forwardUrl]: app.url,
        [ENV.forwardSecretId]: LOCAL_NAMES.forwardSecret,
        [ENV.forwardQueueUrl]: queueUrl,
        [ENV.forwardQueueArn]: queueArn,
        [ENV.forwardDlqUrl]: dlqUrl,
      };
      const delivered = await invoke('forwarder', { Records: [record('ev-1')] }, env, 'retry-error');
      expect(delivered, delivered.logs.join('\n')).toMatchObject({
        node: `v${LAMBDA_NODE_VERSION}`,
        result: { batchItemFailures: [] },
      });
      expect(app.delivered()[0]?.payload).toMatchObject({
        type: 'ConnectionCreated',
        data: { sourceEventId: 'ev-1' },
      });

      app.script(() => 410);
      const gone = await invoke('forwarder', { Records: [record('ev-2')] }, env, 'retry-error');
      expect(gone.result, gone.logs.join('\n')).toEqual({ batchItemFailures: [{ itemIdentifier: 'ev-2' }] });
      expect(lambdaCalls).toEqual([
        `GET /2015-03-31/event-source-mappings?EventSourceArn=${encodeURIComponent(queueArn)}&FunctionName=forwarder-fn`,
        'PUT /2015-03-31/event-source-mappings/mapping-1 {"Enabled":false}',
      ]);
    } finally {
      lambda.close();
      await app.close();
    }
  }, 120_000);
});
