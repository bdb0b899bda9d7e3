// Produces Lava-style signatures. Used by tests, the CLI's `send` and the benchmarks.
import { PLAIN_HEADER, signedDigest, TIMESTAMPED_HEADER } from './verify-signature';

export type SignatureScheme = 'plain' | 'timestamped';

export function signPlain(rawBody: string | Buffer, secret: string): string {
  return signedDigest(secret, rawBody).toString('hex');
}

export function signTimestamped(rawBody: string | Buffer, secret: string, timestamp: number): string {
  const digest = signedDigest(secret, rawBody, String(timestamp)).toString('hex');
  return `t=${timestamp},v1=${digest}`;
}

/** The header a sender of the given scheme would set, keyed by its canonical (lower-case) name. */
export function signatureHeader(
  rawBody: string | Buffer,
  secret: string,
  scheme: SignatureScheme,
  nowSeconds = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return scheme === 'plain'
    ? { [PLAIN_HEADER]: signPlain(rawBody, secret) }
    : { [TIMESTAMPED_HEADER]: signTimestamped(rawBody, secret, nowSeconds) };
}
