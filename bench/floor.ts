// The floor: the least an ingest handler must do — HMAC-SHA256 over the raw body, a timing-safe
// compare, JSON.parse, one SendMessage — with no logging, metrics, secret cache or checks. Its two
// Lambda entries, bundled like ingest, are the cold-start references: floor-handler.ts with the
// secret in its environment, job-floor-handler.ts reading it from Secrets Manager as ingest must.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** The signing secret: known already, or read (once) when the first request needs it. */
export type FloorSecret = string | (() => Promise<string>);

export function createFloorHandler(sqs: SQSClient, queueUrl: string, secret: FloorSecret) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const key = typeof secret === 'string' ? secret : await secret();
    const raw = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
    const given = Buffer.from(event.headers['x-webhook-signature'] ?? '', 'hex');
    const expected = createHmac('sha256', key).update(raw).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { statusCode: 401 };
    const text = raw.toString('utf8');
    JSON.parse(text);
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: text }));
    return { statusCode: 200, body: '{"received":true}' };
  };
}
