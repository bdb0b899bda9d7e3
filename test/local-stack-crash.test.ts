// The consumer side killed with SIGKILL in the middle of its work and started again: every event
// that got a 200 ends applied, none twice. Real SQS server, DynamoDB Local, EventBridge sink; the
// consumer runs in a child process (local/consumer-worker.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dynamoDbArchive } from '../cli/archive-store';
import { dynamoDbStore } from '../lambdas/core/dynamodb-store';
import { contentIdOf } from '../lambdas/core/identity';
import { ingestHandlerFromEnv } from '../lambdas/ingest/from-env';
import { ENV } from '../lambdas/shared/env';
import { signTimestamped } from '../lambdas/shared/sign-webhook';
import { eventKey } from '../lambdas/shared/table-schema';
import { startAwsJsonServer } from '../local/aws-json-server';
import type { WorkerConfig } from '../local/consumer-worker';
import { DOMAIN_EVENTS_FILE, eventBridgeOperations } from '../local/eventbridge-sink';
import { localClientConfig } from '../local/local-clients';
import { createQueues, startSqsServer } from '../local/sqs-queues';
import { apiEvent } from './helpers/api-event';
import { dynamoClient, freshTable } from './helpers/dynamodb';

const SECRET = 'whsec_test_crash';
const stateDir = mkdtempSync(join(tmpdir(), 'lava-crash-'));
let sqsServer: Awaited<ReturnType<typeof startSqsServer>>;
let aws: Awaited<ReturnType<typeof startAwsJsonServer>>;
let config: WorkerConfig;
let sqs: SQSClient;
const children: ChildProcess[] = [];

beforeAll(async () => {
  sqsServer = await startSqsServer();
  sqs = new SQSClient(localClientConfig(sqsServer.endpoint));
  const queues = await createQueues(sqs, 2);
  aws = await startAwsJsonServer(eventBridgeOperations(join(stateDir, DOMAIN_EVENTS_FILE), 'bus'));
  config = {
    sqsEndpoint: sqsServer.endpoint,
    queueUrl: queues.queueUrl,
    queueArn: queues.queueArn,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: await freshTable(dynamoClient()),
    eventBridgeEndpoint: aws.endpoint,
    eventBusName: 'bus',
    secret: SECRET,
    visibilityTimeoutSeconds: 2,
  };
});
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  sqs.destroy();
  await aws.close();
  await sqsServer.close();
  rmSync(stateDir, { recursive: true, force: true });
});

/** Starts the worker; `processed()` counts the records it reported done. */
function startWorker() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/consumer-worker.ts'], {
    env: { ...process.env, LAVA_WORKER_CONFIG: JSON.stringify(config), NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let processed = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    processed += chunk.toString().split('"message":"processed"').length - 1;
  });
  return { child, processed: () => processed };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a consumer killed mid-batch', () => {
  it('leaves every 200-answered event applied exactly once after a restart', async () => {
    const ingest = ingestHandlerFromEnv(
      { [ENV.queueUrl]: config.queueUrl, [ENV.localSecret]: SECRET },
      { sqs: new SQSClient(localClientConfig(sqsServer.endpoint)), write: () => {} },
    );
    const now = Math.floor(Date.now() / 1000);
    const bodies: { body: string; t: number; connectionId: string }[] = [];
    for (let c = 0; c < 20; c++) {
      for (let i = 0; i < 10; i++) {
        const connectionId = `con_crash_${c}`;
        const event =
          i === 0
            ? 'connection.created'
            : i === 9 && c % 4 === 0
              ? 'connection.deleted'
              : 'connection.wallet.balance.updated';
        const data = {
          connection_id: connectionId,
          has_lava_credit_balance: i % 2 === 0,
          wallet: { balance: `${i}.00` },
        };
        bodies.push({ body: JSON.stringify({ event, data }), t: now - 100 + i, connectionId });
      }
    }
    const answers = await Promise.all(
      bodies.map((b) =>
        ingest(apiEvent(b.body, { 'x-lava-signature': signTimestamped(b.body, SECRET, b.t) })),
      ),
    );
    expect(answers.every((a) => a.statusCode === 200)).toBe(true);

    // First life: SIGKILL as soon as some records are done, while other batches are in flight.
    const first = startWorker();
    const deadline = Date.now() + 60_000;
    while (first.processed() < 40 && Date.now() < deadline) await sleep(5);
    expect(first.processed()).toBeGreaterThanOrEqual(40);
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const doneBeforeKill = first.processed();
    expect(doneBeforeKill).toBeLessThan(200);

    // Second life: picks up what was left, including the in-flight batches once they reappear.
    const second = startWorker();
    const store = dynamoDbStore(dynamoClient(), config.tableName, { eventTtlDays: 30 });
    const shas = bodies.map((b) => contentIdOf(Buffer.from(b.body), 'timestamped', String(b.t)));
    const settleBy = Date.now() + 90_000;
    let archived = await Promise.all(shas.map((s) => store.getEvent(s)));
    const pending = async () => {
      const attrs = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: config.queueUrl,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      return (
        Number(attrs.Attributes?.ApproximateNumberOfMessages) +
        Number(attrs.Attributes?.ApproximateNumberOfMessagesNotVisible)
      );
    };
    while ((archived.some((e) => !e?.published) || (await pending()) > 0) && Date.now() < settleBy) {
      await sleep(250);
      archived = await Promise.all(shas.map((s) => store.getEvent(s)));
    }
    second.child.kill('SIGTERM');

    expect(archived.filter((e) => !e)).toHaveLength(0);
    expect(archived.every((e) => e?.published)).toBe(true);
    expect(await pending()).toBe(0);
    for (let c = 0; c < 20; c++) {
      const id = `con_crash_${c}`;
      const stored = await store.getConnection(id);
      const applied = archived.filter((e) => e?.connectionId === id && e.outcome === 'applied').length;
      // Each delivery writes the connection at most once (applied, or only its arrival logged), in
      // the transaction that archives it: a version per applied event, at most one per other delivery.
      expect(applied).toBeGreaterThanOrEqual(1);
      expect(stored?.version).toBeGreaterThanOrEqual(applied);
      expect(stored?.version).toBeLessThanOrEqual(10);
      expect(stored?.state.values.walletBalance).toBe('9.00'); // the deletion carries the last wallet too
      expect(stored?.state.values.status).toBe(c % 4 === 0 ? 'deleted' : 'active');
    }
    // Every event is listed, once, whatever the kill interrupted (its batch's listing write included).
    const listed: string[] = [];
    const archive = dynamoDbArchive(dynamoClient(), config.tableName);
    for await (const page of archive.entries({ sinceMs: now * 1000 - 60_000, newestFirst: false }))
      listed.push(...page.map((e) => e.key));
    const eventKeys = shas.map(eventKey);
    expect(listed.filter((key) => eventKeys.includes(key)).sort()).toEqual([...eventKeys].sort());
    // Every connection's creation was announced at least once, whatever the kill interrupted.
    const published = readFileSync(join(stateDir, DOMAIN_EVENTS_FILE), 'utf8');
    for (let c = 0; c < 20; c++) expect(published).toContain(`"connectionId":"con_crash_${c}"`);
  }, 240_000);
});
