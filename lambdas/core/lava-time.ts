// Times as Lava (or a future Lava) may write them: ISO 8601 with or without an offset (none means
// UTC), with a `T`, a `t` or a space between date and time, a date alone, or epoch seconds or
// milliseconds as a number or a string of digits; `2026-01-01 00:00:00 UTC` as some libraries print
// it. Pure.

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;
const EPOCH_DIGITS = /^\d{1,16}(?:\.\d+)?$/;

/**
 * Epoch numbers below this are seconds, above it milliseconds: 1e11 seconds is the year 5138, and
 * 1e11 milliseconds is March 1973, before any Lava customer.
 */
export const EPOCH_MS_FROM = 1e11;
/** 9999-12-31T23:59:59.999Z: the last instant an ISO string of four-digit years can hold. */
const LATEST_MS = 253_402_300_799_999;

export type TimeReading = { ok: true; iso: string } | { ok: false; reason: string };

const fail = (reason: string): TimeReading => ({ ok: false, reason });

function fromEpoch(value: number): TimeReading {
  if (!Number.isFinite(value) || value <= 0) return fail('not a positive epoch time');
  const ms = Math.round(value < EPOCH_MS_FROM ? value * 1000 : value);
  return ms > LATEST_MS
    ? fail('an epoch time past the year 9999')
    : { ok: true, iso: new Date(ms).toISOString() };
}

/** Offset in minutes east of UTC: `Z`, `UTC`, `+02`, `+0200`, `+02:00`. */
function offsetMinutes(offset: string | undefined): number | undefined {
  if (offset === undefined || !/^[+-]/.test(offset)) return 0;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return (offset[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function fromIso(match: RegExpExecArray): TimeReading {
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', offset] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as number[];
  const local = Date.UTC(year as number, (month as number) - 1, day, hour, minute, second);
  const check = new Date(local);
  // Date.UTC rolls 2026-02-30 over to March: a component that does not come back was out of range.
  const valid =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === (month as number) - 1 &&
    check.getUTCDate() === day &&
    check.getUTCHours() === hour &&
    check.getUTCMinutes() === minute &&
    check.getUTCSeconds() === second;
  const shift = offsetMinutes(offset);
  if (!valid || shift === undefined) return fail('a date or time out of range');
  const ms = local + Math.round(Number(`0.${fraction}`) * 1000) - shift * 60_000;
  return ms < 0 || ms > LATEST_MS
    ? fail('a time outside 1970–9999')
    : { ok: true, iso: new Date(ms).toISOString() };
}

/** Reads a time Lava sent; a reason when it is not one. */
export function readLavaTime(value: unknown): TimeReading {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return fail(`expected a time, got ${typeName(value)}`);
  const text = value.trim();
  if (EPOCH_DIGITS.test(text)) return fromEpoch(Number(text));
  const match = ISO.exec(text);
  return match
    ? fromIso(match)
    : fail('not a time in any form read (ISO 8601, epoch seconds or milliseconds)');
}

/** A value's JSON type, as a reason names it: `null`, `an array`, `a string`… */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : type === 'undefined' ? 'nothing' : `a ${type}`;
}
