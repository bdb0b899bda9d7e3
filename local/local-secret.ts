// The local stack's signing secret: LAVA_WEBHOOK_SECRET when set, else the value kept in the state
// folder (a dev secret generated on first start, or what `lava-webhooks secret set|rotate` wrote).
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV } from '../lambdas/shared/env';
import { parseSecretList, parseSecretString, SigningSecretError } from '../lambdas/shared/secret-value';

export const SECRET_FILE = 'secret.json';

export interface StoredSecret {
  secretString: string;
  versionId: string;
  createdDate: number;
}

export type SecretOrigin = 'env' | 'file' | 'generated';

/** Several LAVA_WEBHOOK_SECRET values become the deployed format `{"current","previous"}`. */
export function secretStringFromList(list: string[]): string {
  if (list.length === 1) return list[0] as string;
  if (list.length === 2) return JSON.stringify({ current: list[0], previous: list[1] });
  throw new SigningSecretError(
    `${ENV.localSecret} takes at most two secrets (current,previous), as Secrets Manager does`,
  );
}

/** A secret the state folder keeps: its file, and the check a value must pass to be stored. */
export interface SecretKind {
  file: string;
  check(secretString: string): void;
}

/** The signing secret (the handlers must be able to read what is stored). */
export const SIGNING_SECRET: SecretKind = {
  file: SECRET_FILE,
  check: (value) => void parseSecretString(value),
};

export function stored(secretString: string): StoredSecret {
  return { secretString, versionId: randomUUID(), createdDate: Date.now() / 1000 };
}

export function save(stateDir: string, value: StoredSecret, file = SECRET_FILE): void {
  writeFileSync(join(stateDir, file), `${JSON.stringify(value)}\n`, { mode: 0o600 });
}

/** The secret kept in the state folder, if there is one (read as it is, not checked). */
export function readStoredSecret(stateDir: string, name = SECRET_FILE): StoredSecret | undefined {
  const file = join(stateDir, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StoredSecret) : undefined;
}

export function loadInitialSecret(
  stateDir: string,
  envValue: string | undefined,
): { secret: StoredSecret; origin: SecretOrigin } {
  if (envValue !== undefined && envValue.trim() !== '') {
    return { secret: stored(secretStringFromList(parseSecretList(envValue))), origin: 'env' };
  }
  const kept = readStoredSecret(stateDir);
  if (kept) {
    parseSecretString(kept.secretString); // fail at start, not at the first webhook
    return { secret: kept, origin: 'file' };
  }
  const secret = stored(`whsec_dev_${randomBytes(24).toString('hex')}`);
  save(stateDir, secret);
  return { secret, origin: 'generated' };
}

/** Keeps the current value and persists writes (PutSecretValue) to the state folder. */
export class LocalSecret {
  constructor(
    private readonly stateDir: string,
    private value: StoredSecret,
    private readonly kind: SecretKind = SIGNING_SECRET,
  ) {}

  get current(): StoredSecret {
    return this.value;
  }

  put(secretString: string): StoredSecret {
    this.kind.check(secretString); // refuse what the handlers could not read
    this.value = stored(secretString);
    save(this.stateDir, this.value, this.kind.file);
    return this.value;
  }
}
