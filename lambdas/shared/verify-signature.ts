// Verifies Lava's webhook signatures. Pure: no clock, no AWS, no I/O.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const PLAIN_HEADER = 'x-webhook-signature';
export const TIMESTAMPED_HEADER = 'x-lava-signature';

export interface SignatureHeaders {
  /** `X-Webhook-Signature`: hex HMAC-SHA256(secret, rawBody). */
  plain?: string | undefined;
  /** `X-Lava-Signature`: `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`, HMAC over `${t}.${rawBody}`. */
  timestamped?: string | undefined;
}

export type SignatureFailure = 'missing' | 'malformed' | 'mismatch' | 'stale' | 'future' | 'cross-scheme';

export type Verification =
  | {
      ok: true;
      scheme: 'plain' | 'timestamped';
      timestamp?: number;
      /** `t` exactly as signed (the event's identity hashes it). */
      rawTimestamp?: string;
      secretIndex: number;
    }
  | { ok: false; reason: SignatureFailure };

export interface VerifyOptions {
  /** Current time in unix seconds. */
  nowSeconds: number;
  /** Allowed distance between `t` and now, both directions. */
  toleranceSeconds: number;
  /** The consumer re-verifies messages that waited in the queue, so it skips the age check. */
  checkTimestamp?: boolean;
  /** The index of the secret to try first (the one that matched last): one HMAC for most requests. */
  preferIndex?: number | undefined;
}

const HEX_DIGEST = /^[0-9a-fA-F]{64}$/;
const UNIX_SECONDS = /^\d{1,12}$/;
const ASCII_DOT = 0x2e;
const isAsciiDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/**
 * Whether a body has the form `<digits>.<rest>`: what the timestamped scheme signs. A plain
 * signature of such a body could be the HMAC of a timestamped request (`t`, `.`, its body) replayed
 * as a new body, so the plain scheme never verifies one. Lava's bodies are JSON objects: none is.
 */
export function looksTimestampSigned(rawBody: Buffer): boolean {
  let i = 0;
  while (isAsciiDigit(rawBody[i])) i++;
  return i > 0 && rawBody[i] === ASCII_DOT;
}

export interface ParsedTimestamped {
  timestamp: number;
  /** `t` exactly as sent: the signed string is `${t}.${body}`, leading zeros and all. */
  rawTimestamp: string;
  digests: Buffer[];
}

/** Parses `t=…,v1=…[,v1=…]`; unknown keys (v0, future schemes) are ignored, as Stripe does. */
export function parseTimestampedHeader(value: string): ParsedTimestamped | undefined {
  let rawTimestamp: string | undefined;
  const digests: Buffer[] = [];
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 1) return undefined;
    const key = part.slice(0, eq).trim();
    const val = part.slice(eq + 1).trim();
    if (key === 't') {
      if (rawTimestamp !== undefined || !UNIX_SECONDS.test(val)) return undefined;
      rawTimestamp = val;
    } else if (key === 'v1') {
      if (!HEX_DIGEST.test(val)) return undefined;
      digests.push(Buffer.from(val, 'hex'));
    }
  }
  if (rawTimestamp === undefined || digests.length === 0) return undefined;
  return { timestamp: Number(rawTimestamp), rawTimestamp, digests };
}

/**
 * The HMAC-SHA256 a scheme signs: of the raw body (plain), or of `${t}.${rawBody}` with `t` exactly
 * as sent (timestamped). The verifier compares it; the signer (./signing.ts) sends it as hex.
 */
export function signedDigest(secret: string, rawBody: string | Buffer, rawTimestamp?: string): Buffer {
  const mac = createHmac('sha256', secret);
  if (rawTimestamp !== undefined) mac.update(`${rawTimestamp}.`);
  return mac.update(rawBody).digest();
}

function firstMatchingSecret(
  secrets: readonly string[],
  digests: readonly Buffer[],
  sign: (secret: string) => Buffer,
  preferIndex = -1,
): number {
  const matches = (i: number) => {
    const secret = secrets[i];
    if (!secret) return false;
    const expected = sign(secret);
    // Every candidate is 32 bytes (checked by the hex pattern), so timingSafeEqual never throws.
    return digests.some((d) => timingSafeEqual(d, expected));
  };
  if (preferIndex >= 0 && preferIndex < secrets.length && matches(preferIndex)) return preferIndex;
  for (let i = 0; i < secrets.length; i++) if (i !== preferIndex && matches(i)) return i;
  return -1;
}

/**
 * Checks a request's signature against every listed secret (current, previous…).
 * The timestamped header wins when both are present: its replay window must not be bypassable.
 */
export function verifySignature(
  rawBody: Buffer,
  headers: SignatureHeaders,
  secrets: readonly string[],
  options: VerifyOptions,
): Verification {
  // One of Lava's guides sends the plain scheme's bare hex digest in X-Lava-Signature.
  const bareHex = headers.timestamped !== undefined && HEX_DIGEST.test(headers.timestamped.trim());
  if (headers.timestamped !== undefined && !bareHex) {
    const parsed = parseTimestampedHeader(headers.timestamped);
    if (!parsed) return { ok: false, reason: 'malformed' };
    if (options.checkTimestamp !== false) {
      const age = options.nowSeconds - parsed.timestamp;
      if (age > options.toleranceSeconds) return { ok: false, reason: 'stale' };
      if (-age > options.toleranceSeconds) return { ok: false, reason: 'future' };
    }
    const index = firstMatchingSecret(
      secrets,
      parsed.digests,
      (s) => signedDigest(s, rawBody, parsed.rawTimestamp),
      options.preferIndex,
    );
    return index < 0
      ? { ok: false, reason: 'mismatch' }
      : {
          ok: true,
          scheme: 'timestamped',
          timestamp: parsed.timestamp,
          rawTimestamp: parsed.rawTimestamp,
          secretIndex: index,
        };
  }
  const plain = headers.plain ?? (bareHex ? headers.timestamped : undefined);
  if (plain !== undefined) {
    const value = plain.trim();
    if (!HEX_DIGEST.test(value)) return { ok: false, reason: 'malformed' };
    if (looksTimestampSigned(rawBody)) return { ok: false, reason: 'cross-scheme' };
    const digest = [Buffer.from(value, 'hex')];
    const index = firstMatchingSecret(secrets, digest, (s) => signedDigest(s, rawBody), options.preferIndex);
    return index < 0 ? { ok: false, reason: 'mismatch' } : { ok: true, scheme: 'plain', secretIndex: index };
  }
  return { ok: false, reason: 'missing' };
}
