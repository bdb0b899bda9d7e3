// Lava's envelope: `{ "event": string, "data": object }`; one of Lava's guides names the event
// `type`, accepted as an alias (`event` wins when both are there). Pure.

export interface Envelope {
  event: string;
  data: Record<string, unknown>;
}

/** A check's result, as the signature's: `ok`, or why not (`reason`). */
export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; reason: string };

// ignoreBOM keeps a leading byte-order mark in the text, so the text queued is the bytes signed
// (JSON.parse then refuses it: a 400, not a 200 that the consumer could never verify).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes strictly: bytes that are not UTF-8 are refused rather than silently replaced. */
export function decodeUtf8(raw: Buffer): string | undefined {
  try {
    return utf8.decode(raw);
  } catch {
    return undefined;
  }
}

export function parseEnvelope(text: string): EnvelopeResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'Body is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'Body must be a JSON object' };
  }
  const { event: named, type, data } = value as Record<string, unknown>;
  const event = named ?? type;
  if (typeof event !== 'string' || event === '') {
    return { ok: false, reason: 'Field "event" (or "type") must be a non-empty string' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'Field "data" must be an object' };
  }
  return { ok: true, envelope: { event, data: data as Record<string, unknown> } };
}
