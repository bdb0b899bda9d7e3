// Deployment settings, read from CDK context (`cdk.json` or `cdk synth -c key=value`) or passed as stack
// props. Every key, its default and meaning is listed in README "Configuration"; keep the two in step.
// Plain data: no CDK import, so tests and tools can read the defaults cheaply.
import {
  DEFAULT_DUPLICATE_WINDOW_SECONDS,
  DEFAULT_EVENT_TTL_DAYS,
  DEFAULT_LAVA_REQUESTS_PER_SECOND,
  DEFAULT_METRICS_NAMESPACE,
  DEFAULT_TOLERANCE_SECONDS,
} from '../lambdas/shared/env';
import { CONSUMER, QUEUE } from './definitions';

export interface LavaWebhooksConfig {
  /** Names the stack `LavaWebhooks-<stage>`; [A-Za-z0-9-]. */
  stage: string;
  /** Deletion protection and RETAIN on the table and secret; defaults to true for `prod`/`production`. */
  production: boolean;
  /** Subscribed to the alarm topic when set (the address must confirm the subscription). */
  alarmEmail?: string;
  signatureToleranceSeconds: number;
  eventTtlDays: number;
  /** Plain-scheme deliveries of the same body this close together are one event (DESIGN.md). */
  duplicateWindowSeconds: number;
  /** How long the bus's archive keeps domain events for replay; 0 keeps them indefinitely. */
  domainEventRetentionDays: number;
  batchSize: number;
  maxBatchingWindowSeconds: number;
  /** Upper bound of concurrent consumer invocations the event source mapping starts (2..1000). */
  maxConcurrency: number;
  ingestReservedConcurrency?: number;
  consumerReservedConcurrency?: number;
  /**
   * The account's Lambda concurrent-executions quota in the deploy region, when known: reserved
   * concurrency must leave 100 of it unreserved. Only read to check the two settings above, so that a
   * bad value fails the synth instead of the deploy; unset, the standard quota is assumed and the
   * stack says so.
   */
  lambdaConcurrencyQuota?: number;
  throttlingRateLimit: number;
  throttlingBurstLimit: number;
  logRetentionDays: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  metricsNamespace: string;
  /** Alarm when the oldest queued message is older than this. */
  oldestMessageAlarmSeconds: number;
  /** Alarm when this many requests fail signature checks within five minutes. */
  signatureRejectedAlarmThreshold: number;
  /** Minutes between scheduled reconciles; 0 switches the schedule off. */
  reconcileIntervalMinutes: number;
  /** The reconciler's pace against Lava's API. */
  reconcileRequestsPerSecond: number;
  /** Forward the domain events to the app at this https URL (Standard Webhooks); unset: off. */
  forwardUrl?: string;
}

export const DEFAULTS = {
  stage: 'dev',
  signatureToleranceSeconds: DEFAULT_TOLERANCE_SECONDS,
  eventTtlDays: DEFAULT_EVENT_TTL_DAYS,
  duplicateWindowSeconds: DEFAULT_DUPLICATE_WINDOW_SECONDS,
  domainEventRetentionDays: 30,
  batchSize: CONSUMER.batchSize,
  maxBatchingWindowSeconds: CONSUMER.maxBatchingWindowSeconds,
  maxConcurrency: CONSUMER.maxConcurrency,
  // Sized for Lava, which does not retry: a balance update follows every usage charge, so a busy AI
  // app sends many a second. A 429 is an event lost for good (alarmed: ApiThrottled).
  throttlingRateLimit: 1_000,
  throttlingBurstLimit: 2_000,
  logRetentionDays: 30,
  logLevel: 'info',
  oldestMessageAlarmSeconds: 300,
  signatureRejectedAlarmThreshold: 20,
  reconcileIntervalMinutes: 60,
  reconcileRequestsPerSecond: DEFAULT_LAVA_REQUESTS_PER_SECOND,
} as const;

/** Retention periods CloudWatch Logs accepts. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Lambda keeps this much of the account's concurrency for functions without a reservation. */
export const LAMBDA_UNRESERVED_MINIMUM = 100;
/** Lambda's standard concurrency quota; new accounts may start far lower (10). */
export const STANDARD_LAMBDA_CONCURRENCY_QUOTA = 1000;

/** Concurrent executions the two reserved-concurrency settings take together. */
export const reservedConcurrency = (config: LavaWebhooksConfig) =>
  (config.ingestReservedConcurrency ?? 0) + (config.consumerReservedConcurrency ?? 0);

/** How to read the real quota, for messages. */
export const QUOTA_HINT =
  'New accounts may start with a quota of 10, where nothing can be reserved. Read yours with ' +
  '`aws lambda get-account-settings --query AccountLimit.ConcurrentExecutions`, and request an ' +
  'increase (Service Quotas, "Concurrent executions") if it is too low.';

/** CloudWatch's namespace characters; `AWS/` is reserved for AWS's own metrics. */
function checkNamespace(namespace: string): string {
  if (!/^[0-9A-Za-z._\-/#: ]{1,255}$/.test(namespace) || namespace.trim() === '') {
    throw new ConfigError(
      'context "metricsNamespace" must be 1-255 letters, digits, spaces or . - _ / # : characters',
    );
  }
  if (namespace.startsWith('AWS/')) {
    throw new ConfigError(
      `context "metricsNamespace" must not start with "AWS/", which CloudWatch reserves for AWS's own ` +
        `metrics: the handlers' metrics would never appear there and every alarm on them would watch ` +
        `nothing. Got ${JSON.stringify(namespace)}.`,
    );
  }
  return namespace;
}

/** Lambda refuses a reservation that leaves less than 100 of the account's quota unreserved. */
function checkReservedConcurrency(config: LavaWebhooksConfig): void {
  const reserved = reservedConcurrency(config);
  const quota = config.lambdaConcurrencyQuota ?? STANDARD_LAMBDA_CONCURRENCY_QUOTA;
  const available = Math.max(0, quota - LAMBDA_UNRESERVED_MINIMUM);
  if (reserved > available) {
    throw new ConfigError(
      `context "ingestReservedConcurrency" + "consumerReservedConcurrency" reserve ${reserved} ` +
        `concurrent executions, but an account whose Lambda quota ("lambdaConcurrencyQuota") is ` +
        `${quota} can reserve at most ${available}: Lambda keeps ${LAMBDA_UNRESERVED_MINIMUM} ` +
        `unreserved, and the deploy would fail. ${QUOTA_HINT} Otherwise lower the reservations, or ` +
        'leave them unset.',
    );
  }
}

/**
 * The app's webhook URL: https (the events carry customers' details), and no credentials in it (it is
 * in the function's configuration and the stack's outputs; the signature authenticates the sender).
 * The value is not echoed: a URL may carry a token.
 */
function checkForwardUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('context "forwardUrl" must be a URL (https://…), the app\'s webhook endpoint');
  }
  if (url.protocol !== 'https:') throw new ConfigError('context "forwardUrl" must be an https:// URL');
  if (url.username || url.password)
    throw new ConfigError(
      'context "forwardUrl" must not carry credentials: the app verifies the webhook-signature instead',
    );
  return value;
}

/** Looks a key up; the CDK's `node.tryGetContext` fits. */
export type ContextReader = (key: string) => unknown;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function integer(read: ContextReader, key: string, fallback: number | undefined, min: number, max: number) {
  const raw = read(key);
  if (raw === undefined || raw === null || raw === '') return fallback;
  // `-c key=value` gives strings; cdk.json gives numbers.
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `context "${key}" must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

function required(value: number | undefined, key: string): number {
  if (value === undefined) throw new ConfigError(`context "${key}" is required`);
  return value;
}

function text(read: ContextReader, key: string): string | undefined {
  const raw = read(key);
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') throw new ConfigError(`context "${key}" must be a string`);
  return raw;
}

function flag(read: ContextReader, key: string): boolean | undefined {
  const raw = read(key);
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  throw new ConfigError(`context "${key}" must be true or false`);
}

/** Reads and validates every setting; throws ConfigError naming the key on a bad value. */
export function readConfig(read: ContextReader): LavaWebhooksConfig {
  const stage = text(read, 'stage') ?? DEFAULTS.stage;
  if (!/^[A-Za-z0-9-]{1,40}$/.test(stage)) {
    throw new ConfigError('context "stage" must be 1-40 letters, digits or hyphens');
  }
  const alarmEmail = text(read, 'alarmEmail');
  if (alarmEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(alarmEmail)) {
    throw new ConfigError('context "alarmEmail" must be an e-mail address');
  }
  const logLevel = text(read, 'logLevel') ?? DEFAULTS.logLevel;
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`context "logLevel" must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const logRetentionDays = required(
    integer(read, 'logRetentionDays', DEFAULTS.logRetentionDays, 1, 3653),
    'logRetentionDays',
  );
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(logRetentionDays)) {
    throw new ConfigError(`context "logRetentionDays" must be one of ${LOG_RETENTION_DAYS.join(', ')}`);
  }
  const int = (key: keyof typeof DEFAULTS, min: number, max: number) =>
    required(integer(read, key, DEFAULTS[key] as number, min, max), key);

  const config: LavaWebhooksConfig = {
    stage,
    production: flag(read, 'production') ?? ['prod', 'production'].includes(stage.toLowerCase()),
    alarmEmail,
    signatureToleranceSeconds: int('signatureToleranceSeconds', 1, 3600),
    eventTtlDays: int('eventTtlDays', 1, 3650),
    duplicateWindowSeconds: int('duplicateWindowSeconds', 0, 3600),
    domainEventRetentionDays: int('domainEventRetentionDays', 0, 36_500),
    // Lambda's limit for SQS standard queues with a batching window.
    batchSize: int('batchSize', 1, 10_000),
    maxBatchingWindowSeconds: int('maxBatchingWindowSeconds', 0, 300),
    maxConcurrency: int('maxConcurrency', 2, 1000),
    ingestReservedConcurrency: integer(read, 'ingestReservedConcurrency', undefined, 1, 100_000),
    consumerReservedConcurrency: integer(read, 'consumerReservedConcurrency', undefined, 1, 100_000),
    lambdaConcurrencyQuota: integer(read, 'lambdaConcurrencyQuota', undefined, 1, 1_000_000),
    throttlingRateLimit: int('throttlingRateLimit', 1, 10_000),
    throttlingBurstLimit: int('throttlingBurstLimit', 1, 5_000),
    logRetentionDays,
    logLevel: logLevel as LavaWebhooksConfig['logLevel'],
    // Per stage by default, so two stages in one account never mix their metrics.
    metricsNamespace: checkNamespace(
      text(read, 'metricsNamespace') ?? `${DEFAULT_METRICS_NAMESPACE}/${stage}`,
    ),
    // Beyond the queue's retention the message is gone before the alarm could fire.
    oldestMessageAlarmSeconds: int('oldestMessageAlarmSeconds', 60, QUEUE.retentionSeconds),
    signatureRejectedAlarmThreshold: int('signatureRejectedAlarmThreshold', 1, 1_000_000),
    reconcileIntervalMinutes: int('reconcileIntervalMinutes', 0, 24 * 60),
    reconcileRequestsPerSecond: int('reconcileRequestsPerSecond', 1, 100),
    forwardUrl: checkForwardUrl(text(read, 'forwardUrl')),
  };
  if (config.batchSize > 10 && config.maxBatchingWindowSeconds < 1) {
    throw new ConfigError('context "batchSize" over 10 needs "maxBatchingWindowSeconds" of at least 1');
  }
  if (
    config.consumerReservedConcurrency !== undefined &&
    config.consumerReservedConcurrency < config.maxConcurrency
  ) {
    // Otherwise the mapping starts invocations that Lambda throttles, and messages bounce to the DLQ.
    throw new ConfigError('context "consumerReservedConcurrency" must be at least "maxConcurrency"');
  }
  checkReservedConcurrency(config);
  return config;
}

/** Stack name for a stage; the CLI finds a deployed stack by this name. */
/** One definition, shared with the CLI, which finds a deployed stack by this name. */
export { stackName as stackNameFor } from './definitions';
