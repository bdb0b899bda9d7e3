// The drainer against an SQS that enforces SQS's limits (the local SQS server: ten messages and 1 MiB
// a batch, counted in bytes) and DynamoDB Local: large spills are batched by size, and whatever SQS
// refuses (a message, a whole batch, a whole page of them) stays in the table without holding back
// the spills behind it.
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainSpills, sendBatches } from '../lambdas/drainer/drain';
import { readSpills, type SpilledMessage } from '../lambdas/drainer/spill-items';
import { createLogger } from '../lambdas/shared/log';
import { Metrics } from '../lambdas/shared/metrics';
import { type QueuedWebhook, SQS_BATCH, sqsMessageBytes } from '../lambdas/shared/queue-message';
import { spillItem, spillWriter } from '../lambdas/shared/spill-store';
import { QUEUE } from '../lib/definitions';
import { localClientConfig } from '../local/local-clients';
import { dynamoClient, freshTable } from './helpers/dynamodb';
import { SQS_UNAVAILABLE, startFaultProxy } from './helpers/fault-proxy';
import { startSqs } from './helpers/sqs-server';

const dynamodb = dynamoClient();
let sqs: Awaited<ReturnType<typeof startSqs>>;
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
let lines: string[] = [];
const write = (line: string) => lines.push(line);

beforeAll(async () => {
  sqs = await startSqs();
  proxy = await startFaultProxy(sqs.endpoint);
});
afterAll(async () => {
  await proxy.close();
  await sqs.close();
});

const KiB = 1024;
let sequence = 0;
/** A spilled request whose body is `bytes` long, received after the ones made before it. */
function spilled(connectionId: string, bytes = 200): QueuedWebhook {
  const envelope = { event: 'connection.created', data: { connection_id: connectionId, pad: '' } };
  envelope.data.pad = 'x'.repeat(Math.max(0, bytes - JSON.stringify(envelope).length));
  const n = sequence++;
  return {
    raw: Buffer.from(JSON.stringify(envelope)),
    plainSignature: 'f'.repeat(64),
    receivedAt: Date.parse('2026-12-01T10:00:00Z') + n * 1000,
    deliveryId: `delivery-${String(n).padStart(4, '0')}`,
    sha256: 'e'.repeat(64),
    eventType: 'connection.created',
  };
}

async function setUp(spills: QueuedWebhook[]) {
  const tableName = await freshTable(dynamodb);
  const queueUrl = await sqs.createQueue(`drain-${sequence}`, {
    MaximumMessageSize: String(QUEUE.maxMessageSizeBytes),
  });
  const put = spillWriter(dynamodb, tableName);
  for (const s of spills) await put(s);
  return { tableName, queueUrl };
}

function drain(tableName: string, queueUrl: string, client: SQSClient, pageSize?: number) {
  lines = [];
  return drainSpills({
    dynamodb,
    sqs: client,
    tableName,
    queueUrl,
    log: createLogger({ write }),
    metrics: new Metrics('test', { Service: 'drainer' }, write),
    pageSize,
  });
}

/** Every message in the queue (none is received twice: the visibility timeout outlasts the test). */
async function queuedConnections(queueUrl: string): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const out = await sqs.client.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 300 }),
    );
    if (!out.Messages?.length) return ids.sort();
    for (const m of out.Messages) ids.push(JSON.parse(m.Body ?? '{}').data.connection_id);
  }
}

const spillsLeft = async (tableName: string) =>
  (await readSpills(dynamodb, tableName, 100)).map((s) => JSON.parse(s.messageBody).data.connection_id);

describe('the drainer, against SQS limits', () => {
  it('moves six 200 KiB spills and the small ones behind them, in batches of at most 1 MiB', async () => {
    const large = Array.from({ length: 6 }, (_, i) => spilled(`con_large_${i}`, 200 * KiB));
    const small = Array.from({ length: 4 }, (_, i) => spilled(`con_small_${i}`));
    const { tableName, queueUrl } = await setUp([...large, ...small]);

    expect(await drain(tableName, queueUrl, sqs.client)).toEqual({ moved: 10, failed: 0 });
    expect(await queuedConnections(queueUrl)).toEqual(
      [...large, ...small].map((s) => JSON.parse(s.raw.toString()).data.connection_id).sort(),
    );
    expect(await spillsLeft(tableName)).toEqual([]);
  });

  it('keeps what SQS refuses, and moves the rest of that batch and the pages behind it', async () => {
    const refusedBatch = [spilled('con_poison_0'), spilled('con_poison_1')];
    const refusedMessage = spilled('con_bad_char');
    const good = [spilled('con_good_0'), spilled('con_good_1'), spilled('con_good_2')];
    const { tableName, queueUrl } = await setUp([...refusedBatch, refusedMessage, ...good]);
    // A message SQS refuses for a character (ingest would have sent its body in base64).
    const item = spillItem(refusedMessage);
    item.messageBody = { S: item.messageBody?.S?.replace('"pad":"', '"pad":"\uFFFE') ?? '' };
    await dynamodb.send(new PutItemCommand({ TableName: tableName, Item: item }));
    // A whole batch call failing: the first page (two spills a page) is nothing but that batch.
    const remove = proxy.add({
      match: (body) => body.includes('con_poison_'),
      respond: SQS_UNAVAILABLE,
      times: Number.POSITIVE_INFINITY,
    });
    const client = new SQSClient({ ...localClientConfig(proxy.endpoint), maxAttempts: 1 });
    try {
      expect(await drain(tableName, queueUrl, client, 2)).toEqual({ moved: 3, failed: 3 });
    } finally {
      remove();
      client.destroy();
    }
    expect(await queuedConnections(queueUrl)).toEqual(['con_good_0', 'con_good_1', 'con_good_2']);
    expect((await spillsLeft(tableName)).sort()).toEqual(['con_bad_char', 'con_poison_0', 'con_poison_1']);
    expect(lines.join('\n')).toContain('InvalidMessageContents');
  });
});

describe('sendBatches', () => {
  const message = (bytes: number): SpilledMessage => ({
    key: `k${bytes}`,
    messageBody: 'x'.repeat(bytes),
    messageAttributes: {},
  });
  const sizes = (batches: SpilledMessage[][]) => batches.map((b) => b.map((s) => s.messageBody.length));

  it('puts at most ten messages in a batch', () => {
    expect(sizes(sendBatches(Array.from({ length: 12 }, () => message(10))))).toEqual([
      Array(10).fill(10),
      [10, 10],
    ]);
  });

  it('fills a batch up to exactly 1 MiB as SQS counts it, attributes included, and no further', () => {
    const half = SQS_BATCH.maxBytes / 2;
    expect(sizes(sendBatches([message(half), message(half), message(1)]))).toEqual([[half, half], [1]]);
    const withAttribute: SpilledMessage = {
      key: 'a',
      messageBody: 'x'.repeat(half),
      messageAttributes: { a: { DataType: 'String', StringValue: 'v' } },
    };
    expect(
      sqsMessageBytes({
        MessageBody: withAttribute.messageBody,
        MessageAttributes: withAttribute.messageAttributes,
      }),
    ).toBe(half + 8);
    expect(sendBatches([withAttribute, message(half)]).map((b) => b.length)).toEqual([1, 1]);
  });

  it('sends a message too large to share a batch alone, between the others', () => {
    const big = SQS_BATCH.maxBytes + 1;
    expect(sizes(sendBatches([message(1), message(big), message(2)]))).toEqual([[1], [big], [2]]);
  });
});
