// The signature check both handlers run: against the cached secrets, and after a mismatch once more
// against a fresh copy, because the secret may have been rotated since this container cached it.
import type { SecretCache } from './secret-cache';
import { type SignatureHeaders, type Verification, type VerifyOptions, verifySignature } from './signature';

export async function verifyWithRotation(
  raw: Buffer,
  signatures: SignatureHeaders,
  secrets: readonly string[],
  cache: Pick<SecretCache, 'refreshAfterMiss'>,
  options: VerifyOptions,
): Promise<Verification> {
  const first = verifySignature(raw, signatures, secrets, options);
  if (first.ok || first.reason !== 'mismatch') return first;
  const fresh = await cache.refreshAfterMiss();
  return fresh ? verifySignature(raw, signatures, fresh, options) : first;
}
