// SQS records as the event source mapping hands them to the consumer, signed like Lava's.
import { createHash, randomUUID } from 'node:crypto';
import type { SQSRecord } from 'aws-lambda';
import { toSendMessageInput } from '../lambdas/shared/queue-message';
import { signPlain } from '../lambdas/shared/signing';
import { BENCH_SECRET } from './events';

export function benchRecord(body: string, receivedAt: number): SQSRecord {
  const input = toSendMessageInput('https://queue', {
    body,
    plainSignature: signPlain(body, BENCH_SECRET),
    receivedAt,
    requestId: randomUUID(),
    sha256: createHash('sha256').update(body).digest('hex'),
    eventType: (JSON.parse(body) as { event: string }).event,
  });
  const messageAttributes: SQSRecord['messageAttributes'] = {};
  for (const [name, v] of Object.entries(input.MessageAttributes ?? {})) {
    messageAttributes[name] = { dataType: v.DataType ?? 'String', stringValue: v.StringValue };
  }
  return {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body: input.MessageBody ?? '',
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(receivedAt),
      SenderId: 'bench',
      ApproximateFirstReceiveTimestamp: String(receivedAt),
    },
    messageAttributes,
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:bench',
    awsRegion: 'us-east-1',
  };
}
