// Is a recorded process still the one that was recorded? A pid alone can be reused (after a reboot
// or a container restart a stale file's pid often belongs to another process); on Linux the start
// time in /proc tells them apart. Elsewhere a live pid counts as the recorded process.
import { readFileSync } from 'node:fs';

/** A process as recorded in a file: its pid and, where the system tells, when it started. */
export interface ProcessIdentity {
  pid: number;
  /** Linux: the start time in /proc/<pid>/stat, which tells a reused pid from the recorded process. */
  startTime?: string;
}

/** Fields 3 onwards of /proc/<pid>/stat (after the command name, which may hold spaces). */
function procStat(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function processStartTime(pid: number): string | undefined {
  return procStat(pid)?.[19]; // field 22, starttime
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function identify(pid: number): ProcessIdentity {
  return { pid, startTime: processStartTime(pid) };
}

/**
 * Whether the recorded process is still running: not gone, not a zombie nobody reaped (where the
 * container's pid 1 does not), not another process with its pid.
 */
export function stillRunning(recorded: ProcessIdentity): boolean {
  if (!Number.isInteger(recorded.pid) || recorded.pid <= 0 || !processAlive(recorded.pid)) return false;
  const stat = procStat(recorded.pid);
  if (!stat) return true; // no /proc: a live pid is all there is to know
  const [state] = stat;
  if (state === 'Z' || state === 'X') return false;
  return recorded.startTime === undefined || stat[19] === recorded.startTime;
}
