// A one-line progress bar on stderr, drawn only when stderr is a terminal (never in logs or pipes).
import type { Io } from './io';

export interface Progress {
  update(done: number, total?: number): void;
  finish(): void;
}

const WIDTH = 30;

export function progressBar(io: Io, label: string, initialTotal?: number): Progress {
  if (!io.errIsTTY) return { update() {}, finish() {} };
  let total = initialTotal;
  let drawn = false;
  return {
    update(done, newTotal) {
      if (newTotal !== undefined) total = newTotal;
      const known = total !== undefined && total > 0;
      const ratio = known ? Math.min(1, done / (total as number)) : 0;
      const filled = Math.round(ratio * WIDTH);
      const bar = known ? `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}` : `${done}`;
      io.errRaw(`\r${label} ${bar}\u001b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) io.errRaw('\n');
    },
  };
}
