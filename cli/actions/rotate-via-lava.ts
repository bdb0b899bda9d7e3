// `lava-webhooks secret rotate --via-lava [--name N]`: a connected endpoint's secret rotated through
// Lava, without the window a rotation in Lava's dashboard leaves (Lava signs with the new secret at
// once, and every webhook until the stack holds it is refused and lost). Instead: a second endpoint
// for the same URL is created and its secret stored beside the old one; once the stack accepts it,
// the old endpoint is deleted; its secret is dropped once nothing it signed can still be on its way
// or queued. During the overlap both endpoints deliver each event, and event identity merges them
// (the same body within the duplicate window: the later is a duplicate, applied once).
import { setTimeout as sleep } from 'node:timers/promises';
import { LAVA_DELIVERY_TIMEOUT_MS, LAVA_MAX_WEBHOOKS } from '../../lambdas/reconciler/lava-api';
import { parseSigningSecrets, withEndpoint, withoutPrevious } from '../../lambdas/shared/secret-value';
import { errorText } from '../../local/format';
import { CommandError, type Io } from '../io';
import { type SecretChange, settleChange, storeChange } from '../secret-rollout';
import { queueDepth, storedSigningSecret, storeSigningSecret, type Target } from '../target';
import { atLavasCap } from './connect';
import { lavaFor } from './lava-access';

/** How long the queue may take to empty before the old secret is dropped (else it stays, said). */
const DRAIN_DEADLINE_MS = 60_000;

type Lava = Awaited<ReturnType<typeof lavaFor>>;

/** The endpoint to rotate, with room under Lava's cap for a second one (leftovers deleted first). */
async function endpointToRotate(lava: Lava, target: Target, name: string, webhookId: string, io: Io) {
  const listed = await lava.listWebhooks();
  const old = listed.find((w) => w.webhook_id === webhookId);
  if (!old)
    throw new CommandError(
      `Lava has no endpoint ${webhookId} (${name}) any more: run \`lava-webhooks connect --name ${name}\` to make a new one.`,
    );
  // Others of this name and URL (left by an interrupted rotation, or stale): their secret is not
  // the current one; the known endpoint delivers what they would.
  const leftovers = listed.filter((w) => w !== old && w.name === name && w.url === target.webhookUrl);
  for (const w of leftovers) await lava.deleteWebhook(w.webhook_id);
  if (leftovers.length) io.err(`Deleted ${leftovers.length} other endpoint(s) named ${name} for this URL.`);
  const all = listed.filter((w) => !leftovers.includes(w));
  if (all.length >= LAVA_MAX_WEBHOOKS)
    throw atLavasCap(all, 'a rotation through Lava needs one more while the old endpoint still delivers');
  return old;
}

export async function rotateViaLava(target: Target, name: string, io: Io, now: boolean): Promise<number> {
  const lava = await lavaFor(target, io);
  const { value: stored } = await storedSigningSecret(target);
  const entry = parseSigningSecrets(stored).endpoints[name];
  if (!stored || !entry?.webhookId)
    throw new CommandError(
      `No endpoint named ${name} is connected (no Lava webhook id stored for it): run \`lava-webhooks connect --name ${name}\` first.`,
    );
  const old = await endpointToRotate(lava, target, name, entry.webhookId, io);
  const created = await lava.createWebhook({ name, url: target.webhookUrl });
  const overlap: SecretChange = {
    before: stored,
    after: withEndpoint(stored, name, created.webhook_id, created.webhook_secret),
    added: created.webhook_secret,
    what: `Created Lava endpoint ${created.webhook_id} (${name}) beside ${old.webhook_id}; both secrets stored`,
  };
  let written = false;
  try {
    const saved = await storeChange(target, overlap, io);
    written = true;
    await settleChange(target, overlap, saved, io);
  } catch (error) {
    // Back to where it was: the old endpoint still delivers, its secret stored as before.
    if (written) await storeSigningSecret(target, stored).catch(() => undefined);
    await lava.deleteWebhook(created.webhook_id).catch(() => false);
    throw new CommandError(
      `Rotation abandoned, the new endpoint deleted and the stored secret put back: ${errorText(error)}`,
      { cause: error },
    );
  }
  await lava.deleteWebhook(old.webhook_id);
  io.out(`Deleted the old endpoint ${old.webhook_id}: Lava delivers through ${created.webhook_id} only.`);
  await dropOldSecret(target, name, io, now);
  return 0;
}

/**
 * The old secret goes once nothing it signed can still arrive (a delivery Lava started before the
 * deletion ends within its timeout) or wait in the queue (the consumer verifies every message
 * again). While the queue does not empty, or the DLQ holds messages, it stays, and we say so.
 */
async function dropOldSecret(target: Target, name: string, io: Io, now: boolean) {
  io.err(`Waiting ${LAVA_DELIVERY_TIMEOUT_MS / 1000} s for deliveries Lava began through the old endpoint…`);
  await sleep(LAVA_DELIVERY_TIMEOUT_MS);
  const deadline = Date.now() + DRAIN_DEADLINE_MS;
  let queued = await messagesIn(target, target.queueUrl);
  while (queued > 0 && Date.now() < deadline) {
    await sleep(1_000);
    queued = await messagesIn(target, target.queueUrl);
  }
  const dead = await messagesIn(target, target.dlqUrl);
  if (queued > 0 || dead > 0) {
    io.out(
      `The old secret stays stored as ${name}'s previous value: ${queued} message(s) in the queue and ${dead} in the DLQ may need it. ` +
        `Once both are empty: \`lava-webhooks secret retire --name ${name}\`.`,
    );
    return;
  }
  const { value: before } = await storedSigningSecret(target);
  const change: SecretChange = {
    before,
    after: withoutPrevious(before, name),
    now,
    what: `Dropped the old secret of ${name}`,
  };
  await settleChange(target, change, await storeChange(target, change, io), io);
}

async function messagesIn(target: Target, queueUrl: string): Promise<number> {
  const depth = await queueDepth(target, queueUrl);
  return depth.waiting + depth.inFlight;
}
