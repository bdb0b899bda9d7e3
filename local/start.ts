// `npm start`: the local stack on 127.0.0.1:$PORT until Ctrl-C or SIGTERM.
import { relative } from 'node:path';
import { scheduleFromEnv } from '../lambdas/forwarder/from-env';
import { ENV } from '../lambdas/shared/env';
import { DEFAULT_CONNECTION_ID } from '../lambdas/shared/sample-events';
import { FORWARDING, LOCAL } from '../lib/definitions';
import { errorText } from './format';
import { type LocalStack, startLocalStack } from './local-stack';
import { sayNodeNoticeOnce } from './node-support';
import { DEFAULT_STATE_DIR, stateDirFrom } from './stack-file';
import {
  consoleWriter,
  describeForwarding,
  describeSecretOrigin,
  printNotice,
  tryItLines,
} from './start-output';

const port = process.env.PORT === undefined ? LOCAL.port : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}
const visibility = Number(process.env.LOCAL_VISIBILITY_TIMEOUT_SECONDS ?? LOCAL.visibilityTimeoutSeconds);
const reconcileEvery = Number(process.env.LOCAL_RECONCILE_INTERVAL_SECONDS || 3600);
if (!Number.isFinite(reconcileEvery) || reconcileEvery < 0) {
  console.error('LOCAL_RECONCILE_INTERVAL_SECONDS must be a number of seconds (0: never)');
  process.exit(1);
}
sayNodeNoticeOnce(console.log); // instead of the SDK's 8 lines

// Signals are handled from the start: one arriving while Java boots stops it once it is up.
let stack: LocalStack | undefined;
let stopRequested: string | undefined;
let stopping = false;
const stop = async (signal: string) => {
  stopRequested = signal;
  if (!stack || stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await stack.stop();
  console.log('Stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  stack = await startLocalStack({
    stateDir: stateDirFrom(process.env),
    port,
    secret: process.env[ENV.localSecret],
    env: process.env,
    visibilityTimeoutSeconds: visibility,
    write: consoleWriter({ level: process.env[ENV.logLevel], retrySeconds: visibility }),
    lavaSecretKey: process.env[ENV.lavaSecretKey],
    lavaApiBaseUrl: process.env[ENV.lavaApiBaseUrl],
    reconcileIntervalSeconds: reconcileEvery,
    forwardUrl: process.env[ENV.forwardUrl] || undefined,
    forwardSecret: process.env[ENV.forwardSecret],
    onError: (message, error) => console.error(`${message}: ${errorText(error)}`),
    notify: printNotice,
  });
} catch (error) {
  // A start that fails after a Ctrl-C (the stop cut it short) is the stop, not a failure.
  if (stopRequested) {
    console.log(`\n${stopRequested} during startup: stopped.`);
    process.exit(0);
  }
  console.error(`Could not start the local stack: ${errorText(error)}`);
  process.exit(1);
}
if (stopRequested) await stop(stopRequested);

const state = relative(process.cwd(), stack.stateDir) || '.';
console.log(`lava-webhooks is listening on POST ${stack.url}`);
console.log(`  signing secret: ${describeSecretOrigin(stack.secretOrigin, state)}`);
console.log(`  state:          ${state}/ (the table, the queue and the DLQ survive restarts and crashes)`);
if (stack.restoredMessages > 0) {
  console.log(`  queued:         ${stack.restoredMessages} messages kept from the last run (queue and DLQ)`);
}
console.log(`  domain events:  ${relative(process.cwd(), stack.info.domainEventsFile)}`);
const jvm = stack.dynamoDb?.pid();
if (jvm)
  console.log(`  dynamodb:       DynamoDB Local, pid ${jvm}: restarted if it dies, stopped with the stack`);
console.log(`  retries:        a failed message is retried every ${visibility} s, then moved to the DLQ`);
if (process.env[ENV.lavaSecretKey]) {
  const at = process.env[ENV.lavaApiBaseUrl] ?? 'the URL the key selects';
  console.log(`  reconciler:     with ${ENV.lavaSecretKey} against ${at} (npx lava-webhooks reconcile)`);
}
if (stack.forwarding && stack.info.forwarding) {
  const schedule = scheduleFromEnv(process.env, FORWARDING.localSchedule);
  for (const line of describeForwarding(
    stack.info.forwarding.url,
    stack.forwarding.secretOrigin,
    state,
    schedule,
  ))
    console.log(line);
}
for (const line of tryItLines(stack.stateDir, DEFAULT_STATE_DIR, DEFAULT_CONNECTION_ID)) console.log(line);
console.log('Ctrl-C stops everything.');
