// The floor: the least an ingest handler must do — HMAC-SHA256 over the raw body, a timing-safe
// compare, JSON.parse, one SendMessage — with no logging, metrics, secret cache or checks.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export function createFloorHandler(sqs: SQSClient, queueUrl: string, secret: string) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const raw = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
    const given = Buffer.from(event.headers['x-webhook-signature'] ?? '', 'hex');
    const expected = createHmac('sha256', secret).update(raw).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { statusCode: 401 };
    const text = raw.toString('utf8');
    JSON.parse(text);
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: text }));
    return { statusCode: 200, body: '{"received":true}' };
  };
}

/** Entry point for bundling the floor like a Lambda (cold-start and size reference). */
export const handler = createFloorHandler(
  new SQSClient({}),
  process.env.QUEUE_URL ?? '',
  process.env.LAVA_WEBHOOK_SECRET ?? '',
);
