// Reads the times the CLI accepts: ISO 8601, a date, unix seconds, or a duration ago (30m, 2h, 7d).
const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Epoch milliseconds, or undefined when the text is none of the accepted forms. */
export function parseTime(text: string, now = Date.now()): number | undefined {
  const ago = /^(\d+)([smhd])$/.exec(text.trim());
  if (ago) return now - Number(ago[1]) * (UNITS[ago[2] as string] as number);
  if (/^\d{9,11}$/.test(text.trim())) return Number(text) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}/.test(text.trim())) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
