// Produces Lava-style signatures. Used by tests, the CLI's `send` and the benchmarks.
import { createHmac } from 'node:crypto';
import { PLAIN_HEADER, TIMESTAMPED_HEADER } from './signature';

export type SignatureScheme = 'plain' | 'timestamped';

export function signPlain(rawBody: string | Buffer, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('hex');
}

export function signTimestamped(rawBody: string | Buffer, secret: string, timestamp: number): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
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
