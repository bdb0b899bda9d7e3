// Builds the SQS records Lambda's event source mapping hands the consumer, from the very message
// ingest would have sent.
import { createHash, randomUUID } from 'node:crypto';
import type { SQSRecord } from 'aws-lambda';
import { contentIdOf } from '../../lambdas/core/identity';
import { fromSqsRecord, toSendMessageInput } from '../../lambdas/shared/queue-message';
import { signPlain, signTimestamped } from '../../lambdas/shared/sign-webhook';
import { parseTimestampedHeader } from '../../lambdas/shared/verify-signature';
import { TEST_SECRET } from './samples';

export interface RecordOptions {
  scheme?: 'plain' | 'timestamped';
  secret?: string;
  /** Signed time, unix seconds (timestamped scheme). */
  t?: number;
  receivedAt?: number;
}

export function sqsRecord(body: string | Buffer, options: RecordOptions = {}): SQSRecord {
  const secret = options.secret ?? TEST_SECRET;
  const receivedAt = options.receivedAt ?? Date.now();
  const scheme = options.scheme ?? 'plain';
  const input = toSendMessageInput('http://queue', {
    raw: Buffer.from(body),
    plainSignature: scheme === 'plain' ? signPlain(body, secret) : undefined,
    timestampedSignature:
      scheme === 'timestamped'
        ? signTimestamped(body, secret, options.t ?? Math.floor(receivedAt / 1000))
        : undefined,
    receivedAt,
    deliveryId: randomUUID(),
    sha256: createHash('sha256').update(body).digest('hex'),
    eventType: eventTypeOf(body),
  });
  const messageAttributes: SQSRecord['messageAttributes'] = {};
  for (const [name, value] of Object.entries(input.MessageAttributes ?? {})) {
    messageAttributes[name] = { dataType: value.DataType ?? 'String', stringValue: value.StringValue };
  }
  return {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body: input.MessageBody ?? '',
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(receivedAt),
      SenderId: 'test',
      ApproximateFirstReceiveTimestamp: String(receivedAt),
    },
    messageAttributes,
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:test',
    awsRegion: 'us-east-1',
  };
}

function queued(record: SQSRecord) {
  const message = fromSqsRecord(record);
  if (typeof message === 'string') throw new Error(message);
  return message;
}

/** The delivery id ingest gave the record's request. */
export const deliveryIdOf = (record: SQSRecord) => queued(record).deliveryId;

/** The id of the event the record's first delivery makes: the hash of its signed content. */
export function eventIdOf(record: SQSRecord): string {
  const message = queued(record);
  const raw = message.raw;
  const t = message.timestampedSignature && parseTimestampedHeader(message.timestampedSignature);
  return t ? contentIdOf(raw, 'timestamped', t.rawTimestamp) : contentIdOf(raw, 'plain');
}

function eventTypeOf(body: string | Buffer): string {
  try {
    return (JSON.parse(body.toString()) as { event?: string }).event ?? '';
  } catch {
    return ''; // not JSON: ingest stores it all the same
  }
}

/** The same message delivered again: a new receipt, the same message id, a higher receive count. */
export function redelivered(record: SQSRecord, count = 2): SQSRecord {
  return {
    ...record,
    receiptHandle: randomUUID(),
    attributes: { ...record.attributes, ApproximateReceiveCount: String(count) },
  };
}

/** The record's delivery queued again by the CLI (same delivery id, raw body and headers). */
export function queuedAgain(record: SQSRecord, extra: { redecide?: boolean }): SQSRecord {
  const delivery = JSON.parse(record.messageAttributes.delivery?.stringValue ?? '{}');
  const input = toSendMessageInput('http://queue', {
    raw: Buffer.from(record.body),
    plainSignature: delivery.sig,
    timestampedSignature: delivery.lsig,
    receivedAt: delivery.at,
    deliveryId: delivery.id,
    sha256: '',
    eventType: '',
    source: 'replay',
    ...extra,
  });
  return {
    ...record,
    messageId: `${record.messageId}-again`,
    messageAttributes: {
      delivery: { dataType: 'String', stringValue: input.MessageAttributes?.delivery?.StringValue },
    },
  };
}
