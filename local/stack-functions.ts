// The local stack's functions, wired to the real handlers through lambdas/*/from-env.ts, each part a
// phase returning its stop (see running.ts): the handlers, the reconciler's schedule, the consumer's
// pollers, forwarding, the drainer's loop, and serving the webhook URL.

import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { consumerHandlerFromEnv } from '../lambdas/consumer/from-env';
import { drainerFromEnv } from '../lambdas/drainer/from-env';
import { ingestHandlerFromEnv } from '../lambdas/ingest/from-env';
import { reconcilerHandlerFromEnv } from '../lambdas/reconciler/from-env';
import { ENV } from '../lambdas/shared/env';
import { createLogger, type LineWriter, type Logger } from '../lambdas/shared/log';
import { getItem } from '../lambdas/shared/table-reads';
import { NO_ITEM_KEY } from '../lambdas/shared/table-schema';
import { CONSUMER, DRAINER, FUNCTION_LIMITS, LOCAL_NAMES } from '../lib/definitions';
import { startDrainLoop } from './drain-loop';
import type { SupervisedDynamoDb } from './dynamodb-supervisor';
import type { LocalFunction } from './lambda-service';
import type { Stop } from './running';
import { startPoller } from './sqs-poller';
import type { Queues } from './sqs-queues';
import type { LocalClients } from './stack-services';
import type { IngestHandler, WebhookServer } from './webhook-server';

const PASSED_THROUGH = [
  ENV.logLevel,
  ENV.eventTtlDays,
  ENV.duplicateWindowSeconds,
  ENV.toleranceSeconds,
  ENV.metricsNamespace,
  ENV.secretTtlSeconds,
] as const;

/** The functions' environment, as the stack sets it deployed, with the settings passed through. */
export function functionEnv(queues: Queues, tableName: string, given?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    [ENV.queueUrl]: queues.queueUrl,
    [ENV.tableName]: tableName,
    [ENV.eventBusName]: LOCAL_NAMES.eventBus,
    [ENV.secretId]: LOCAL_NAMES.secret,
  };
  for (const name of PASSED_THROUGH) if (given?.[name] !== undefined) env[name] = given[name];
  return env;
}

/** The functions of the local stack, as their lines name them on the console. */
export type LocalFunctionName = 'ingest' | 'consumer' | 'reconciler' | 'drainer' | 'forwarder';

/**
 * Where the local stack's functions write: each line with the function that wrote it, which on
 * Lambda its log group says (the lines themselves do not name it).
 */
export type FunctionLineWriter = (line: string, fn: LocalFunctionName) => void;

/** One function's writer. */
export const writerOf =
  (write: FunctionLineWriter, fn: LocalFunctionName): LineWriter =>
  (line) =>
    write(line, fn);

/**
 * Ingest, the consumer and the reconciler. Ingest and the consumer are built again when their
 * configuration is updated (registered in `functions` for the Lambda API): a fresh instance, as on
 * Lambda.
 */
export function handlers(
  env: NodeJS.ProcessEnv,
  c: LocalClients,
  write: FunctionLineWriter,
  functions: Map<string, LocalFunction>,
  lavaApiBaseUrl: string | undefined,
) {
  const { dynamodb, sqs, secretsManager, eventBridge } = c;
  const newIngest = () =>
    ingestHandlerFromEnv(env, { sqs, secretsManager, dynamodb, write: writerOf(write, 'ingest') });
  const newConsumer = () =>
    consumerHandlerFromEnv(env, {
      dynamodb,
      eventBridge,
      secretsManager,
      write: writerOf(write, 'consumer'),
    });
  let ingest = newIngest();
  let consumer = newConsumer();
  functions.set(LOCAL_NAMES.ingestFunction, {
    restart: () => {
      ingest = newIngest();
    },
  });
  functions.set(LOCAL_NAMES.consumerFunction, {
    restart: () => {
      consumer = newConsumer();
    },
  });
  const reconcilerEnv = {
    ...env,
    [ENV.lavaKeySecretId]: LOCAL_NAMES.lavaKeySecret,
    [ENV.lavaApiBaseUrl]: lavaApiBaseUrl,
  };
  return {
    ingest: ((event) => ingest(event)) as IngestHandler,
    consumer: ((event) => consumer(event)) as typeof consumer,
    reconciler: reconcilerHandlerFromEnv(reconcilerEnv, {
      dynamodb,
      eventBridge,
      secretsManager,
      write: writerOf(write, 'reconciler'),
    }),
  };
}

/** The reconciler every `everyMs` (0: never), as its schedule runs it deployed. */
export function reconcileSchedulePhase(
  reconciler: () => Promise<unknown>,
  everyMs: number,
  onError: (message: string, error: unknown) => void,
): { stop: Stop } {
  if (everyMs <= 0) return { stop: () => {} };
  const timer = setInterval(() => reconciler().catch((e) => onError('reconcile failed', e)), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Reads a key that no item has: touches the table and nothing else. */
const readNoItem = (dynamodb: DynamoDBClient, tableName: string) => getItem(dynamodb, tableName, NO_ITEM_KEY);

/**
 * DynamoDB Local answers TransactWriteItems before its commit has run (it queues the COMMIT on its
 * single SQLite thread and returns), so a JVM killed just after the answer loses the transaction. A
 * read queues behind that commit: once it is answered, everything acknowledged before is on disk,
 * and the poller may delete the batch's messages.
 */
const committedBarrier = (dynamodb: DynamoDBClient, tableName: string) => async () => {
  await readNoItem(dynamodb, tableName);
};

export interface ConsumerPollerOptions {
  clients: LocalClients;
  queues: Queues;
  consumer: ReturnType<typeof handlers>['consumer'];
  tableName: string;
  visibilityTimeoutSeconds: number;
  waitTimeSeconds: number;
  dynamoDb?: SupervisedDynamoDb;
  onError: (message: string, error: unknown) => void;
}

/**
 * As many pollers as the event source mapping's maximum concurrency: batches run side by side, as
 * they do on AWS (and concurrent writers to one connection meet the optimistic lock).
 */
export function consumerPollersPhase(o: ConsumerPollerOptions): { stop: Stop } {
  const { dynamoDb } = o;
  const pollers = Array.from({ length: CONSUMER.maxConcurrency }, () =>
    startPoller({
      sqs: o.clients.pollerSqs,
      ...o.queues,
      handler: o.consumer,
      batchSize: CONSUMER.batchSize,
      visibilityTimeoutSeconds: o.visibilityTimeoutSeconds,
      waitTimeSeconds: o.waitTimeSeconds,
      timeoutMs: FUNCTION_LIMITS.consumer.timeoutSeconds * 1000,
      onError: o.onError,
      ready: dynamoDb ? (signal) => dynamoDb.whenUp(signal) : undefined,
      beforeDelete: committedBarrier(o.clients.dynamodb, o.tableName),
    }),
  );
  return {
    stop: async () => {
      await Promise.all(pollers.map((p) => p.stop()));
    },
  };
}

/** What ingest spilled while SQS did not answer, moved to the queue as the deployed drainer does. */
export function drainPhase(env: NodeJS.ProcessEnv, c: LocalClients, write: FunctionLineWriter) {
  return startDrainLoop(
    drainerFromEnv(env, { dynamodb: c.dynamodb, sqs: c.sqs, write: writerOf(write, 'drainer') }),
    DRAINER.localIntervalMs,
  );
}

/** The first request through a fresh SDK client and a fresh JVM is slow; pay that before serving. */
export async function warmUp(dynamodb: DynamoDBClient, tableName: string, secrets: SecretsManagerClient) {
  await Promise.all([
    readNoItem(dynamodb, tableName),
    secrets.send(new GetSecretValueCommand({ SecretId: LOCAL_NAMES.secret })),
  ]);
}

const DYNAMODB_UNAVAILABLE = {
  statusCode: 503,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    error: 'DynamoDB Local is down and could not be restarted; not accepting events it cannot apply',
  }),
};

/** 200 only for what the stack can apply: 503 while DynamoDB Local cannot come back. */
function refuseWhileUnavailable(
  ingest: IngestHandler,
  dynamoDb: SupervisedDynamoDb | undefined,
  log: Logger,
): IngestHandler {
  if (!dynamoDb) return ingest;
  return (event) => {
    if (dynamoDb.state() !== 'unavailable') return ingest(event);
    log.error('DynamoDB Local is down; answered 503', { requestId: event.requestContext?.requestId });
    return Promise.resolve(DYNAMODB_UNAVAILABLE);
  };
}

/**
 * The webhook URL served by ingest, last of all: everything it hands work to runs. Its stop, the
 * first, closes the port, so that no new work comes in while the rest stops.
 */
export function servePhase(
  web: WebhookServer,
  ingest: IngestHandler,
  dynamoDb: SupervisedDynamoDb | undefined,
  env: NodeJS.ProcessEnv,
  write: FunctionLineWriter,
): { stop: Stop } {
  const log = createLogger({ level: env[ENV.logLevel], write: writerOf(write, 'ingest') });
  web.setHandler(refuseWhileUnavailable(ingest, dynamoDb, log));
  return { stop: () => web.close() };
}
