// What follows a change of the stack's signing secret, for the commands that make one (secret,
// connect, disconnect): when the running functions accept a secret just stored, and how long they
// still accept one just dropped.
//
// Each function instance caches the secrets; on a signature that matches none of them it re-reads
// them, but at most once per gate (SECRET_CACHE.refreshAfterMissMs), so forged requests cannot make
// it call Secrets Manager at will. An instance that re-read just before the change (any miss will
// do, a forged request included) refuses the new secret until its gate passes. So once a command has
// stored a secret it waits out the gate, counted from the change: after that every instance either
// read the new value or re-reads at its next miss, and no request signed with the new secret is
// refused for being new. A probe signed with it then proves the stack accepts it.
import { setTimeout as sleep } from 'node:timers/promises';
import { SECRET_CACHE } from '../lambdas/shared/secret-source';
import { parseSecretString } from '../lambdas/shared/secret-value';
import { errorText } from '../local/format';
import { CommandError, type Io } from './io';
import { postProbe } from './probe';
import { renewFunctions } from './renew-functions';
import { storeSigningSecret, type Target } from './target';

/** A change of the stored signing secret, as a command makes it. */
export interface SecretChange {
  /** The stored value before (undefined: none), and the one to store. */
  before: string | undefined;
  after: string;
  /** The secret the change adds, proven accepted by a probe; none when it only drops. */
  added?: string;
  /** Restart the verifying functions, so that what the change drops is refused at once. */
  now?: boolean;
  /** What the first line says was done, e.g. "Signing secret of local set". */
  what: string;
}

export interface StoredChange {
  versionId: string;
  /** When Secrets Manager answered the write (epoch ms). */
  changedAt: number;
}

/** Stores the change and says so; nothing else yet (a caller may undo on failure here). */
export async function storeChange(target: Target, change: SecretChange, io: Io): Promise<StoredChange> {
  const { versionId } = await storeSigningSecret(target, change.after);
  const changedAt = Date.now();
  io.out(`${change.what}; version ${versionId ?? '?'}.`);
  return { versionId: versionId ?? String(changedAt), changedAt };
}

/**
 * What follows a stored change: with `now`, the functions restarted; what it adds proven accepted (no
 * request signed with it is refused for being new once this returns); what it drops, and for how
 * long the running functions still accept it.
 */
export async function settleChange(target: Target, change: SecretChange, stored: StoredChange, io: Io) {
  if (change.now) await renewFunctions(target, stored.versionId, io);
  // Restarted functions read the secret at their first request: no gate to wait out.
  if (change.added) await awaitAccepted(target, change.added, io, change.now ? 0 : stored.changedAt);
  const notice = droppedNotice(target, droppedCount(change), change.now === true);
  if (notice) io.out(notice);
}

/** How many secrets verified before the change and do not after. */
function droppedCount(change: SecretChange): number {
  const listed = (value: string | undefined) => {
    try {
      return parseSecretString(value);
    } catch {
      return []; // nothing usable was stored before
    }
  };
  const after = new Set(listed(change.after));
  return listed(change.before).filter((s) => !after.has(s)).length;
}

/** Beyond the gate: clocks, and a read sent in the very millisecond of the change. */
const MARGIN_MS = 1_000;
/** Probes are sent until one is accepted or this long has passed. */
const PROBE_DEADLINE_MS = 60_000;

const seconds = (ms: number) => `${Math.ceil(ms / 1000)} s`;

/**
 * Returns once a request signed with `secret`, stored at `changedAt` (when PutSecretValue answered),
 * is no longer refused for being new: the gate waited out, then a probe signed with it accepted.
 */
async function awaitAccepted(
  target: Target,
  secret: string,
  io: Io,
  changedAt: number,
  check = 'secret',
): Promise<void> {
  const wait = changedAt + SECRET_CACHE.refreshAfterMissMs + MARGIN_MS - Date.now();
  if (wait > 0) {
    io.err(
      `Waiting ${seconds(wait)} until every running function takes the new secret at its next miss ` +
        `(one that re-read the secret just before the change waits ${seconds(SECRET_CACHE.refreshAfterMissMs)} to read it again)…`,
    );
    await sleep(wait);
  }
  const deadline = Date.now() + PROBE_DEADLINE_MS;
  for (;;) {
    let refusal: string;
    try {
      const answer = await postProbe(target.webhookUrl, secret, check);
      if (answer.accepted) {
        io.out(`${target.name} accepts it: a probe signed with it answered 200 (archived as ignored).`);
        return;
      }
      refusal = `answered ${answer.status} ${answer.text}`;
    } catch (error) {
      refusal = `had no answer: ${errorText(error)}`;
    }
    if (Date.now() > deadline)
      throw new CommandError(
        `Stored, but a probe signed with it ${refusal} for ${seconds(PROBE_DEADLINE_MS)}: ` +
          `check the URL (${target.webhookUrl}) and \`lava-webhooks doctor\`.`,
      );
    io.err(`The probe ${refusal}; trying again in ${seconds(SECRET_CACHE.refreshAfterMissMs)}…`);
    await sleep(SECRET_CACHE.refreshAfterMissMs);
  }
}

/** How long `count` secrets no longer stored are still accepted, and how to end that at once. */
function droppedNotice(target: Target, count: number, renewed: boolean): string | undefined {
  if (count === 0) return undefined;
  const what = `${count} secret(s) no longer stored`;
  if (renewed) return `${what}: refused from now on (the functions were restarted and read the secret anew).`;
  const ttl = target.secretCacheTtlSeconds;
  const cached = ttl >= 60 ? `${Math.ceil(ttl / 60)} minute(s)` : `${ttl} s`;
  const stale = Math.round((ttl * 1000 + SECRET_CACHE.maxStaleMs) / 60_000);
  return (
    `${what}: still accepted by the running functions until their cached copy expires, up to ${cached} ` +
    `(up to ${stale} minutes while Secrets Manager cannot be read). Add --now to refuse them at once.`
  );
}
