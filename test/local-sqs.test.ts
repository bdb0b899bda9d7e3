// The local SQS server. Its journal: what it accepted is on disk before it answers, and a server
// started on the same file (as after a crash) holds the same messages in the same queues with their
// receive counts; the file is read by a second server while the first still runs, which is what a
// SIGKILL leaves, since every change is written before it is applied. And a visibility change is not
// counted as a receive (local-aws-sqs alone counts it). And it refuses, as SQS does, a message whose
// body or String attribute value holds a character outside SQS's set, a message larger than the
// queue's MaximumMessageSize and a batch larger than 1 MiB, both counted in UTF-8 bytes.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import { SQS_BATCH } from '../lambdas/shared/queue-message';
import { QUEUE } from '../lib/definitions';
import { localClientConfig } from '../local/local-clients';
import { createQueues, type LocalSqs, type Queues, startSqsServer } from '../local/sqs-queues';
import { until } from './helpers/until';

const dir = mkdtempSync(join(tmpdir(), 'lava-journal-'));
const opened: { server: LocalSqs; client: SQSClient }[] = [];

afterAll(async () => {
  for (const { server, client } of opened) {
    client.destroy();
    await server.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function open(journalFile: string, visibilityTimeoutSeconds = 1) {
  const server = await startSqsServer({ journalFile });
  const client = new SQSClient(localClientConfig(server.endpoint));
  opened.push({ server, client });
  const queues = await createQueues(client, visibilityTimeoutSeconds);
  return { server, client, queues };
}

const receive = async (client: SQSClient, queueUrl: string, max = 10) =>
  (
    await client.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: max,
        WaitTimeSeconds: 0,
        AttributeNames: ['All'],
        MessageAttributeNames: ['All'],
      }),
    )
  ).Messages ?? [];

async function depth(client: SQSClient, queues: Queues) {
  const count = async (QueueUrl: string) => {
    const out = await client.send(
      new GetQueueAttributesCommand({
        QueueUrl,
        AttributeNames: ['ApproximateNumberOfMessages'],
      }),
    );
    return Number(out.Attributes?.ApproximateNumberOfMessages);
  };
  return { queue: await count(queues.queueUrl), dlq: await count(queues.dlqUrl) };
}

describe('the SQS journal', () => {
  // In the file (page cache) before the answer: what a killed process keeps. The fdatasync the answer
  // also waits for, against a machine crash, is not observable from here.
  it('has a message in the journal file when SendMessage answers', async () => {
    const file = join(dir, 'answered.jsonl');
    const { client, queues } = await open(file);
    const sends = Array.from({ length: 20 }, (_, i) =>
      client.send(new SendMessageCommand({ QueueUrl: queues.queueUrl, MessageBody: `body-${i}` })),
    );
    for (const [i, sent] of sends.entries()) {
      await sent;
      expect(readFileSync(file, 'utf8')).toContain(`"MessageBody":"body-${i}"`);
    }
  });

  it('keeps queue, DLQ, attributes and receive counts across a crash, without what was deleted', async () => {
    const file = join(dir, 'crash.jsonl');
    const first = await open(file);
    const send = (body: string) =>
      first.client.send(
        new SendMessageCommand({
          QueueUrl: first.queues.queueUrl,
          MessageBody: body,
          MessageAttributes: { kind: { DataType: 'String', StringValue: body } },
        }),
      );
    await send('deleted');
    await send('poison');
    const received = await receive(first.client, first.queues.queueUrl);
    expect(received).toHaveLength(2);
    const deleted = received.find((m) => m.Body === 'deleted');
    await first.client.send(
      new DeleteMessageCommand({ QueueUrl: first.queues.queueUrl, ReceiptHandle: deleted?.ReceiptHandle }),
    );
    // 'poison' is received again until the redrive policy moves it to the DLQ (5 receives).
    for (let n = 2; n <= 5; n++) {
      const [poison] = await until(async () => {
        const messages = await receive(first.client, first.queues.queueUrl);
        return messages.length ? messages : undefined;
      }, 10_000);
      expect(poison?.Attributes?.ApproximateReceiveCount).toBe(String(n));
    }
    await until(async () => ((await depth(first.client, first.queues)).dlq === 1 ? true : undefined), 10_000);
    await send('kept');
    expect((await receive(first.client, first.queues.queueUrl)).map((m) => m.Body)).toEqual(['kept']);

    // A torn last line, as a write cut short by a crash leaves.
    appendFileSync(file, '{"op":"put","queue":"lava-webhooks-ev');
    const second = await open(file);
    expect(second.server.restored).toEqual({ messages: 2, skippedLines: 1 });
    expect(await depth(second.client, second.queues)).toEqual({ queue: 1, dlq: 1 });
    const [kept] = await receive(second.client, second.queues.queueUrl);
    expect(kept?.Body).toBe('kept');
    expect(kept?.MessageAttributes?.kind?.StringValue).toBe('kept');
    // Received once before the crash, once now: counts go on towards the DLQ.
    expect(kept?.Attributes?.ApproximateReceiveCount).toBe('2');
    const [dead] = await receive(second.client, second.queues.dlqUrl);
    expect(dead?.Body).toBe('poison');
    expect(dead?.Attributes?.DeadLetterQueueSourceArn).toBe(second.queues.queueArn);

    // Started again, the journal was rewritten with the live messages only.
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.filter((l) => l.includes('"op":"put"'))).toHaveLength(2);
  });
});

describe('the local SQS server', () => {
  it('does not count a visibility change as a receive', async () => {
    const { client, queues } = await open(join(dir, 'visibility.jsonl'), 30);
    await client.send(new SendMessageCommand({ QueueUrl: queues.queueUrl, MessageBody: 'retry me' }));
    for (let n = 1; n <= 3; n++) {
      const [message] = await until(async () => {
        const messages = await receive(client, queues.queueUrl);
        return messages.length ? messages : undefined;
      }, 5_000);
      expect(message?.Attributes?.ApproximateReceiveCount).toBe(String(n));
      // Handed back at once, as the poller does with a failed record.
      await client.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl: queues.queueUrl,
          ReceiptHandle: message?.ReceiptHandle,
          VisibilityTimeout: 0,
        }),
      );
    }
  });
});

describe('characters SQS refuses', () => {
  // Outside #x9 | #xA | #xD | #x20–#xD7FF | #xE000–#xFFFD | #x10000–#x10FFFF.
  const refused = ['\u0000', '\u0008', '\u000B', '\u001F', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF'];
  // The edges of the allowed set.
  const allowed = '\t\n\r \uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}';
  const failure = (e: unknown) => ({
    name: (e as Error).name,
    status: (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode,
  });

  it('refuse a SendMessage whose body or String attribute value holds one; nothing is queued or journaled', async () => {
    const file = join(dir, 'refused.jsonl');
    const { client, queues } = await open(file);
    for (const c of refused) {
      const body = client.send(new SendMessageCommand({ QueueUrl: queues.queueUrl, MessageBody: `a${c}b` }));
      expect(await body.then(() => 'sent', failure)).toEqual({ name: 'InvalidMessageContents', status: 400 });
      const attribute = client.send(
        new SendMessageCommand({
          QueueUrl: queues.queueUrl,
          MessageBody: 'fine',
          MessageAttributes: { x: { DataType: 'String', StringValue: `a${c}b` } },
        }),
      );
      expect(await attribute.then(() => 'sent', failure)).toEqual({
        name: 'InvalidParameterValue',
        status: 400,
      });
    }
    expect(await depth(client, queues)).toEqual({ queue: 0, dlq: 0 });
    expect(readFileSync(file, 'utf8')).not.toContain('"op":"put"');
  });

  it('refuse only the batch entries that hold one', async () => {
    const { client, queues } = await open(join(dir, 'refused-batch.jsonl'));
    const out = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: queues.queueUrl,
        Entries: [
          { Id: 'ok', MessageBody: allowed },
          { Id: 'body', MessageBody: 'a\uFFFEb' },
          {
            Id: 'attribute',
            MessageBody: 'fine',
            MessageAttributes: { x: { DataType: 'String', StringValue: 'a\u0000b' } },
          },
        ],
      }),
    );
    expect(out.Successful?.map((s) => s.Id)).toEqual(['ok']);
    expect(out.Failed?.map(({ Id, Code, SenderFault }) => ({ Id, Code, SenderFault }))).toEqual([
      { Id: 'body', Code: 'InvalidMessageContents', SenderFault: true },
      { Id: 'attribute', Code: 'InvalidParameterValue', SenderFault: true },
    ]);
    expect((await receive(client, queues.queueUrl)).map((m) => m.Body)).toEqual([allowed]);
  });

  it('carry the allowed set unchanged, in the body and in attribute values', async () => {
    const { client, queues } = await open(join(dir, 'allowed.jsonl'));
    await client.send(
      new SendMessageCommand({
        QueueUrl: queues.queueUrl,
        MessageBody: allowed,
        MessageAttributes: { x: { DataType: 'String', StringValue: allowed } },
      }),
    );
    const [message] = await receive(client, queues.queueUrl);
    expect(message?.Body).toBe(allowed);
    expect(message?.MessageAttributes?.x?.StringValue).toBe(allowed);
  });
});

describe('sizes, counted in UTF-8 bytes as SQS counts them', () => {
  // Two bytes in UTF-8, one UTF-16 unit: what local-aws-sqs alone counted.
  const twoByte = (bytes: number) => 'é'.repeat(bytes / 2);
  const refusal = (e: unknown) => ({ name: (e as Error).name, message: (e as Error).message });

  it("refuse a message over the queue's MaximumMessageSize, attributes included, and queue nothing", async () => {
    const { client, queues } = await open(join(dir, 'too-long.jsonl'));
    const small = await client.send(
      new CreateQueueCommand({ QueueName: 'small', Attributes: { MaximumMessageSize: '1024' } }),
    );
    const QueueUrl = small.QueueUrl as string;
    const send = (MessageBody: string, value?: string) =>
      client.send(
        new SendMessageCommand({
          QueueUrl,
          MessageBody,
          ...(value ? { MessageAttributes: { n: { DataType: 'String', StringValue: value } } } : {}),
        }),
      );
    await expect(send(twoByte(1024))).resolves.toMatchObject({ MessageId: expect.any(String) });
    const tooLong = {
      name: 'InvalidParameterValue',
      message: 'One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.',
    };
    expect(await send(twoByte(1026)).then(() => 'sent', refusal)).toEqual(tooLong);
    // 1,000 bytes of body, 1 + 6 + 20 of attribute (name, type, value): 1,027.
    expect(await send(twoByte(1000), 'v'.repeat(20)).then(() => 'sent', refusal)).toEqual(tooLong);
    expect((await receive(client, QueueUrl)).map((m) => m.Body?.length)).toEqual([512]);
    expect(await depth(client, queues)).toEqual({ queue: 0, dlq: 0 });
  });

  it('refuse a batch whose messages add up to more than 1 MiB (BatchRequestTooLong); take one of exactly 1 MiB', async () => {
    const { client, queues } = await open(join(dir, 'batch-too-long.jsonl'));
    const entries = (bytes: number[]) => bytes.map((n, i) => ({ Id: String(i), MessageBody: twoByte(n) }));
    const over = client.send(
      new SendMessageBatchCommand({
        QueueUrl: queues.queueUrl,
        Entries: entries([400_000, 400_000, 400_000]),
      }),
    );
    expect(await over.then(() => 'sent', refusal)).toEqual({
      name: 'BatchRequestTooLong',
      message: `Batch requests cannot be longer than ${SQS_BATCH.maxBytes} bytes. You have sent 1200000 bytes.`,
    });
    expect(await depth(client, queues)).toEqual({ queue: 0, dlq: 0 });
    const exact = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: queues.queueUrl,
        Entries: entries([SQS_BATCH.maxBytes / 2, SQS_BATCH.maxBytes / 2]),
      }),
    );
    expect(exact.Successful).toHaveLength(2);
  });
});

describe('the local queues', () => {
  it('keep a dead letter longer than its source queue keeps it, as deployed', async () => {
    const { client, queues } = await open(join(dir, 'retention.jsonl'));
    const retentionOf = async (QueueUrl: string) =>
      Number(
        (
          await client.send(
            new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['MessageRetentionPeriod'] }),
          )
        ).Attributes?.MessageRetentionPeriod,
      );
    expect(await retentionOf(queues.queueUrl)).toBe(QUEUE.retentionSeconds);
    expect(await retentionOf(queues.dlqUrl)).toBe(QUEUE.dlqRetentionSeconds);
    expect(QUEUE.dlqRetentionSeconds).toBeGreaterThan(QUEUE.retentionSeconds);
  });
});
