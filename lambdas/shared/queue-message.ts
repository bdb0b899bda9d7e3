// The SQS message between ingest and consumer. The body is the webhook's raw body, byte for byte,
// so that the consumer can re-verify the HMAC and an operator can read the DLQ. Three message
// attributes carry the rest: the body's SHA-256 and the event type (readable in the console, usable
// for filtering) and `delivery`, a small JSON object with what the request brought. Every attribute
// costs the SDK serialisation work on the hot path, hence one attribute for the delivery facts. Pure.
import type { MessageAttributeValue, SendMessageCommandInput } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { eventTypeLabel } from './event-types';

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
  sha256: 'body-sha256',
  eventType: 'event-type',
  delivery: 'delivery',
} as const;

/** The `delivery` attribute's JSON: short keys, it rides on every message. */
interface Delivery {
  /** receivedAt, epoch ms */
  at: number;
  /** API Gateway request id */
  id: string;
  /** X-Webhook-Signature */
  sig?: string;
  /** X-Lava-Signature */
  lsig?: string;
  /** body encoding when SQS could not carry the raw text */
  enc?: 'base64';
}

// Characters SQS accepts in a message body; JSON may legally contain others (U+FFFE, U+FFFF…).
const SQS_UNSAFE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function toSendMessageInput(queueUrl: string, m: QueuedWebhook): SendMessageCommandInput {
  const base64 = SQS_UNSAFE.test(m.body);
  const delivery: Delivery = { at: m.receivedAt, id: m.requestId };
  if (m.plainSignature !== undefined) delivery.sig = m.plainSignature;
  if (m.timestampedSignature !== undefined) delivery.lsig = m.timestampedSignature;
  if (base64) delivery.enc = 'base64';
  const attributes: Record<string, MessageAttributeValue> = {
    [ATTR.sha256]: { DataType: 'String', StringValue: m.sha256 },
    // A bounded label (unknown names become `unknown`): SQS refuses some characters a JSON string
    // may hold, and the consumer reads the real name from the verified body anyway.
    [ATTR.eventType]: { DataType: 'String', StringValue: eventTypeLabel(m.eventType) },
    [ATTR.delivery]: { DataType: 'String', StringValue: JSON.stringify(delivery) },
  };
  return {
    QueueUrl: queueUrl,
    MessageBody: base64 ? Buffer.from(m.body, 'utf8').toString('base64') : m.body,
    MessageAttributes: attributes,
  };
}

function parseDelivery(value: string | undefined): Delivery | undefined {
  if (!value) return undefined;
  try {
    const d = JSON.parse(value) as Partial<Delivery>;
    if (typeof d.at !== 'number' || !Number.isFinite(d.at) || d.at <= 0) return undefined;
    return {
      at: d.at,
      id: typeof d.id === 'string' ? d.id : '',
      sig: typeof d.sig === 'string' ? d.sig : undefined,
      lsig: typeof d.lsig === 'string' ? d.lsig : undefined,
      enc: d.enc === 'base64' ? 'base64' : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Reads a record written by `toSendMessageInput`. Returns an error string for anything else. */
export function fromSqsRecord(record: Pick<SQSRecord, 'body' | 'messageAttributes'>): QueuedWebhook | string {
  const attributes = record.messageAttributes ?? {};
  const delivery = parseDelivery(attributes[ATTR.delivery]?.stringValue);
  if (!delivery) return 'message has no valid delivery attribute';
  const body = delivery.enc === 'base64' ? Buffer.from(record.body, 'base64').toString('utf8') : record.body;
  return {
    body,
    plainSignature: delivery.sig,
    timestampedSignature: delivery.lsig,
    receivedAt: delivery.at,
    requestId: delivery.id,
    sha256: attributes[ATTR.sha256]?.stringValue ?? '',
    eventType: attributes[ATTR.eventType]?.stringValue ?? '',
  };
}
