// Ingest loads its spill writer (and the DynamoDB client) with `import()` when SQS first fails: a
// failed load answers 503 for that request and is not kept, so the next request loads it again.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENV } from '../lambdas/shared/env';
import { sampleBody } from '../lambdas/shared/sample-events';
import { signPlain } from '../lambdas/shared/sign-webhook';
import { apiEvent } from './helpers/api-event';
import { TEST_SECRET } from './helpers/samples';

afterEach(() => {
  vi.doUnmock('../lambdas/ingest/spill-writer');
  vi.resetModules();
});

describe('the spill writer, loaded when SQS first fails', () => {
  it('answers 503 when it cannot be loaded, and loads it again for the next request', async () => {
    let loads = 0;
    vi.doMock('../lambdas/ingest/spill-writer', async (importOriginal) => {
      loads++;
      if (loads === 1) throw new Error('chunk could not be read');
      return importOriginal();
    });
    const { ingestHandlerFromEnv } = await import('../lambdas/ingest/from-env');
    const puts: unknown[] = [];
    const handler = ingestHandlerFromEnv(
      {
        [ENV.queueUrl]: 'https://sqs.invalid/0/q',
        [ENV.tableName]: 'spills',
        [ENV.localSecret]: TEST_SECRET,
      },
      {
        sqs: { send: async () => Promise.reject(new Error('SQS is down')) } as unknown as SQSClient,
        dynamodb: {
          send: async (command: { input: unknown }) => {
            puts.push(command.input);
            return {};
          },
        } as unknown as DynamoDBClient,
        write: () => {},
      },
    );
    const body = sampleBody();
    const request = () => handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));

    expect((await request()).statusCode).toBe(503);
    expect(puts).toHaveLength(0);
    expect((await request()).statusCode).toBe(200);
    expect((await request()).statusCode).toBe(200);
    expect(puts).toHaveLength(2);
    expect(loads).toBe(2); // loaded again after the failure, then kept
  });
});
