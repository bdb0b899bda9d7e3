// Adapters of the secret loader (secret-loader.ts).
// Where the signing secrets come from: Secrets Manager in AWS (and in the local stack, through a
// loopback endpoint), or LAVA_WEBHOOK_SECRET for tests and ad-hoc runs.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { beforeDeadline } from './deadline';
import { ENV, EnvError, numberFromEnv } from './env';
import { SecretCache } from './secret-cache';
import type { SecretLoader } from './secret-loader';
import { parseSecretList, parseSecretString } from './secret-value';

/** How long one read of the secret may take, retries included: part of ingest's budget (lambdas/ingest/budget.ts). */
export const SECRET_READ_TIMEOUT_MS = 2_000;
/**
 * How the functions cache the signing secrets, named once for them and for the CLI, which says (and
 * waits for) what follows from it when a secret changes.
 */
export const SECRET_CACHE = {
  /** Served without asking again for this long (SECRET_CACHE_TTL_SECONDS overrides it). */
  ttlSeconds: 300,
  /** A miss re-reads the secret only if it was last asked for at least this long ago. */
  refreshAfterMissMs: 5_000,
  /** While Secrets Manager cannot be read, the last value is served this much past its TTL. */
  maxStaleMs: 3_600_000,
} as const;

export function secretsManagerLoader(client: SecretsManagerClient, secretId: string): SecretLoader {
  return async () => {
    const out = await beforeDeadline(
      'reading the signing secret',
      Date.now() + SECRET_READ_TIMEOUT_MS,
      Date.now,
      (signal) => client.send(new GetSecretValueCommand({ SecretId: secretId }), { abortSignal: signal }),
    );
    return parseSecretString(out.SecretString);
  };
}

/** Builds the per-container cache from the environment; throws at cold start if neither source is set. */
export function secretCacheFromEnv(env: NodeJS.ProcessEnv, client?: SecretsManagerClient): SecretCache {
  const secretId = env[ENV.secretId];
  let load: SecretLoader;
  if (secretId) {
    load = secretsManagerLoader(client ?? new SecretsManagerClient({ maxAttempts: 2 }), secretId);
  } else if (env[ENV.localSecret]) {
    const secrets = parseSecretList(env[ENV.localSecret]);
    load = async () => secrets;
  } else {
    throw new EnvError(`set ${ENV.secretId} (Secrets Manager) or ${ENV.localSecret}`);
  }
  return new SecretCache(load, {
    ttlMs: numberFromEnv(env, ENV.secretTtlSeconds, SECRET_CACHE.ttlSeconds) * 1000,
    refreshAfterMissMs: SECRET_CACHE.refreshAfterMissMs,
    maxStaleMs: SECRET_CACHE.maxStaleMs,
  });
}
