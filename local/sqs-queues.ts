// The in-process SQS server (local-aws-sqs) and the queue + DLQ, built from lib/definitions.ts.
// With a journal file, every message the server holds (queue and DLQ, with receive counts) is
// journaled (./sqs-journal.ts) and put back when its queue is created again after a restart; a
// SendMessage is answered only once its message is on disk. Visibility is not kept: a message that
// was in flight when the stack died is visible again at restart, with its receive count. A message
// SQS would refuse for its characters or its size in bytes, and a batch over SQS's 1 MiB, are refused
// here too, with SQS's error codes (local-aws-sqs alone counts UTF-16 units, not bytes).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { createRequestHandler } from 'local-aws-sqs';
import { SQS_BATCH, sqsMessageBytes, sqsRefusedCharacter } from '../lambdas/shared/queue-message';
import { FORWARDING, LOCAL_NAMES, QUEUE } from '../lib/definitions';
import { LOCAL_REGION } from './dynamodb-local';
import { type MessageInput, SqsJournal } from './sqs-journal';

/** The journal's name in the state folder. */
export const SQS_JOURNAL_FILE = 'sqs-journal.jsonl';

export interface LocalSqs {
  endpoint: string;
  /** Messages put back from the journal at start (all queues), and journal lines it could not read. */
  restored: { messages: number; skippedLines: number };
  close(): Promise<void>;
}

export interface SqsServerOptions {
  port?: number;
  /** Keep messages in this file across restarts; without it they live in memory only. */
  journalFile?: string;
  /** A journal write that failed outside a request (a move to the DLQ, a receive count). */
  onError?: (message: string, error: unknown) => void;
}

type Service = ReturnType<typeof createRequestHandler>['service'];
type LibraryQueue = Service['Queues'][number];
type LibraryRecord = { MessageId: string; attributes: { [name: string]: string } };

/** The message id inside one of local-aws-sqs's receipt handles (base64 of a UUID and JSON). */
function messageIdOf(receiptHandle: string): string | undefined {
  try {
    const text = Buffer.from(receiptHandle, 'base64').toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { MessageId?: string }).MessageId;
  } catch {
    return undefined;
  }
}

function storedInput(input: MessageInput): MessageInput {
  const { MessageBody, MessageAttributes, MessageSystemAttributes } = input;
  return { MessageBody, MessageAttributes, MessageSystemAttributes };
}

type Tracked = Map<string, { queue: string; record: LibraryRecord }>;

/**
 * local-aws-sqs counts a ChangeMessageVisibility as a receive, which SQS does not: a record the
 * poller hands back for a retry would go to the DLQ twice as fast. So each message's record is kept
 * at hand (`tracked`, by id) and its count put back after such a change.
 */
function countReceivesOnly(queue: LibraryQueue, tracked: Tracked): void {
  const name = queue.QueueName;
  const setRecord = queue.setRecord;
  queue.setRecord = (input: MessageInput, messageId?: string) => {
    const result = setRecord(input, messageId) as { record?: LibraryRecord };
    if (result.record) tracked.set(result.record.MessageId, { queue: name, record: result.record });
    return result;
  };
  const remove = queue.delete.bind(queue);
  queue.delete = (receiptHandle: string) => {
    const done = remove(receiptHandle);
    const id = messageIdOf(receiptHandle);
    if (id && tracked.get(id)?.queue === name) tracked.delete(id);
    return done;
  };
  const clearRecords = queue.clearRecords.bind(queue);
  queue.clearRecords = () => {
    clearRecords();
    for (const [id, t] of tracked) if (t.queue === name) tracked.delete(id);
  };
  const changeVisibility = queue.changeVisibility.bind(queue);
  queue.changeVisibility = (receiptHandle: string, visibilityTimeout: string) => {
    const id = messageIdOf(receiptHandle);
    const entry = id ? tracked.get(id) : undefined;
    const count = entry?.queue === name ? entry.record.attributes.ApproximateReceiveCount : undefined;
    const done = changeVisibility(receiptHandle, visibilityTimeout);
    if (entry && count !== undefined) entry.record.attributes.ApproximateReceiveCount = count;
    return done;
  };
}

/**
 * Puts the journal's messages for this queue back, then journals what happens to it: sends and
 * moves (setRecord: written before the library applies them, so a failed write fails the send),
 * receives (their counts), deletes and purges.
 */
function journalQueue(
  queue: LibraryQueue,
  journal: SqsJournal,
  onError: NonNullable<SqsServerOptions['onError']>,
): void {
  const name = queue.QueueName;
  for (const m of journal.messages(name)) {
    const { record } = queue.setRecord({ ...m.input }, m.id) as { record: LibraryRecord };
    record.attributes.ApproximateReceiveCount = String(m.receiveCount);
    record.attributes.SentTimestamp = String(m.sentAt);
    record.attributes.ApproximateFirstReceiveTimestamp = m.firstReceiveAt ? String(m.firstReceiveAt) : '';
  }
  const survive = (what: string, write: () => void) => {
    try {
      write();
    } catch (error) {
      onError(`could not journal ${what} in ${name}`, error);
    }
  };

  const setRecord = queue.setRecord;
  queue.setRecord = (input: MessageInput, messageId?: string) => {
    const id = messageId ?? randomUUID();
    // The library passes an id only when it moves a message to the DLQ (that may not fail).
    if (journal.has(id)) survive('a move', () => journal.put(name, id, storedInput(input)));
    else journal.put(name, id, storedInput(input));
    return setRecord(input, id);
  };
  const receive = queue.receive.bind(queue);
  queue.receive = async (params: unknown) => {
    const records = (await receive(params)) as LibraryRecord[];
    survive('receives', () => {
      for (const { MessageId, attributes } of records) {
        const first = Number(attributes.ApproximateFirstReceiveTimestamp) || undefined;
        journal.received(name, MessageId, Number(attributes.ApproximateReceiveCount), first);
      }
    });
    return records;
  };
  const remove = queue.delete.bind(queue);
  queue.delete = (receiptHandle: string) => {
    const done = remove(receiptHandle);
    const id = messageIdOf(receiptHandle);
    if (id) survive('a delete', () => journal.deleted(name, id));
    return done;
  };
  const clearRecords = queue.clearRecords.bind(queue);
  queue.clearRecords = () => {
    clearRecords();
    survive('a purge', () => journal.purged(name));
  };
  // ChangeMessageVisibility changes nothing the journal keeps (see countReceivesOnly).
}

interface SqsErrorFields {
  Code: string;
  Message: string;
  Type: string;
  SenderFault: boolean;
}
/** local-aws-sqs's error: it renders itself in SQS's JSON wire format. */
type SqsErrorClass = new (fields: SqsErrorFields) => Error & { toJSON(): string; getJsonErrorCode(): string };

/**
 * local-aws-sqs answers a failed action in SQS's wire format (status 400, `x-amzn-query-error`,
 * `{"__type","message"}`; a failed entry of a batch) only for errors of its own base class, which it
 * does not export: it is taken from an error a call with a bad paging token is known to throw.
 */
function libraryErrorClass(service: Service): SqsErrorClass {
  try {
    service.listQueues({ token: '-' });
  } catch (error) {
    const base = Object.getPrototypeOf(Object.getPrototypeOf(error)) as { constructor: unknown } | null;
    if (base && typeof base.constructor === 'function' && 'getJsonErrorCode' in base) {
      return base.constructor as SqsErrorClass;
    }
  }
  throw new Error('local-aws-sqs changed: its error class could not be found');
}

const ALLOWED = '#x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF';
const codePoint = (c: string) => `#x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`;

/** Why SQS refuses this message for its characters (documented for SendMessage) or its size, if it does. */
function refusalOf(input: MessageInput, maxBytes: number): SqsErrorFields | undefined {
  const inBody = sqsRefusedCharacter(input.MessageBody);
  if (inBody !== undefined) {
    return {
      Code: 'InvalidMessageContents',
      Type: 'com.amazonaws.sqs#InvalidMessageContents',
      Message: `Invalid binary character '${codePoint(inBody)}' was found in the message body, the set of allowed characters is ${ALLOWED}`,
      SenderFault: true,
    };
  }
  for (const [name, value] of Object.entries(input.MessageAttributes ?? {})) {
    const text = (value as { StringValue?: unknown } | undefined)?.StringValue;
    const c = typeof text === 'string' ? sqsRefusedCharacter(text) : undefined;
    if (c === undefined) continue;
    return {
      Code: 'InvalidParameterValue',
      Type: 'com.amazon.coral.service#InvalidParameterValueException',
      Message: `Invalid binary character '${codePoint(c)}' was found in the value of message attribute '${name}', the set of allowed characters is ${ALLOWED}`,
      SenderFault: true,
    };
  }
  if (sqsMessageBytes(input as Parameters<typeof sqsMessageBytes>[0]) > maxBytes) {
    return {
      Code: 'InvalidParameterValue',
      Type: 'com.amazon.coral.service#InvalidParameterValueException',
      Message: `One or more parameters are invalid. Reason: Message must be shorter than ${maxBytes} bytes.`,
      SenderFault: true,
    };
  }
  return undefined;
}

/**
 * Refuses a sent message (SendMessage, or one entry of SendMessageBatch) whose body or String
 * attribute value holds a character SQS refuses, or that is larger than the queue's
 * MaximumMessageSize in bytes, before it is journaled or queued. Wraps setRecord last, so that it
 * sees sends as they come (without an id; moves to the DLQ carry one).
 */
function refuseWhatSqsRefuses(queue: LibraryQueue, SqsError: SqsErrorClass): void {
  const setRecord = queue.setRecord;
  queue.setRecord = (input: MessageInput, messageId?: string) => {
    const refusal = messageId === undefined ? refusalOf(input, queue.MaximumMessageSize) : undefined;
    if (refusal) throw new SqsError(refusal);
    return setRecord(input, messageId);
  };
}

/** The sum of a SendMessageBatch's message sizes when it is over SQS's 1 MiB, counted as SQS counts. */
function oversizedBatchBytes(req: IncomingMessage, body: Buffer): number | undefined {
  if (req.headers['x-amz-target'] !== 'AmazonSQS.SendMessageBatch') return undefined;
  let entries: unknown;
  try {
    entries = (JSON.parse(body.toString('utf8')) as { Entries?: unknown }).Entries;
  } catch {
    return undefined; // the library answers what it cannot read
  }
  if (!Array.isArray(entries)) return undefined;
  const bytes = entries.reduce<number>((sum, entry) => sum + sqsMessageBytes(entry ?? {}), 0);
  return bytes > SQS_BATCH.maxBytes ? bytes : undefined;
}

/** Answers `error` in SQS's JSON wire format, as the library answers its own. */
function answerError(res: ServerResponse, error: InstanceType<SqsErrorClass>): void {
  res.writeHead(400, {
    'content-type': 'application/x-amz-json-1.0',
    'x-amzn-query-error': error.getJsonErrorCode(),
  });
  res.end(error.toJSON());
}

/** The request again, its body read already: what the library reads (headers and the body stream). */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  return Object.assign(Readable.from(body.length ? [body] : []), {
    headers: req.headers,
    method: req.method,
    url: req.url,
  }) as unknown as IncomingMessage;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Holds the response of a request that put messages (a send, a move to the DLQ) back until they are
 * on disk; 500 if that fails. Other answers (receives, deletes) wait for nobody's fdatasync.
 */
function answerWhenDurable(res: ServerResponse, journal: SqsJournal): void {
  const putsBefore = journal.puts;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  (res as { end: typeof end }).end = (...args: unknown[]) => {
    const durable = journal.puts > putsBefore ? journal.durable() : undefined;
    if (!durable) return end(...args);
    durable.then(
      () => end(...args),
      (error: Error) => {
        res.statusCode = 500;
        res.setHeader('x-amzn-query-error', 'InternalError;Receiver');
        end(JSON.stringify({ __type: 'InternalError', message: `journal not synced: ${error.message}` }));
      },
    );
    return res;
  };
}

export async function startSqsServer(options: SqsServerOptions = {}): Promise<LocalSqs> {
  const { service, requestHandler } = createRequestHandler({
    port: 0,
    hostname: '127.0.0.1',
    region: LOCAL_REGION,
    emulateQueueCreationLifecycle: false,
  });
  const journal = options.journalFile ? SqsJournal.open(options.journalFile) : undefined;
  const restored = { messages: journal?.size ?? 0, skippedLines: journal?.skippedLines ?? 0 };
  const onError = options.onError ?? (() => {});
  const adopted = new WeakSet<LibraryQueue>();
  const tracked: Tracked = new Map();
  const SqsError = libraryErrorClass(service);
  /** A queue is fixed up and journaled (its messages put back) before any request can reach it. */
  const adoptQueues = () => {
    for (const queue of service.Queues) {
      if (adopted.has(queue)) continue;
      adopted.add(queue);
      countReceivesOnly(queue, tracked);
      if (journal) journalQueue(queue, journal, onError);
      refuseWhatSqsRefuses(queue, SqsError);
    }
  };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req).catch(() => undefined);
    if (!body) return void res.writeHead(400).end();
    const batchBytes = oversizedBatchBytes(req, body);
    if (batchBytes !== undefined) {
      return answerError(
        res,
        new SqsError({
          Code: 'AWS.SimpleQueueService.BatchRequestTooLong',
          Type: 'com.amazonaws.sqs#BatchRequestTooLong',
          Message: `Batch requests cannot be longer than ${SQS_BATCH.maxBytes} bytes. You have sent ${batchBytes} bytes.`,
          SenderFault: true,
        }),
      );
    }
    adoptQueues();
    if (journal) answerWhenDurable(res, journal);
    requestHandler(replay(req, body), res).then(adoptQueues, (error: unknown) => {
      onError('SQS request failed', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  service.PORT = bound; // queue URLs carry the port
  return {
    endpoint: `http://127.0.0.1:${bound}`,
    restored,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections(); // long polls would otherwise hold close() for up to 20 s
        server.close(() => resolve());
      });
      await journal?.close();
    },
  };
}

export interface Queues {
  queueUrl: string;
  queueArn: string;
  dlqUrl: string;
  dlqArn: string;
}

async function arnOf(client: SQSClient, queueUrl: string): Promise<string> {
  const out = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
  );
  const arn = out.Attributes?.QueueArn;
  if (!arn) throw new Error(`SQS returned no QueueArn for ${queueUrl}`);
  return arn;
}

interface QueuePair {
  queue: string;
  dlq: string;
  retentionSeconds: number;
  dlqRetentionSeconds: number;
  visibilityTimeoutSeconds: number;
  maxReceiveCount: number;
}

/** A queue and its DLQ, the queue's redrive policy pointing at it. */
async function createQueuePair(client: SQSClient, pair: QueuePair): Promise<Queues> {
  const dlq = await client.send(
    new CreateQueueCommand({
      QueueName: pair.dlq,
      Attributes: { MessageRetentionPeriod: String(pair.dlqRetentionSeconds) },
    }),
  );
  const dlqUrl = dlq.QueueUrl as string;
  const dlqArn = await arnOf(client, dlqUrl);
  const queue = await client.send(
    new CreateQueueCommand({
      QueueName: pair.queue,
      Attributes: {
        MessageRetentionPeriod: String(pair.retentionSeconds),
        MaximumMessageSize: String(QUEUE.maxMessageSizeBytes),
        VisibilityTimeout: String(pair.visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: pair.maxReceiveCount }),
      },
    }),
  );
  const queueUrl = queue.QueueUrl as string;
  return { queueUrl, queueArn: await arnOf(client, queueUrl), dlqUrl, dlqArn };
}

export function createQueues(client: SQSClient, visibilityTimeoutSeconds: number): Promise<Queues> {
  return createQueuePair(client, {
    queue: LOCAL_NAMES.queue,
    dlq: LOCAL_NAMES.dlq,
    retentionSeconds: QUEUE.retentionSeconds,
    // Longer than the source queue's, as deployed: a message's age counts from its first enqueue.
    dlqRetentionSeconds: QUEUE.dlqRetentionSeconds,
    visibilityTimeoutSeconds,
    maxReceiveCount: QUEUE.maxReceiveCount,
  });
}

/** The forwarder's queue and its DLQ (forwarding on), as deployed: same retention, backstop count. */
export function createForwardQueues(client: SQSClient, visibilityTimeoutSeconds: number): Promise<Queues> {
  return createQueuePair(client, {
    queue: LOCAL_NAMES.forwardQueue,
    dlq: LOCAL_NAMES.forwardDlq,
    retentionSeconds: FORWARDING.retentionSeconds,
    dlqRetentionSeconds: FORWARDING.retentionSeconds,
    visibilityTimeoutSeconds,
    maxReceiveCount: FORWARDING.maxReceiveCount,
  });
}
