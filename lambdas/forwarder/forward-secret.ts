// The forwarding secret: what signs each forwarded event (Standard Webhooks: `whsec_` + base64 of the
// key). Stored forms, in Secrets Manager or the local state folder:
//   `whsec_<base64>`, or bare `<base64>` (what CloudFormation generates: 48 letters and digits, valid
//   base64 of 36 bytes), or {"current":"…","previous":"…"} during a rotation: the forwarder then signs
//   with both, and the app's Standard Webhooks library accepts either signature.
// Errors never include a value.
import { randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
/** Standard Webhooks asks for keys of 24 to 64 bytes; fewer than 16 is refused outright. */
const MIN_KEY_BYTES = 16;

export class ForwardSecretError extends Error {
  override name = 'ForwardSecretError';
}

/** One stored secret in the `whsec_` form the app is given; throws on a value that is not base64. */
export function normalizedSecret(value: string): string {
  const bare = value.trim().replace(/^whsec_/, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(bare) || bare.length % 4 !== 0) {
    throw new ForwardSecretError('the forwarding secret must be whsec_ followed by base64');
  }
  if (Buffer.from(bare, 'base64').length < MIN_KEY_BYTES) {
    throw new ForwardSecretError(`the forwarding secret must hold at least ${MIN_KEY_BYTES} bytes`);
  }
  return `${SECRET_PREFIX}${bare}`;
}

/** The secrets to sign with, current first. */
export function parseForwardSecret(stored: string | undefined): string[] {
  const value = stored?.trim();
  if (!value) throw new ForwardSecretError('the forwarding secret is empty');
  if (!value.startsWith('{')) return [normalizedSecret(value)];
  let parsed: { current?: unknown; previous?: unknown };
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new ForwardSecretError('the forwarding secret looks like JSON but does not parse');
  }
  if (typeof parsed.current !== 'string') {
    throw new ForwardSecretError('the forwarding secret JSON needs a "current" string');
  }
  const secrets = [normalizedSecret(parsed.current)];
  if (typeof parsed.previous === 'string' && parsed.previous.trim() !== '') {
    secrets.push(normalizedSecret(parsed.previous));
  }
  return secrets;
}

/** A new secret: 32 random bytes. */
export const generateForwardSecret = () => `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
