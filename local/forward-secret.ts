// The local stack's forwarding secret: FORWARD_SECRET when set, else the one kept in the state folder
// (generated on the first start with forwarding on). Served by the loopback Secrets Manager, so the
// forwarder reads it as it does deployed.

import { generateForwardSecret, parseForwardSecret } from '../lambdas/forwarder/forward-secret';
import { ENV } from '../lambdas/shared/env';
import {
  readStoredSecret,
  type SecretKind,
  type SecretOrigin,
  type StoredSecret,
  save,
  stored,
} from './local-secret';

export const FORWARD_SECRET_FILE = 'forward-secret.json';

export const FORWARD_SECRET: SecretKind = {
  file: FORWARD_SECRET_FILE,
  check: (value) => void parseForwardSecret(value),
};

export function loadForwardSecret(
  stateDir: string,
  envValue: string | undefined,
): { secret: StoredSecret; origin: SecretOrigin } {
  if (envValue !== undefined && envValue.trim() !== '') {
    try {
      FORWARD_SECRET.check(envValue);
    } catch (error) {
      throw new Error(`${ENV.forwardSecret}: ${(error as Error).message}`, { cause: error });
    }
    return { secret: stored(envValue.trim()), origin: 'env' };
  }
  const kept = readStoredSecret(stateDir, FORWARD_SECRET_FILE);
  if (kept) {
    FORWARD_SECRET.check(kept.secretString); // fail at start, not at the first forward
    return { secret: kept, origin: 'file' };
  }
  const secret = stored(generateForwardSecret());
  save(stateDir, secret, FORWARD_SECRET_FILE);
  return { secret, origin: 'generated' };
}
