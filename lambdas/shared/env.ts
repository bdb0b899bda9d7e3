// Names of the environment variables the handlers read. The CDK stack and the local stack set them.
export const ENV = {
  queueUrl: 'QUEUE_URL',
  tableName: 'TABLE_NAME',
  eventBusName: 'EVENT_BUS_NAME',
  secretId: 'SECRET_ID',
  localSecret: 'LAVA_WEBHOOK_SECRET',
  secretTtlSeconds: 'SECRET_CACHE_TTL_SECONDS',
  toleranceSeconds: 'SIGNATURE_TOLERANCE_SECONDS',
  eventTtlDays: 'EVENT_TTL_DAYS',
  duplicateWindowSeconds: 'DUPLICATE_WINDOW_SECONDS',
  logLevel: 'LOG_LEVEL',
  metricsNamespace: 'METRICS_NAMESPACE',
  /** The reconciler: the Secrets Manager secret holding Lava's secret key (empty: reconciler off). */
  lavaKeySecretId: 'LAVA_KEY_SECRET_ID',
  /** The key itself, for local runs and the CLI (never set on a deployed function). */
  lavaSecretKey: 'LAVA_SECRET_KEY',
  /** The Lava SDK's `baseUrl` (a sandbox or a fake); default: the SDK's choice for the key. */
  lavaApiBaseUrl: 'LAVA_API_BASE_URL',
  lavaRequestsPerSecond: 'LAVA_REQUESTS_PER_SECOND',
  /** Forwarding (off without a URL): where the app receives the domain events, Standard Webhooks-signed. */
  forwardUrl: 'FORWARD_URL',
  /** The Secrets Manager secret holding the forwarding secret (`whsec_…`). */
  forwardSecretId: 'FORWARD_SECRET_ID',
  /** The forwarding secret itself, for `npm start` only (never set on a deployed function). */
  forwardSecret: 'FORWARD_SECRET',
  /** The forwarder's queue (it re-queues a message to retry it later) and its dead-letter queue. */
  forwardQueueUrl: 'FORWARD_QUEUE_URL',
  forwardQueueArn: 'FORWARD_QUEUE_ARN',
  forwardDlqUrl: 'FORWARD_DLQ_URL',
  /** The retry schedule: first delay, longest delay, and how long to retry before the DLQ. */
  forwardRetryFirstSeconds: 'FORWARD_RETRY_FIRST_SECONDS',
  forwardRetryMaxSeconds: 'FORWARD_RETRY_MAX_SECONDS',
  forwardRetryForSeconds: 'FORWARD_RETRY_FOR_SECONDS',
  /** How long one POST to the app may take (at most 10). */
  forwardTimeoutSeconds: 'FORWARD_TIMEOUT_SECONDS',
  /**
   * Read by nothing: `--now` (lava-webhooks secret, disconnect) sets it to the new secret's version
   * so that Lambda replaces the function's instances, and the secret is read anew at once.
   */
  signingSecretVersion: 'SIGNING_SECRET_VERSION',
} as const;

export const DEFAULT_TOLERANCE_SECONDS = 300;
export const DEFAULT_EVENT_TTL_DAYS = 30;
/** Plain-scheme deliveries of the same body this close together are one event (DESIGN.md). */
export const DEFAULT_DUPLICATE_WINDOW_SECONDS = 60;
export const DEFAULT_METRICS_NAMESPACE = 'LavaWebhooks';
/** The reconciler's pace against Lava's API. */
export const DEFAULT_LAVA_REQUESTS_PER_SECOND = 5;

/** The function's environment lacks a variable it needs, or holds one it cannot read: a deployment mistake. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/** A variable the function cannot run without: its value, or an EnvError naming it. */
export function requiredFromEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new EnvError(`${name} is not set`);
  return value;
}

/** The CloudWatch namespace the function's EMF lines go to. */
export function metricsNamespaceFromEnv(env: NodeJS.ProcessEnv): string {
  return env[ENV.metricsNamespace] ?? DEFAULT_METRICS_NAMESPACE;
}

export function numberFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new EnvError(`${name} must be a non-negative number`);
  return value;
}
