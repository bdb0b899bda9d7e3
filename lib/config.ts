// Deployment settings: every key, its default and what it accepts (docs/configuration.md lists them;
// keep the two in step). The app reads them from CDK context (cdk.json's "context", the stage's block
// in it, `-c key=value`; lib/context-settings.ts); the LavaWebhooks construct takes them as props. Both
// go through resolveSettings, which refuses unknown keys and bad values. Plain data: no CDK import, so
// tests and tools can read the defaults cheaply.
import {
  DEFAULT_DUPLICATE_WINDOW_SECONDS,
  DEFAULT_EVENT_TTL_DAYS,
  DEFAULT_LAVA_REQUESTS_PER_SECOND,
  DEFAULT_METRICS_NAMESPACE,
  DEFAULT_TOLERANCE_SECONDS,
} from '../lambdas/shared/env';
import { CONSUMER, QUEUE } from './definitions';
import { ConfigError, refuseUnknownKeys, SettingReader, type SettingsLayer } from './setting-reader';

export { ConfigError, type SettingsLayer } from './setting-reader';

export interface LavaWebhooksConfig {
  /** Names the stack `LavaWebhooks-<stage>`; [A-Za-z0-9-]. */
  stage: string;
  /** Deletion protection and RETAIN on the table and secret; defaults to true for `prod`/`production`. */
  production: boolean;
  /** Subscribed to the alarm topic when set (the address must confirm the subscription). */
  alarmEmail?: string;
  /** A production stage without alarmEmail, on purpose (the topic is subscribed some other way). */
  noAlarmEmail?: boolean;
  signatureToleranceSeconds: number;
  eventTtlDays: number;
  /** Plain-scheme deliveries of the same body this close together are one event (docs/design.md). */
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

/** Settings as given (props, a stage's block): any subset, validated and completed by resolveSettings. */
export type LavaWebhooksSettings = Partial<LavaWebhooksConfig>;

/** Every key a setting may have; anything else is refused (a typo would otherwise be ignored). */
export const SETTING_KEYS = Object.keys({
  stage: 1,
  production: 1,
  alarmEmail: 1,
  noAlarmEmail: 1,
  signatureToleranceSeconds: 1,
  eventTtlDays: 1,
  duplicateWindowSeconds: 1,
  domainEventRetentionDays: 1,
  batchSize: 1,
  maxBatchingWindowSeconds: 1,
  maxConcurrency: 1,
  ingestReservedConcurrency: 1,
  consumerReservedConcurrency: 1,
  lambdaConcurrencyQuota: 1,
  throttlingRateLimit: 1,
  throttlingBurstLimit: 1,
  logRetentionDays: 1,
  logLevel: 1,
  metricsNamespace: 1,
  oldestMessageAlarmSeconds: 1,
  signatureRejectedAlarmThreshold: 1,
  reconcileIntervalMinutes: 1,
  reconcileRequestsPerSecond: 1,
  forwardUrl: 1,
} satisfies Record<keyof LavaWebhooksConfig, 1>) as (keyof LavaWebhooksConfig)[];

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
const PRODUCTION_STAGES = ['prod', 'production'];

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
function namespace(read: SettingReader, stage: string): string {
  const value = read.text('metricsNamespace');
  // Per stage by default, so two stages in one account never mix their metrics.
  if (value === undefined) return `${DEFAULT_METRICS_NAMESPACE}/${stage}`;
  if (!/^[0-9A-Za-z._\-/#: ]{1,255}$/.test(value) || value.trim() === '')
    read.refuse('metricsNamespace', '1-255 letters, digits, spaces or . - _ / # : characters');
  if (value.startsWith('AWS/'))
    read.refuse(
      'metricsNamespace',
      `a namespace that does not start with "AWS/", which CloudWatch reserves for AWS's own metrics ` +
        '(the metrics would never appear there, and every alarm on them would watch nothing)',
    );
  return value;
}

/**
 * The app's webhook URL: https (the events carry customers' details), and no credentials in it (it is
 * in the function's configuration and the stack's outputs; the signature authenticates the sender).
 * The value is not echoed: a URL may carry a token.
 */
function forwardUrl(read: SettingReader): string | undefined {
  const value = read.text('forwardUrl');
  if (value === undefined) return undefined;
  const where = `(from ${read.origin('forwardUrl')})`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `setting "forwardUrl" must be a URL (https://…), the app's webhook endpoint ${where}`,
    );
  }
  if (url.protocol !== 'https:')
    throw new ConfigError(`setting "forwardUrl" must be an https:// URL ${where}`);
  if (url.username || url.password)
    throw new ConfigError(
      `setting "forwardUrl" must be a URL without credentials: the app verifies the webhook-signature instead ${where}`,
    );
  return value;
}

function stageName(read: SettingReader): string {
  const stage = read.text('stage') ?? DEFAULTS.stage;
  if (!/^[A-Za-z0-9-]{1,40}$/.test(stage)) read.refuse('stage', '1-40 letters, digits or hyphens');
  return stage;
}

function alarmEmail(read: SettingReader, stage: string, production: boolean) {
  const email = read.text('alarmEmail');
  if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    read.refuse('alarmEmail', 'an e-mail address');
  const optedOut = read.flag('noAlarmEmail') ?? false;
  if (email !== undefined && optedOut)
    read.refuse(
      'noAlarmEmail',
      `false or unset when "alarmEmail" is set (from ${read.origin('alarmEmail')})`,
    );
  if (production && email === undefined && !optedOut)
    throw new ConfigError(
      `setting "alarmEmail" must be an e-mail address for the production stage "${stage}", or set ` +
        `"noAlarmEmail" to true to subscribe to the alarm topic another way; neither is set ` +
        `(set it in cdk.json "context"."lavaWebhooks"."stages"."${stage}", or -c alarmEmail=…)`,
    );
  return { alarmEmail: email, ...(optedOut ? { noAlarmEmail: true } : {}) };
}

/** Values read one by one, each with its default. */
function readValues(read: SettingReader) {
  const stage = stageName(read);
  const production = read.flag('production') ?? PRODUCTION_STAGES.includes(stage.toLowerCase());
  const logLevel = read.text('logLevel') ?? DEFAULTS.logLevel;
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel))
    read.refuse('logLevel', `one of ${LOG_LEVELS.join(', ')}`);
  const logRetentionDays = read.integer('logRetentionDays', 1, 3653) ?? DEFAULTS.logRetentionDays;
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(logRetentionDays))
    read.refuse('logRetentionDays', `one of ${LOG_RETENTION_DAYS.join(', ')}`);
  const int = (key: keyof typeof DEFAULTS, min: number, max: number) =>
    read.integer(key, min, max) ?? (DEFAULTS[key] as number);
  return {
    stage,
    production,
    ...alarmEmail(read, stage, production),
    signatureToleranceSeconds: int('signatureToleranceSeconds', 1, 3600),
    eventTtlDays: int('eventTtlDays', 1, 3650),
    duplicateWindowSeconds: int('duplicateWindowSeconds', 0, 3600),
    domainEventRetentionDays: int('domainEventRetentionDays', 0, 36_500),
    // Lambda's limit for SQS standard queues with a batching window.
    batchSize: int('batchSize', 1, 10_000),
    maxBatchingWindowSeconds: int('maxBatchingWindowSeconds', 0, 300),
    maxConcurrency: int('maxConcurrency', 2, 1000),
    ingestReservedConcurrency: read.integer('ingestReservedConcurrency', 1, 100_000),
    consumerReservedConcurrency: read.integer('consumerReservedConcurrency', 1, 100_000),
    lambdaConcurrencyQuota: read.integer('lambdaConcurrencyQuota', 1, 1_000_000),
    throttlingRateLimit: int('throttlingRateLimit', 1, 10_000),
    throttlingBurstLimit: int('throttlingBurstLimit', 1, 5_000),
    logRetentionDays,
    logLevel: logLevel as LavaWebhooksConfig['logLevel'],
    metricsNamespace: namespace(read, stage),
    // Beyond the queue's retention the message is gone before the alarm could fire.
    oldestMessageAlarmSeconds: int('oldestMessageAlarmSeconds', 60, QUEUE.retentionSeconds),
    signatureRejectedAlarmThreshold: int('signatureRejectedAlarmThreshold', 1, 1_000_000),
    reconcileIntervalMinutes: int('reconcileIntervalMinutes', 0, 24 * 60),
    reconcileRequestsPerSecond: int('reconcileRequestsPerSecond', 1, 100),
    forwardUrl: forwardUrl(read),
  } satisfies LavaWebhooksConfig;
}

/** Settings that are each fine but not together. */
function checkCombinations(config: LavaWebhooksConfig, read: SettingReader): void {
  if (config.batchSize > 10 && config.maxBatchingWindowSeconds < 1)
    read.refuse(
      'maxBatchingWindowSeconds',
      `at least 1 when "batchSize" is over 10 ("batchSize" ${config.batchSize} from ${read.origin('batchSize')})`,
      read.find('maxBatchingWindowSeconds') ?? {
        raw: config.maxBatchingWindowSeconds,
        origin: 'the default',
      },
    );
  // Otherwise the mapping starts invocations that Lambda throttles, and messages bounce to the DLQ.
  if (
    config.consumerReservedConcurrency !== undefined &&
    config.consumerReservedConcurrency < config.maxConcurrency
  )
    read.refuse(
      'consumerReservedConcurrency',
      `at least "maxConcurrency" (${config.maxConcurrency}, from ${read.origin('maxConcurrency')})`,
    );
  // Lambda refuses a reservation that leaves less than 100 of the account's quota unreserved.
  const reserved = reservedConcurrency(config);
  const quota = config.lambdaConcurrencyQuota ?? STANDARD_LAMBDA_CONCURRENCY_QUOTA;
  const available = Math.max(0, quota - LAMBDA_UNRESERVED_MINIMUM);
  if (reserved > available)
    throw new ConfigError(
      `settings "ingestReservedConcurrency" + "consumerReservedConcurrency" must reserve at most ${available} ` +
        `concurrent executions in an account whose Lambda quota ("lambdaConcurrencyQuota", ` +
        `${read.find('lambdaConcurrencyQuota') ? `from ${read.origin('lambdaConcurrencyQuota')}` : 'assumed'}) ` +
        `is ${quota}, as Lambda keeps ${LAMBDA_UNRESERVED_MINIMUM} unreserved; they reserve ${reserved} ` +
        `(from ${read.origin('ingestReservedConcurrency')}, ${read.origin('consumerReservedConcurrency')}), ` +
        `and the deploy would fail. ${QUOTA_HINT} Otherwise lower the reservations, or leave them unset.`,
    );
}

/**
 * Every setting, from layers given lowest first (a later layer's value wins), validated: a key that
 * is not a setting, or a value a setting does not accept, throws a one-line ConfigError naming the
 * key, what it accepts and where the value came from.
 */
export function resolveSettings(layers: readonly SettingsLayer[]): LavaWebhooksConfig {
  for (const layer of layers) refuseUnknownKeys(layer, SETTING_KEYS);
  const read = new SettingReader(layers);
  const config: LavaWebhooksConfig = readValues(read);
  checkCombinations(config, read);
  return config;
}

/** One definition, shared with the CLI, which finds a deployed stack by this name. */
export { stackName as stackNameFor } from './definitions';
