// The whole pipeline on one machine: DynamoDB Local, the in-process SQS server, a loopback Secrets
// Manager + EventBridge endpoint, the webhook HTTP server and the queue poller, wired to the real
// handlers through lambdas/*/from-env.ts with loopback clients. Started in phases, each returning
// its stop (running.ts): the stack stops in the reverse order of its start.

import { join, resolve } from 'node:path';
import { DEFAULT_EVENT_TTL_DAYS, ENV, numberFromEnv } from '../lambdas/shared/env';
import { SECRET_CACHE } from '../lambdas/shared/secret-source';
import { LOCAL, LOCAL_NAMES } from '../lib/definitions';
import { createTable } from './create-table';
import { LOCAL_REGION } from './dynamodb-local';
import type { SupervisedDynamoDb, SupervisorOptions } from './dynamodb-supervisor';
import { DOMAIN_EVENTS_FILE, type RuleTarget } from './eventbridge-sink';
import { loadForwardSecret } from './forward-secret';
import { forwardQueueTarget, type LocalForwarding, startForwarding } from './forwarding';
import type { LocalFunction } from './lambda-service';
import { loadInitialSecret, type SecretOrigin } from './local-secret';
import { identify } from './process-identity';
import { Running } from './running';
import { createForwardQueues, createQueues } from './sqs-queues';
import { DEFAULT_STATE_DIR, removeStackFile, type StackInfo, writeStackFile } from './stack-file';
import {
  consumerPollersPhase,
  drainPhase,
  type FunctionLineWriter,
  functionEnv,
  handlers,
  reconcileSchedulePhase,
  servePhase,
  warmUp,
  writerOf,
} from './stack-functions';
import {
  awsEndpointPhase,
  clientsPhase,
  dynamoDbPhase,
  type LocalClients,
  listenPhase,
  lockPhase,
  sqsServerPhase,
} from './stack-services';

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
  /** Where the handlers' log and metric lines go, each with the function that wrote it (default: dropped). */
  write?: FunctionLineWriter;
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

/** The table and the queues, as the deployed stack declares them (created when missing). */
async function createResources(c: LocalClients, options: LocalStackOptions) {
  const tableName = options.tableName ?? LOCAL_NAMES.table;
  await createTable(c.dynamodb, tableName);
  const visibilityTimeoutSeconds = options.visibilityTimeoutSeconds ?? LOCAL.visibilityTimeoutSeconds;
  const queues = await createQueues(c.sqs, visibilityTimeoutSeconds);
  const forwardQueues = options.forwardUrl
    ? await createForwardQueues(c.sqs, visibilityTimeoutSeconds)
    : undefined;
  return { tableName, queues, forwardQueues, visibilityTimeoutSeconds };
}

type Resources = Awaited<ReturnType<typeof createResources>>;

/** stack.json: written once the stack serves, rewritten when forwarding turns off, removed at stop. */
function stackFileKeeper(stateDir: string) {
  let written: StackInfo | undefined;
  return {
    writePhase(info: StackInfo) {
      writeStackFile(stateDir, info);
      written = info;
      return { stop: () => removeStackFile(stateDir, info.pid, info.url) };
    },
    /** For `lava-webhooks forward status` (once the file is written). */
    forwardingOff() {
      if (!written?.forwarding) return;
      written = { ...written, forwarding: { ...written.forwarding, state: 'off' } };
      writeStackFile(stateDir, written);
    },
  };
}

/** Forwarding to the app at `options.forwardUrl`, when there is one and its queues. */
function forwardingPhase(
  options: LocalStackOptions,
  r: Resources,
  c: LocalClients,
  turnedOff: (reason: string) => void,
): { forwarding?: LocalForwarding; stop: () => Promise<void> | void } {
  if (!options.forwardUrl || !r.forwardQueues) return { stop: () => {} };
  const forwarding = startForwarding({
    url: options.forwardUrl,
    sqs: c.pollerSqs,
    secretsManager: c.secretsManager,
    queues: r.forwardQueues,
    env: options.env,
    write: writerOf(options.write ?? (() => {}), 'forwarder'),
    visibilityTimeoutSeconds: r.visibilityTimeoutSeconds,
    waitTimeSeconds: options.waitTimeSeconds ?? LOCAL.waitTimeSeconds,
    onError: options.onError ?? (() => {}),
    onOff: turnedOff,
  });
  return { forwarding, stop: () => forwarding.stop() };
}

/** What stack.json says of the running stack, for the CLI. */
function stackInfo(
  web: { url: string; port: number },
  endpoints: { dynamoDb: string; sqs: string; aws: string },
  r: Resources,
  env: NodeJS.ProcessEnv,
  domainEventsFile: string,
  options: LocalStackOptions,
  forwarding: LocalForwarding | undefined,
): StackInfo {
  return {
    ...identify(process.pid),
    startedAt: new Date().toISOString(),
    url: web.url,
    port: web.port,
    region: LOCAL_REGION,
    dynamoEndpoint: endpoints.dynamoDb,
    tableName: r.tableName,
    sqsEndpoint: endpoints.sqs,
    ...r.queues,
    awsEndpoint: endpoints.aws,
    ingestFunctionName: LOCAL_NAMES.ingestFunction,
    consumerFunctionName: LOCAL_NAMES.consumerFunction,
    secretId: LOCAL_NAMES.secret,
    eventBusName: LOCAL_NAMES.eventBus,
    domainEventsFile,
    eventTtlDays: numberFromEnv(env, ENV.eventTtlDays, DEFAULT_EVENT_TTL_DAYS),
    secretCacheTtlSeconds: numberFromEnv(env, ENV.secretTtlSeconds, SECRET_CACHE.ttlSeconds),
    lavaKeySecretId: LOCAL_NAMES.lavaKeySecret,
    lavaApiBaseUrl: options.lavaApiBaseUrl,
    ...(options.forwardUrl && r.forwardQueues
      ? {
          forwarding: {
            url: options.forwardUrl,
            ...r.forwardQueues,
            secretId: LOCAL_NAMES.forwardSecret,
            state: forwarding?.state() ?? 'on',
          },
        }
      : {}),
  };
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const stateDir = resolve(options.stateDir ?? DEFAULT_STATE_DIR);
  const onError = options.onError ?? (() => {});
  const notify = options.notify ?? (() => {});
  const write = options.write ?? (() => {});
  const running = new Running();
  running.add(lockPhase(stateDir));
  try {
    const { web } = running.add(await listenPhase(options.port ?? LOCAL.port, onError));
    const signing = loadInitialSecret(stateDir, options.secret);
    const db = running.add(
      await dynamoDbPhase(stateDir, options.dynamoEndpoint, notify, options.supervision),
    );
    const { sqsServer } = running.add(await sqsServerPhase(stateDir, onError));
    const forwardSecret = options.forwardUrl ? loadForwardSecret(stateDir, options.forwardSecret) : undefined;
    let forwardTarget: RuleTarget | undefined; // once its queue exists, before anything can publish
    const functions = new Map<string, LocalFunction>(); // registered once built, below
    const domainEventsFile = join(stateDir, DOMAIN_EVENTS_FILE);
    const { aws } = running.add(
      await awsEndpointPhase({
        stateDir,
        signingSecret: signing.secret,
        lavaSecretKey: options.lavaSecretKey,
        forwardSecret: forwardSecret?.secret,
        domainEventsFile,
        forwardTarget: options.forwardUrl ? () => forwardTarget : undefined,
        functions,
      }),
    );
    const endpoints = { dynamoDb: db.endpoint, sqs: sqsServer.endpoint, aws: aws.endpoint };
    const { clients } = running.add(clientsPhase(endpoints));
    const resources = await createResources(clients, options);
    if (resources.forwardQueues)
      forwardTarget = forwardQueueTarget(clients.sqs, resources.forwardQueues.queueUrl);
    const env = functionEnv(resources.queues, resources.tableName, options.env);
    const fns = handlers(env, clients, write, functions, options.lavaApiBaseUrl);
    const reconcileEveryMs = options.lavaSecretKey ? (options.reconcileIntervalSeconds ?? 3600) * 1000 : 0;
    running.add(reconcileSchedulePhase(fns.reconciler, reconcileEveryMs, onError));
    running.add(
      consumerPollersPhase({
        clients,
        queues: resources.queues,
        consumer: fns.consumer,
        tableName: resources.tableName,
        visibilityTimeoutSeconds: resources.visibilityTimeoutSeconds,
        waitTimeSeconds: options.waitTimeSeconds ?? LOCAL.waitTimeSeconds,
        dynamoDb: db.dynamoDb,
        onError,
      }),
    );
    const stackFile = stackFileKeeper(stateDir);
    const { forwarding } = running.add(
      forwardingPhase(options, resources, clients, (reason) => {
        notify(`forwarding OFF: ${reason}; events wait in the forwarding queue until the stack restarts`);
        stackFile.forwardingOff();
      }),
    );
    running.add(drainPhase(env, clients, write));
    await warmUp(clients.dynamodb, resources.tableName, clients.secretsManager);
    running.add(servePhase(web, fns.ingest, db.dynamoDb, env, write));
    const info = stackInfo(web, endpoints, resources, env, domainEventsFile, options, forwarding);
    running.add(stackFile.writePhase(info));
    let stopping: Promise<void> | undefined;
    return {
      url: web.url,
      port: web.port,
      stateDir,
      info,
      secretOrigin: signing.origin,
      reconcile: () => fns.reconciler(),
      restoredMessages: sqsServer.restored.messages,
      dynamoDb: db.dynamoDb,
      ...(forwarding && forwardSecret
        ? { forwarding: { secretOrigin: forwardSecret.origin, state: () => forwarding.state() } }
        : {}),
      stop: () => {
        stopping ??= running.stop();
        return stopping;
      },
    };
  } catch (error) {
    await running.stop();
    throw error;
  }
}
