// Lava's API for `reconcile`, `connect` and `disconnect`: the key from LAVA_SECRET_KEY, else from the
// stack's Lava key secret; the base URL from LAVA_API_BASE_URL, else the one the local stack was
// started with, else the SDK's choice for the key. The key is never printed.

import { readLavaKey } from '../../lambdas/reconciler/from-env';
import { type LavaApi, lavaApi } from '../../lambdas/reconciler/lava-api';
import { DEFAULT_LAVA_REQUESTS_PER_SECOND, ENV, numberFromEnv } from '../../lambdas/shared/env';
import { CommandError, type Io } from '../io';
import type { Target } from '../target';

/** `signal`: aborting it ends Lava calls in flight (Ctrl-C). */
export async function lavaFor(target: Target, io: Io, signal?: AbortSignal): Promise<LavaApi> {
  const env = io.env ?? process.env;
  let key = env[ENV.lavaSecretKey]?.trim() || undefined;
  if (!key && target.lavaKeySecretId)
    key = await readLavaKey(target.secretsManager(), target.lavaKeySecretId);
  if (!key) {
    throw new CommandError(
      `No Lava secret key: set ${ENV.lavaSecretKey}` +
        (target.kind === 'stage'
          ? ', or store one in the stack’s Lava key secret (output LavaKeySecretArn)'
          : ''),
    );
  }
  return lavaApi(key, {
    baseUrl: env[ENV.lavaApiBaseUrl] || target.lavaApiBaseUrl,
    requestsPerSecond: numberFromEnv(env, ENV.lavaRequestsPerSecond, DEFAULT_LAVA_REQUESTS_PER_SECOND),
    onRetry: ({ status, waitMs }) => io.err(`Lava answered ${status || 'nothing'}; retrying in ${waitMs} ms`),
    signal,
  });
}
