// The whole pipeline on one machine: DynamoDB Local, the in-process SQS server, a loopback Secrets
// Manager + EventBridge endpoint, the webhook HTTP server and the queue poller, wired to the real
// handlers through lambdas/*/from-env.ts with loopback clients.

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { consumerHandlerFromEnv } from '../lambdas/consumer/from-env';
import { drainerFromEnv } from '../lambdas/drainer/from-env';
import { ingestHandlerFromEnv } from '../lambdas/ingest/from-env';
import { reconcilerHandlerFromEnv } from '../lambdas/reconciler/from-env';
import { DEFAULT_EVENT_TTL_DAYS, ENV, numberFromEnv } from '../lambdas/shared/env';
import { createLogger, type LineWriter, type Logger } from '../lambdas/shared/log';
import { SECRET_CACHE } from '../lambdas/shared/secret-source';
import { getItem } from '../lambdas/shared/table-reads';
import { NO_ITEM_KEY } from '../lambdas/shared/table-schema';
import { CONSUMER, DRAINER, FUNCTION_LIMITS, LOCAL, LOCAL_NAMES } from '../lib/definitions';
import { startAwsJsonServer } from './aws-json-server';
import { createTable } from './create-table';
import { startDrainLoop } from './drain-loop';
import { LOCAL_REGION } from './dynamodb-local';
import {
  type SupervisedDynamoDb,
  type SupervisorOptions,
  superviseDynamoDbLocal,
} from './dynamodb-supervisor';
import { DOMAIN_EVENTS_FILE, eventBridgeOperations, type RuleTarget } from './eventbridge-sink';
import { FORWARD_SECRET, loadForwardSecret } from './forward-secret';
import { forwardQueueTarget, startForwarding } from './forwarding';
import { type LocalFunction, lambdaRoutes } from './lambda-service';
import { localClientConfig } from './local-clients';
import { LocalSecret, loadInitialSecret, type SecretOrigin } from './local-secret';
import { identify } from './process-identity';
import { secretsManagerOperations } from './secrets-manager-service';
import { startPoller } from './sqs-poller';
import { createForwardQueues, createQueues, SQS_JOURNAL_FILE, startSqsServer } from './sqs-queues';
import { DEFAULT_STATE_DIR, removeStackFile, type StackInfo, writeStackFile } from './stack-file';
import { lockStateDir } from './state-lock';
import { type IngestHandler, startWebhookServer } from './webhook-server';

export interface LocalStackOptions {
  /**
   * State folder (DynamoDB data, the queues' journal, secret, domain events, stack.json); default
   * `.local/` of the checkout.
   */
  stateDir?: string;
  /** HTTP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** Use this DynamoDB endpoint instead of starting DynamoDB Local (tests share one). */
  dynamoEndpoint?: string;
  tableName?: string;
  /** A LAVA_WEBHOOK_SECRET-style value; without it the secret kept in the state folder is used. */
  secret?: string;
  visibilityTimeoutSeconds?: number;
  waitTimeSeconds?: number;
  /** Handler settings passed through (LOG_LEVEL, EVENT_TTL_DAYS, SIGNATURE_TOLERANCE_SECONDS…). */
  env?: NodeJS.ProcessEnv;
  /** Where the handlers' log and metric lines go (default: dropped). */
  write?: LineWriter;
  /** Problems outside the handlers (polling errors, a failed batch). */
  onError?: (message: string, error: unknown) => void;
  /** Lava's secret key (LAVA_SECRET_KEY), kept in memory: the reconciler runs only with one. */
  lavaSecretKey?: string;
  /** The Lava SDK's baseUrl (LAVA_API_BASE_URL), for the reconciler and the CLI. */
  lavaApiBaseUrl?: string;
  /** Seconds between the reconciler's runs when a key is set (LOCAL_RECONCILE_INTERVAL_SECONDS); 0: never. */
  reconcileIntervalSeconds?: number;
  /** What the stack has to say while it runs: DynamoDB Local died, is back, cannot come back. */
  notify?: (message: string) => void;
  /** How DynamoDB Local is restarted (tests shorten it). */
  supervision?: Pick<SupervisorOptions, 'failuresBeforeUnavailable' | 'retryDelaysMs'>;
  /** Forward the domain events to the app at this URL (FORWARD_URL); off without one. */
  forwardUrl?: string;
  /** The forwarding secret (FORWARD_SECRET); without it the one kept in the state folder. */
  forwardSecret?: string;
}

export interface LocalStack {
  url: string;
  port: number;
  stateDir: string;
  info: StackInfo;
  secretOrigin: SecretOrigin;
  /** Runs the scheduled reconciler once now (it is off without a Lava key). */
  reconcile(): Promise<unknown>;
  /** Messages (queue and DLQ) put back from the state folder's journal at start. */
  restoredMessages: number;
  /** The supervised DynamoDB Local (absent with `dynamoEndpoint`). */
  dynamoDb?: Pick<SupervisedDynamoDb, 'pid' | 'state' | 'whenUp'>;
  /** Forwarding to the app, when a URL was given. */
  forwarding?: { secretOrigin: SecretOrigin; state(): 'on' | 'off' };
  stop(): Promise<void>;
}

const DYNAMODB_PID_FILE = 'dynamodb.pid';

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

const PASSED_THROUGH = [
  ENV.logLevel,
  ENV.eventTtlDays,
  ENV.duplicateWindowSeconds,
  ENV.toleranceSeconds,
  ENV.metricsNamespace,
  ENV.secretTtlSeconds,
] as const;

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

/** The first request through a fresh SDK client and a fresh JVM is slow; pay that before serving. */
async function warmUp(dynamodb: DynamoDBClient, tableName: string, secrets: SecretsManagerClient) {
  await Promise.all([
    readNoItem(dynamodb, tableName),
    secrets.send(new GetSecretValueCommand({ SecretId: LOCAL_NAMES.secret })),
  ]);
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const stateDir = resolve(options.stateDir ?? DEFAULT_STATE_DIR);
  mkdirSync(stateDir, { recursive: true });
  // Before anything else: a folder in use is refused without touching what its stack owns.
  const lock = lockStateDir(stateDir);
  const cleanups: (() => Promise<void> | void)[] = [() => lock.release()];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await Promise.resolve(fn()).catch(() => {});
    cleanups.length = 0;
  };
  const onError = options.onError ?? (() => {});
  const notify = options.notify ?? (() => {});
  try {
    // The port first: a taken port should fail before Java starts.
    const web = await startWebhookServer({
      port: options.port ?? LOCAL.port,
      maxRequestBytes: LOCAL.maxRequestBytes,
      onError: (e) => onError('webhook request failed', e),
    });
    const closeWeb = () => web.close();
    cleanups.push(closeWeb);
    const { secret, origin } = loadInitialSecret(stateDir, options.secret);

    let dynamoEndpoint = options.dynamoEndpoint;
    let dynamoDb: SupervisedDynamoDb | undefined;
    if (!dynamoEndpoint) {
      const dbPath = join(stateDir, 'dynamodb');
      mkdirSync(dbPath, { recursive: true });
      const supervised = await superviseDynamoDbLocal({
        dbPath,
        pidFile: join(stateDir, DYNAMODB_PID_FILE),
        notify,
        ...options.supervision,
      });
      cleanups.push(() => supervised.stop());
      dynamoEndpoint = supervised.endpoint;
      dynamoDb = supervised;
    }
    const sqsServer = await startSqsServer({ journalFile: join(stateDir, SQS_JOURNAL_FILE), onError });
    cleanups.push(() => sqsServer.close());
    const domainEventsFile = join(stateDir, DOMAIN_EVENTS_FILE);
    const forwardSecret = options.forwardUrl ? loadForwardSecret(stateDir, options.forwardSecret) : undefined;
    // The forwarding rule's target, once its queue exists (before anything can publish).
    let forwardTarget: RuleTarget | undefined;
    const functions = new Map<string, LocalFunction>(); // registered once built, below
    const aws = await startAwsJsonServer(
      {
        ...secretsManagerOperations(
          new LocalSecret(stateDir, secret),
          options.lavaSecretKey,
          forwardSecret && new LocalSecret(stateDir, forwardSecret.secret, FORWARD_SECRET),
        ),
        ...eventBridgeOperations(
          domainEventsFile,
          LOCAL_NAMES.eventBus,
          options.forwardUrl ? (events) => (forwardTarget as RuleTarget)(events) : undefined,
        ),
      },
      0,
      lambdaRoutes(functions),
    );
    cleanups.push(() => aws.close());

    const dynamodb = new DynamoDBClient(localClientConfig(dynamoEndpoint));
    const sqs = new SQSClient({ ...localClientConfig(sqsServer.endpoint), maxAttempts: 3 });
    const pollerSqs = new SQSClient(localClientConfig(sqsServer.endpoint));
    const secretsManager = new SecretsManagerClient({ ...localClientConfig(aws.endpoint), maxAttempts: 2 });
    const eventBridge = new EventBridgeClient(localClientConfig(aws.endpoint));
    cleanups.push(() => {
      for (const client of [dynamodb, sqs, pollerSqs, secretsManager, eventBridge]) client.destroy();
    });

    const tableName = options.tableName ?? LOCAL_NAMES.table;
    await createTable(dynamodb, tableName);
    const visibilityTimeoutSeconds = options.visibilityTimeoutSeconds ?? LOCAL.visibilityTimeoutSeconds;
    const queues = await createQueues(sqs, visibilityTimeoutSeconds);
    const forwardQueues = options.forwardUrl
      ? await createForwardQueues(sqs, visibilityTimeoutSeconds)
      : undefined;
    if (forwardQueues) forwardTarget = forwardQueueTarget(sqs, forwardQueues.queueUrl);

    const env: NodeJS.ProcessEnv = {
      [ENV.queueUrl]: queues.queueUrl,
      [ENV.tableName]: tableName,
      [ENV.eventBusName]: LOCAL_NAMES.eventBus,
      [ENV.secretId]: LOCAL_NAMES.secret,
    };
    for (const name of PASSED_THROUGH) if (options.env?.[name] !== undefined) env[name] = options.env[name];
    const write = options.write ?? (() => {});
    // Each function is built again when its configuration is updated: a fresh instance, as on Lambda.
    const newIngest = () => ingestHandlerFromEnv(env, { sqs, secretsManager, dynamodb, write });
    const newConsumer = () => consumerHandlerFromEnv(env, { dynamodb, eventBridge, secretsManager, write });
    let ingest = newIngest();
    let consumerInstance = newConsumer();
    const consumer: typeof consumerInstance = (event) => consumerInstance(event);
    const reconciler = reconcilerHandlerFromEnv(
      {
        ...env,
        [ENV.lavaKeySecretId]: LOCAL_NAMES.lavaKeySecret,
        [ENV.lavaApiBaseUrl]: options.lavaApiBaseUrl,
      },
      { dynamodb, eventBridge, secretsManager, write },
    );
    const reconcileEvery = (options.reconcileIntervalSeconds ?? 3600) * 1000;
    if (options.lavaSecretKey && reconcileEvery > 0) {
      const timer = setInterval(
        () => reconciler().catch((e) => onError('reconcile failed', e)),
        reconcileEvery,
      );
      timer.unref();
      cleanups.push(() => clearInterval(timer));
    }

    // As many pollers as the event source mapping's maximum concurrency: batches run side by side,
    // as they do on AWS (and concurrent writers to one connection meet the optimistic lock).
    const pollers = Array.from({ length: CONSUMER.maxConcurrency }, () =>
      startPoller({
        sqs: pollerSqs,
        ...queues,
        handler: consumer,
        batchSize: CONSUMER.batchSize,
        visibilityTimeoutSeconds,
        waitTimeSeconds: options.waitTimeSeconds ?? LOCAL.waitTimeSeconds,
        timeoutMs: FUNCTION_LIMITS.consumer.timeoutSeconds * 1000,
        onError,
        ready: dynamoDb ? (signal) => dynamoDb.whenUp(signal) : undefined,
        beforeDelete: committedBarrier(dynamodb, tableName),
      }),
    );
    cleanups.push(async () => {
      await Promise.all(pollers.map((p) => p.stop()));
    });
    let written: StackInfo | undefined;
    const forwarding =
      options.forwardUrl && forwardQueues
        ? startForwarding({
            url: options.forwardUrl,
            sqs: pollerSqs,
            secretsManager,
            queues: forwardQueues,
            env: options.env,
            write,
            visibilityTimeoutSeconds,
            waitTimeSeconds: options.waitTimeSeconds ?? LOCAL.waitTimeSeconds,
            onError,
            onOff: (reason) => {
              notify(
                `forwarding OFF: ${reason}; events wait in the forwarding queue until the stack restarts`,
              );
              // stack.json says so, for `lava-webhooks forward status` (once it is written).
              if (written?.forwarding) {
                written = { ...written, forwarding: { ...written.forwarding, state: 'off' } };
                writeStackFile(stateDir, written);
              }
            },
          })
        : undefined;
    if (forwarding) cleanups.push(() => forwarding.stop());
    // What ingest spilled while SQS did not answer, moved to the queue as the deployed drainer does.
    const drainLoop = startDrainLoop(drainerFromEnv(env, { dynamodb, sqs, write }), DRAINER.localIntervalMs);
    cleanups.push(() => drainLoop.stop());
    await warmUp(dynamodb, tableName, secretsManager);
    const log = createLogger({ service: 'ingest', level: env[ENV.logLevel], write });
    const serveIngest = () => web.setHandler(refuseWhileUnavailable(ingest, dynamoDb, log));
    serveIngest();
    functions.set(LOCAL_NAMES.ingestFunction, {
      restart: () => {
        ingest = newIngest();
        serveIngest();
      },
    });
    functions.set(LOCAL_NAMES.consumerFunction, {
      restart: () => {
        consumerInstance = newConsumer();
      },
    });

    const info: StackInfo = {
      ...identify(process.pid),
      startedAt: new Date().toISOString(),
      url: web.url,
      port: web.port,
      region: LOCAL_REGION,
      dynamoEndpoint,
      tableName,
      sqsEndpoint: sqsServer.endpoint,
      ...queues,
      awsEndpoint: aws.endpoint,
      ingestFunctionName: LOCAL_NAMES.ingestFunction,
      consumerFunctionName: LOCAL_NAMES.consumerFunction,
      secretId: LOCAL_NAMES.secret,
      eventBusName: LOCAL_NAMES.eventBus,
      domainEventsFile,
      eventTtlDays: numberFromEnv(env, ENV.eventTtlDays, DEFAULT_EVENT_TTL_DAYS),
      secretCacheTtlSeconds: numberFromEnv(env, ENV.secretTtlSeconds, SECRET_CACHE.ttlSeconds),
      lavaKeySecretId: LOCAL_NAMES.lavaKeySecret,
      lavaApiBaseUrl: options.lavaApiBaseUrl,
      ...(options.forwardUrl && forwardQueues
        ? {
            forwarding: {
              url: options.forwardUrl,
              ...forwardQueues,
              secretId: LOCAL_NAMES.forwardSecret,
              state: forwarding?.state() ?? 'on',
            },
          }
        : {}),
    };
    writeStackFile(stateDir, info);
    written = info;
    cleanups.push(() => removeStackFile(stateDir, info.pid, info.url));

    // Stop the HTTP server first (no new work), then the poller, then the servers it talks to; the
    // lock goes last.
    cleanups.splice(cleanups.indexOf(closeWeb), 1);
    cleanups.push(closeWeb);
    let stopping: Promise<void> | undefined;
    return {
      url: web.url,
      port: web.port,
      stateDir,
      info,
      secretOrigin: origin,
      reconcile: () => reconciler(),
      restoredMessages: sqsServer.restored.messages,
      dynamoDb,
      ...(forwarding && forwardSecret
        ? { forwarding: { secretOrigin: forwardSecret.origin, state: () => forwarding.state() } }
        : {}),
      stop: () => {
        stopping ??= cleanup();
        return stopping;
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
