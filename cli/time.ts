// Reads the times the CLI accepts: ISO 8601, a date, unix seconds, `now`, or a duration ago (30m or
// -30m, 2h, 7d) or ahead (+5m).
const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export const TIME_FORMS =
  'ISO 8601, a date, unix seconds, now, or a duration ago (30m, -2h, 7d) or ahead (+5m)';

/** Epoch milliseconds, or undefined when the text is none of the accepted forms. */
export function parseTime(text: string, now = Date.now()): number | undefined {
  const t = text.trim();
  if (t === 'now') return now;
  const relative = /^([+-]?)(\d+)([smhd])$/.exec(t);
  if (relative) {
    const ms = Number(relative[2]) * (UNITS[relative[3] as string] as number);
    return relative[1] === '+' ? now + ms : now - ms;
  }
  if (/^\d{9,11}$/.test(t)) return Number(t) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}/.test(t)) return undefined;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `4 min 10 s`, `2 h 5 min`: how far apart two times are, for messages. */
export function describeDistance(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
}
