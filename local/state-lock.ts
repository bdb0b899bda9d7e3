// One stack per state folder: `stack.lock` names the stack that owns the folder (its DynamoDB data,
// queue journal, stack.json). A second stack on a folder in use refuses; a lock left by a stack
// that died is taken over. The lock is created with link(2), so it is never seen half written, and
// a stale one is moved aside before it is removed, so two stacks starting at once cannot both win.
import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { identify, type ProcessIdentity, stillRunning } from './process-identity';
import { readStackFile, STATE_DIR_ENV } from './stack-file';

export const LOCK_FILE = 'stack.lock';

interface LockHolder extends ProcessIdentity {
  startedAt: string;
  token: string;
}

function readLock(file: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // gone meanwhile
  }
  try {
    return JSON.parse(text) as LockHolder;
  } catch {
    return { pid: -1, startedAt: '', token: '' }; // unreadable: nobody can hold it
  }
}

function tryCreate(file: string, holder: LockHolder): boolean {
  const tmp = `${file}.${holder.token}`;
  writeFileSync(tmp, `${JSON.stringify(holder)}\n`);
  try {
    linkSync(tmp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Removes a stale lock, unless another stack replaced it in the meantime (then it is put back). */
function removeStale(file: string, stale: LockHolder, token: string): void {
  const aside = `${file}.stale-${token}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // already gone
  }
  if (readLock(aside)?.token !== stale.token) {
    try {
      linkSync(aside, file);
    } catch {
      // a third stack locked the folder meanwhile: it owns it
    }
  }
  rmSync(aside, { force: true });
}

/** Another local stack holds the state folder (or its lock keeps changing). */
export class StateDirInUseError extends Error {
  override name = 'StateDirInUseError';
}

function inUse(stateDir: string, holder: LockHolder): Error {
  let where = 'still starting';
  try {
    const info = readStackFile(stateDir);
    if (info?.pid === holder.pid) where = `listening on ${info.url}`;
  } catch {
    // an unreadable stack.json says nothing more
  }
  return new StateDirInUseError(
    `The state folder ${stateDir} is in use by another local stack (pid ${holder.pid}, started ` +
      `${holder.startedAt}, ${where}). Stop that one first, or give this one a folder of its own ` +
      `with ${STATE_DIR_ENV}=<folder> (the CLI takes --state-dir <folder>).`,
  );
}

export interface StateLock {
  /** Removes the lock if it is still this stack's. */
  release(): void;
}

export function lockStateDir(stateDir: string): StateLock {
  const file = join(stateDir, LOCK_FILE);
  const mine: LockHolder = {
    ...identify(process.pid),
    startedAt: new Date().toISOString(),
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(file, mine)) {
      return {
        release: () => {
          if (readLock(file)?.token === mine.token) rmSync(file, { force: true });
        },
      };
    }
    const holder = readLock(file);
    if (!holder) continue;
    if (stillRunning(holder)) throw inUse(stateDir, holder);
    removeStale(file, holder, mine.token);
  }
  throw new StateDirInUseError(`Could not lock the state folder ${stateDir} (${file} keeps changing)`);
}
