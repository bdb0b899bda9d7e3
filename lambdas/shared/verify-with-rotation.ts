// The signature check both handlers run: against the cached secrets, and after a mismatch once more
// against a fresh copy, because the secret may have been rotated since this container cached it.
// Ingest refreshes at most every few seconds (forged requests must not hammer Secrets Manager); the
// consumer refreshes at once (what it verifies was accepted already).
import { type SignatureHeaders, type Verification, type VerifyOptions, verifySignature } from './signature';

export async function verifyWithRotation(
  raw: Buffer,
  signatures: SignatureHeaders,
  secrets: readonly string[],
  refresh: () => Promise<string[] | undefined>,
  options: VerifyOptions,
): Promise<Verification> {
  const first = verifySignature(raw, signatures, secrets, options);
  if (first.ok || first.reason !== 'mismatch') return first;
  const fresh = await refresh();
  return fresh ? verifySignature(raw, signatures, fresh, options) : first;
}
