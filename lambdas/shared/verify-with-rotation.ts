// The signature check both handlers run: against the cached secrets, and after a mismatch once more
// against a fresh copy, because the secret may have been rotated since this container cached it.
// Ingest refreshes at most every few seconds (forged requests must not hammer Secrets Manager); the
// consumer refreshes at once (what it verifies was accepted already).
import {
  type SignatureHeaders,
  type Verification,
  type VerifyOptions,
  verifySignature,
} from './verify-signature';

// With several connected endpoints the list holds several secrets, each with a previous value; the
// one that matched last is tried first, so most requests cost one HMAC however long the list is.
const lastMatched = new WeakMap<readonly string[], number>();

function verifyRemembering(
  raw: Buffer,
  signatures: SignatureHeaders,
  secrets: readonly string[],
  options: VerifyOptions,
): Verification {
  const result = verifySignature(raw, signatures, secrets, {
    ...options,
    preferIndex: lastMatched.get(secrets),
  });
  if (result.ok && secrets.length > 1) lastMatched.set(secrets, result.secretIndex);
  return result;
}

export async function verifyWithRotation(
  raw: Buffer,
  signatures: SignatureHeaders,
  secrets: readonly string[],
  refresh: () => Promise<string[] | undefined>,
  options: VerifyOptions,
): Promise<Verification> {
  const first = verifyRemembering(raw, signatures, secrets, options);
  if (first.ok || first.reason !== 'mismatch') return first;
  const fresh = await refresh();
  return fresh ? verifyRemembering(raw, signatures, fresh, options) : first;
}
