// The SQS message between ingest and consumer. The body is the webhook's raw body, byte for byte,
// so that the consumer can re-verify the HMAC and an operator can read the DLQ; everything else
// travels as message attributes. Pure.
import type { MessageAttributeValue, SendMessageCommandInput } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';

export interface QueuedWebhook {
  /** The raw body as UTF-8 text (ingest refuses bodies that are not UTF-8). */
  body: string;
  plainSignature?: string | undefined;
  timestampedSignature?: string | undefined;
  /** When API Gateway received the request, epoch milliseconds. */
  receivedAt: number;
  requestId: string;
  /** Hex SHA-256 of the raw body: the dedupe key. */
  sha256: string;
  /** The `event` field as sent. */
  eventType: string;
}

export const ATTR = {
  plainSignature: 'sig-plain',
  timestampedSignature: 'sig-timestamped',
  receivedAt: 'received-at',
  requestId: 'request-id',
  sha256: 'body-sha256',
  eventType: 'event-type',
  encoding: 'body-encoding',
} as const;

// Characters SQS accepts in a message body; JSON may legally contain others (U+FFFE, U+FFFF…).
const SQS_UNSAFE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function text(value: string): MessageAttributeValue {
  return { DataType: 'String', StringValue: value };
}

export function toSendMessageInput(queueUrl: string, m: QueuedWebhook): SendMessageCommandInput {
  const base64 = SQS_UNSAFE.test(m.body);
  const attributes: Record<string, MessageAttributeValue> = {
    [ATTR.receivedAt]: { DataType: 'Number', StringValue: String(m.receivedAt) },
    [ATTR.requestId]: text(m.requestId),
    [ATTR.sha256]: text(m.sha256),
    [ATTR.eventType]: text(m.eventType.slice(0, 256)),
  };
  if (m.plainSignature !== undefined) attributes[ATTR.plainSignature] = text(m.plainSignature);
  if (m.timestampedSignature !== undefined)
    attributes[ATTR.timestampedSignature] = text(m.timestampedSignature);
  if (base64) attributes[ATTR.encoding] = text('base64');
  return {
    QueueUrl: queueUrl,
    MessageBody: base64 ? Buffer.from(m.body, 'utf8').toString('base64') : m.body,
    MessageAttributes: attributes,
  };
}

type RecordAttributes = SQSRecord['messageAttributes'];

function attr(attributes: RecordAttributes, name: string): string | undefined {
  return attributes?.[name]?.stringValue ?? undefined;
}

/** Reads a record written by `toSendMessageInput`. Returns an error string for anything else. */
export function fromSqsRecord(record: Pick<SQSRecord, 'body' | 'messageAttributes'>): QueuedWebhook | string {
  const a = record.messageAttributes ?? {};
  const receivedAt = Number(attr(a, ATTR.receivedAt));
  const sha256 = attr(a, ATTR.sha256);
  if (!Number.isFinite(receivedAt) || receivedAt <= 0) return 'message has no valid received-at attribute';
  if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256)) return 'message has no valid body-sha256 attribute';
  const body =
    attr(a, ATTR.encoding) === 'base64' ? Buffer.from(record.body, 'base64').toString('utf8') : record.body;
  return {
    body,
    plainSignature: attr(a, ATTR.plainSignature),
    timestampedSignature: attr(a, ATTR.timestampedSignature),
    receivedAt,
    requestId: attr(a, ATTR.requestId) ?? '',
    sha256,
    eventType: attr(a, ATTR.eventType) ?? '',
  };
}
