// The SQS message between ingest and consumer. The body is the webhook's raw body, byte for byte
// (as text when SQS can carry it, else base64), so that the consumer can re-verify the HMAC, archive
// what could not be applied exactly as it came, and an operator can read the DLQ. Three message
// attributes carry the rest: the body's SHA-256 and the event type (readable in the console, usable
// for filtering) and `delivery`, a small JSON object with what the request brought. Every attribute
// costs the SDK serialisation work on the hot path, hence one attribute for the delivery facts. Pure.
import type { MessageAttributeValue, SendMessageCommandInput } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { decodeUtf8 } from './envelope';
import { eventTypeLabel } from './event-types';

export interface QueuedWebhook {
  /** The raw body, exactly as signed (it may not even be UTF-8). */
  raw: Buffer;
  plainSignature?: string | undefined;
  timestampedSignature?: string | undefined;
  /** When API Gateway received the request, epoch milliseconds. */
  receivedAt: number;
  /**
   * The delivery's id (API Gateway's request id): one accepted request. SQS redeliveries, redrive and
   * `replay` keep it, so the consumer applies a delivery at most once.
   */
  deliveryId: string;
  /** Hex SHA-256 of the raw body. */
  sha256: string;
  /** The `event` field as sent. */
  eventType: string;
  /** `replay` when the CLI queued it again from the archive. */
  source?: 'replay' | undefined;
  /** `replay --force`: decide the event again even if this delivery made it already. */
  redecide?: boolean | undefined;
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
  /** body encoding when SQS could not carry the raw text; `empty`: SQS refuses an empty body */
  enc?: 'base64' | 'empty';
  /** `replay` when queued again from the archive */
  src?: 'replay';
  /** replay --force: decide again */
  re?: true;
}

// SQS refuses a message whose body or String attribute value holds a character outside
// #x9 | #xA | #xD | #x20–#xD7FF | #xE000–#xFFFD | #x10000–#x10FFFF (a lone surrogate is one too);
// JSON may legally contain others (U+FFFE, U+FFFF…).
const SQS_REFUSED = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const EVERY_SQS_REFUSED = new RegExp(SQS_REFUSED.source, 'gu');

/** The first character of `text` that SQS would refuse, or undefined when SQS carries it all. */
export function sqsRefusedCharacter(text: string): string | undefined {
  return SQS_REFUSED.exec(text)?.[0];
}

/**
 * JSON that SQS carries whatever strings it holds: JSON.stringify already escapes control
 * characters and lone surrogates; what is left (U+FFFE, U+FFFF) is escaped too. JSON.parse gives
 * back the very same value.
 */
function sqsSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    EVERY_SQS_REFUSED,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/** The body as SQS can carry it: the text itself, or base64 when it is not UTF-8 or SQS refuses it. */
function wireBody(raw: Buffer): { text: string; enc?: Delivery['enc'] } {
  if (raw.length === 0) return { text: '-', enc: 'empty' };
  const text = decodeUtf8(raw);
  return text === undefined || sqsRefusedCharacter(text) !== undefined
    ? { text: raw.toString('base64'), enc: 'base64' }
    : { text };
}

export function toSendMessageInput(queueUrl: string, m: QueuedWebhook): SendMessageCommandInput {
  const { text, enc } = wireBody(m.raw);
  const delivery: Delivery = { at: m.receivedAt, id: m.deliveryId };
  if (m.plainSignature !== undefined) delivery.sig = m.plainSignature;
  if (m.timestampedSignature !== undefined) delivery.lsig = m.timestampedSignature;
  if (enc) delivery.enc = enc;
  if (m.source === 'replay') delivery.src = 'replay';
  if (m.redecide) delivery.re = true;
  const attributes: Record<string, MessageAttributeValue> = {
    [ATTR.sha256]: { DataType: 'String', StringValue: m.sha256 },
    // A bounded label (unknown names become `unknown`): SQS refuses some characters a JSON string
    // may hold, and the consumer reads the real name from the verified body anyway.
    [ATTR.eventType]: { DataType: 'String', StringValue: eventTypeLabel(m.eventType) },
    // The signature headers exactly as received (the consumer verifies them again, the archive keeps
    // them), whatever characters a signed request's header carried.
    [ATTR.delivery]: { DataType: 'String', StringValue: sqsSafeJson(delivery) },
  };
  return {
    QueueUrl: queueUrl,
    MessageBody: text,
    MessageAttributes: attributes,
  };
}

function parseDelivery(value: string | undefined): Delivery | undefined {
  if (!value) return undefined;
  try {
    const d = JSON.parse(value) as Partial<Delivery>;
    if (typeof d.at !== 'number' || !Number.isFinite(d.at) || d.at <= 0) return undefined;
    // Without its id a delivery could be applied twice: such a message is not ingest's.
    if (typeof d.id !== 'string' || d.id === '') return undefined;
    return {
      at: d.at,
      id: d.id,
      sig: typeof d.sig === 'string' ? d.sig : undefined,
      lsig: typeof d.lsig === 'string' ? d.lsig : undefined,
      enc: d.enc === 'base64' || d.enc === 'empty' ? d.enc : undefined,
      src: d.src === 'replay' ? 'replay' : undefined,
      re: d.re === true ? true : undefined,
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
  const raw =
    delivery.enc === 'empty'
      ? Buffer.alloc(0)
      : Buffer.from(record.body, delivery.enc === 'base64' ? 'base64' : 'utf8');
  return {
    raw,
    plainSignature: delivery.sig,
    timestampedSignature: delivery.lsig,
    receivedAt: delivery.at,
    deliveryId: delivery.id,
    sha256: attributes[ATTR.sha256]?.stringValue ?? '',
    eventType: attributes[ATTR.eventType]?.stringValue ?? '',
    source: delivery.src,
    redecide: delivery.re,
  };
}

/** SQS's limits on one SendMessageBatch: its entries, and the sum of their sizes (sqsMessageBytes). */
export const SQS_BATCH = { maxEntries: 10, maxBytes: 1024 * 1024 } as const;

/** An attribute value as the SDK takes it, or as SQS's JSON protocol carries it (binary in base64). */
interface AttributeSize {
  DataType?: string | undefined;
  StringValue?: string | undefined;
  BinaryValue?: Uint8Array | string | undefined;
}

/**
 * What SQS counts against its size limits (the queue's MaximumMessageSize, a batch's total): the
 * body's and every attribute's name, type and value, in UTF-8 bytes (binary values decoded).
 */
export function sqsMessageBytes(message: {
  MessageBody?: string | undefined;
  MessageAttributes?: Record<string, AttributeSize | undefined> | undefined;
}): number {
  let bytes = Buffer.byteLength(message.MessageBody ?? '');
  for (const [name, value] of Object.entries(message.MessageAttributes ?? {})) {
    bytes += Buffer.byteLength(name) + Buffer.byteLength(value?.DataType ?? '');
    if (typeof value?.StringValue === 'string') bytes += Buffer.byteLength(value.StringValue);
    const binary = value?.BinaryValue;
    if (typeof binary === 'string') bytes += Buffer.from(binary, 'base64').length;
    else if (binary) bytes += binary.byteLength;
  }
  return bytes;
}

/** The queue and its DLQ, as deployed and as the local stack makes them (re-exported by lib/definitions). */
export const QUEUE = {
  /** After this many receives a message moves to the DLQ. */
  maxReceiveCount: 5,
  /**
   * A message's age counts from its first enqueue, also in the DLQ, so the DLQ keeps messages longer
   * than the queue (as AWS advises): a message dead-lettered at the last moment still has
   * `dlqRetentionSeconds - retentionSeconds` left, 7 days; one dead-lettered within the usual
   * minutes has almost 14. A week in the queue outlasts any outage the OldestMessageAge alarm reports.
   */
  retentionSeconds: 7 * 24 * 3600,
  /** SQS's maximum. */
  dlqRetentionSeconds: 14 * 24 * 3600,
  /** Room for a 256 KiB body plus attributes (SQS accepts up to 1 MiB). */
  maxMessageSizeBytes: 1024 * 1024,
} as const;
