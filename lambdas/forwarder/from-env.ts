// Builds the forwarder from environment variables: the Lambda entry point, and the local stack with
// its own clients and its own way of turning forwarding off.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { FunctionClients } from '../shared/clients';
import { ENV, EnvError, numberFromEnv, requiredFromEnv } from '../shared/env';
import { SecretCache } from '../shared/secret-cache';
import { telemetryFromEnv } from '../shared/telemetry';
import { createForwarder } from './forward';
import { parseForwardSecret } from './forward-secret';
import { postWebhook } from './post';
import { sqsRetryQueue } from './retry-queue';
import { DEPLOYED_SCHEDULE, type RetrySchedule } from './schedule';

/** Standard Webhooks senders give the app at most this long to answer. */
export const MAX_TIMEOUT_SECONDS = 10;

export type ForwarderClients = Pick<FunctionClients, 'sqs' | 'secretsManager' | 'write'> & {
  /** How forwarding is turned off after a 410 (default: disable the event source mapping). */
  turnOff?: (reason: string) => Promise<void>;
};

/** The app's URL, checked at cold start: a bad one is a deployment mistake, not a failed event. */
function urlFromEnv(env: NodeJS.ProcessEnv): string {
  const raw = requiredFromEnv(env, ENV.forwardUrl);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new EnvError(`${ENV.forwardUrl} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new EnvError(`${ENV.forwardUrl} must be an http(s) URL`);
  return raw;
}

export function scheduleFromEnv(env: NodeJS.ProcessEnv, fallback = DEPLOYED_SCHEDULE): RetrySchedule {
  const schedule = {
    firstSeconds: numberFromEnv(env, ENV.forwardRetryFirstSeconds, fallback.firstSeconds),
    maxSeconds: numberFromEnv(env, ENV.forwardRetryMaxSeconds, fallback.maxSeconds),
    forSeconds: numberFromEnv(env, ENV.forwardRetryForSeconds, fallback.forSeconds),
  };
  if (schedule.firstSeconds > schedule.maxSeconds)
    throw new EnvError(`${ENV.forwardRetryFirstSeconds} must not exceed ${ENV.forwardRetryMaxSeconds}`);
  return schedule;
}

/** The forwarding secret, read from Secrets Manager and kept for five minutes per container. */
function forwardSecretCache(client: SecretsManagerClient, secretId: string) {
  return new SecretCache(
    async () => {
      const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }), {
        abortSignal: AbortSignal.timeout(2_000),
      });
      return parseForwardSecret(out.SecretString);
    },
    { ttlMs: 300_000, refreshAfterMissMs: 5_000, maxStaleMs: 3_600_000 },
  );
}

/** Disables the forwarder's own event source mapping; the Lambda client is loaded only then. */
function lazyMappingSwitch(env: NodeJS.ProcessEnv) {
  const functionName = env.AWS_LAMBDA_FUNCTION_NAME;
  const queueArn = env[ENV.forwardQueueArn];
  return async () => {
    if (!functionName || !queueArn)
      throw new EnvError(
        `AWS_LAMBDA_FUNCTION_NAME and ${ENV.forwardQueueArn} are needed to turn forwarding off`,
      );
    const { eventSourceMappingSwitch } = await import('./mapping-switch');
    await eventSourceMappingSwitch(functionName, queueArn)();
  };
}

export function forwarderHandlerFromEnv(env: NodeJS.ProcessEnv, clients: ForwarderClients = {}) {
  const url = urlFromEnv(env);
  const secretId = requiredFromEnv(env, ENV.forwardSecretId);
  const queueUrl = requiredFromEnv(env, ENV.forwardQueueUrl);
  const dlqUrl = requiredFromEnv(env, ENV.forwardDlqUrl);
  const timeoutSeconds = numberFromEnv(env, ENV.forwardTimeoutSeconds, MAX_TIMEOUT_SECONDS);
  if (timeoutSeconds <= 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS)
    throw new EnvError(`${ENV.forwardTimeoutSeconds} must be more than 0 and at most ${MAX_TIMEOUT_SECONDS}`);
  const secrets = forwardSecretCache(
    clients.secretsManager ?? new SecretsManagerClient({ maxAttempts: 3 }),
    secretId,
  );
  // Fetched during the container's init, so that the first batch finds it; a failure is retried then.
  secrets.get().catch(() => {});
  return createForwarder({
    url,
    secrets: () => secrets.get(),
    post: postWebhook,
    retryQueue: sqsRetryQueue(clients.sqs ?? new SQSClient({ maxAttempts: 3 }), queueUrl, dlqUrl),
    turnOff: clients.turnOff ?? lazyMappingSwitch(env),
    schedule: scheduleFromEnv(env),
    timeoutMs: timeoutSeconds * 1000,
    ...telemetryFromEnv(env, 'forwarder', clients.write),
  });
}
