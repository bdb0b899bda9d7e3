// Ingest's time budget (lambdas/ingest/budget.ts): whatever SQS, the spill table and Secrets Manager
// do, ingest answers within 7 s, 200 when either store confirmed and 503 otherwise. Each dependency is
// black-holed on the wire by a loopback proxy in front of its real local server: a request never
// answered, an answer whose body dribbles in forever (no idle timeout ever fires), a slow answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INGEST_BUDGET, LAVA_DELIVERY_TIMEOUT_MS } from '../../lambdas/ingest/budget';
import { ingestHandlerFromEnv } from '../../lambdas/ingest/from-env';
import { SPILL_CLIENT_SETTINGS } from '../../lambdas/ingest/spill-writer';
import { ENV } from '../../lambdas/shared/env';
import { sampleBody } from '../../lambdas/shared/sample-events';
import { SECRET_READ_TIMEOUT_MS } from '../../lambdas/shared/secret-source';
import { signPlain } from '../../lambdas/shared/sign-webhook';
import { SQS_CLIENT_SETTINGS } from '../../lambdas/shared/sqs-enqueue';
import { spillKey } from '../../lambdas/shared/table-schema';
import { FUNCTION_LIMITS, LOCAL_NAMES } from '../../lib/definitions';
import { startAwsJsonServer } from '../../local/aws-json-server';
import { localClientConfig } from '../../local/local-clients';
import { LocalSecret } from '../../local/local-secret';
import { secretsManagerOperations } from '../../local/secrets-manager-service';
import { apiEvent } from '../helpers/api-event';
import { dynamoClient, freshTable } from '../helpers/dynamodb';
import { type Fault, SQS_UNAVAILABLE, startFaultProxy } from '../helpers/fault-proxy';
import { TEST_SECRET } from '../helpers/samples';
import { startSqs } from '../helpers/sqs-server';

type Proxy = Awaited<ReturnType<typeof startFaultProxy>>;
const dir = mkdtempSync(join(tmpdir(), 'lava-budget-'));
let sqs: Awaited<ReturnType<typeof startSqs>>;
let secrets: Awaited<ReturnType<typeof startAwsJsonServer>>;
let proxies: { sqs: Proxy; dynamodb: Proxy; secretsManager: Proxy };
let queueUrl: string;
let tableName: string;
let lines: string[] = [];

beforeAll(async () => {
  sqs = await startSqs();
  queueUrl = await sqs.createQueue('budget');
  tableName = await freshTable(dynamoClient());
  const secret = new LocalSecret(dir, { secretString: TEST_SECRET, versionId: 'v1', createdDate: 0 });
  secrets = await startAwsJsonServer(secretsManagerOperations(secret));
  proxies = {
    sqs: await startFaultProxy(sqs.endpoint),
    dynamodb: await startFaultProxy(inject('dynamoEndpoint')),
    secretsManager: await startFaultProxy(secrets.endpoint),
  };
});
afterAll(async () => {
  await Promise.all(Object.values(proxies).map((p) => p.close()));
  await sqs.close();
  await secrets.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh container's handler (its secret not read yet), every client as deployed but for its endpoint. */
function coldIngest() {
  return ingestHandlerFromEnv(
    { [ENV.queueUrl]: queueUrl, [ENV.tableName]: tableName, [ENV.secretId]: LOCAL_NAMES.secret },
    {
      sqs: new SQSClient({ ...SQS_CLIENT_SETTINGS, ...localClientConfig(proxies.sqs.endpoint) }),
      dynamodb: new DynamoDBClient({
        ...SPILL_CLIENT_SETTINGS,
        ...localClientConfig(proxies.dynamodb.endpoint),
      }),
      secretsManager: new SecretsManagerClient({
        maxAttempts: 2,
        ...localClientConfig(proxies.secretsManager.endpoint),
      }),
      write: (line) => lines.push(line),
    },
  );
}

/** Posts one signed webhook to a cold handler while the given dependencies misbehave. */
async function post(faults: Partial<Record<keyof typeof proxies, Fault['respond']>>, connectionId: string) {
  const removers = Object.entries(faults).map(([name, respond]) =>
    proxies[name as keyof typeof proxies].failAll(respond),
  );
  try {
    lines = [];
    const body = sampleBody('connection.created', connectionId);
    const event = apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) });
    const handler = coldIngest();
    const started = Date.now();
    const res = await handler(event);
    const line = JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown>;
    return {
      status: res.statusCode,
      elapsedMs: Date.now() - started,
      line,
      deliveryId: event.requestContext.requestId,
    };
  } finally {
    for (const remove of removers) remove();
  }
}

async function spilled(deliveryId: string): Promise<boolean> {
  const out = await dynamoClient().send(
    new GetItemCommand({
      TableName: tableName,
      Key: { pk: { S: spillKey(deliveryId) } },
      ConsistentRead: true,
    }),
  );
  return out.Item !== undefined;
}

const WITHIN = INGEST_BUDGET.answerWithinMs;

describe(`ingest answers within ${WITHIN / 1000} s whatever its dependencies do`, () => {
  it('SQS never answers: the spill table takes it, 200', async () => {
    const r = await post({ sqs: 'hang' }, 'con_budget_sqs_hang');
    // A spilled line keeps what an accepted one leaves to the archive: it may be the body's only record.
    expect(r).toMatchObject({
      status: 200,
      line: {
        Spilled: 1,
        connectionId: 'con_budget_sqs_hang',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        scheme: 'plain',
        receivedAt: expect.any(Number),
        sqsError: expect.anything(),
      },
    });
    expect(r.elapsedMs).toBeLessThan(WITHIN);
    expect(await spilled(r.deliveryId)).toBe(true);
  });

  it('SQS answers but its body never ends: given up at its share of the budget, spilled, 200', async () => {
    const r = await post({ sqs: 'trickle' }, 'con_budget_sqs_trickle');
    expect(r).toMatchObject({ status: 200, line: { Spilled: 1 } });
    expect(r.elapsedMs).toBeLessThan(WITHIN);
    expect(await spilled(r.deliveryId)).toBe(true);
  });

  it('SQS and the spill table both dribble forever: 503, never 200', async () => {
    const r = await post({ sqs: 'trickle', dynamodb: 'trickle' }, 'con_budget_both_trickle');
    expect(r).toMatchObject({
      status: 503,
      line: { EnqueueFailed: 1, sqsError: { name: 'DeadlineError' }, spillError: { name: 'DeadlineError' } },
    });
    expect(r.elapsedMs).toBeLessThan(WITHIN);
  });

  it('a cold secret read that never answers: 503 once its own bound passes', async () => {
    const r = await post({ secretsManager: 'hang' }, 'con_budget_secret_hang');
    expect(r).toMatchObject({ status: 503, line: { SecretUnavailable: 1 } });
    expect(r.elapsedMs).toBeLessThan(WITHIN);
  });

  it('a slow cold secret, then SQS and the spill table never answering: still 503 in time', async () => {
    const slowSecret = { delayMs: SECRET_READ_TIMEOUT_MS - 300 };
    const r = await post({ secretsManager: slowSecret, sqs: 'hang', dynamodb: 'hang' }, 'con_budget_all');
    expect(r).toMatchObject({ status: 503, line: { EnqueueFailed: 1 } });
    expect(r.elapsedMs).toBeLessThan(WITHIN);
  });

  it('a slow SQS (1.2 s an answer) still confirms, 200 without spilling', async () => {
    const r = await post({ sqs: { delayMs: 1_200 } }, 'con_budget_sqs_slow');
    expect(r).toMatchObject({ status: 200, line: { message: 'accepted', Service: 'ingest' } });
    expect(await spilled(r.deliveryId)).toBe(false);
  });

  it('SQS refusing and a slow spill table (1.2 s an answer): the spill table is given its time, 200', async () => {
    const r = await post({ sqs: SQS_UNAVAILABLE, dynamodb: { delayMs: 1_200 } }, 'con_budget_spill_slow');
    expect(r).toMatchObject({ status: 200, line: { Spilled: 1 } });
    expect(r.elapsedMs).toBeLessThan(WITHIN);
  });

  it("is set consistently: the budget < the function timeout < the integration timeout < Lava's 10 s", () => {
    const functionMs = FUNCTION_LIMITS.ingest.timeoutSeconds * 1000;
    expect(SECRET_READ_TIMEOUT_MS + INGEST_BUDGET.spillReserveMs + INGEST_BUDGET.answerMarginMs).toBeLessThan(
      WITHIN,
    );
    expect(WITHIN).toBeLessThan(functionMs);
    expect(functionMs).toBeLessThan(FUNCTION_LIMITS.ingest.integrationTimeoutSeconds * 1000);
    expect(FUNCTION_LIMITS.ingest.integrationTimeoutSeconds * 1000).toBeLessThan(LAVA_DELIVERY_TIMEOUT_MS);
  });
});
