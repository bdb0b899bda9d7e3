// `lava-webhooks connect|disconnect [--name N] [--now]`: registers the stack's webhook URL with Lava
// and keeps the endpoint's signing secret in the stack's secret, beside every other one, so nothing
// is copied by hand and nothing signed before is refused.

import type { RestWebhook } from '@lavapayments/nodejs';
import { LAVA_MAX_WEBHOOKS } from '../../lambdas/reconciler/lava-api';
import {
  NoSecretLeftError,
  parseSigningSecrets,
  withEndpoint,
  withoutEndpoint,
} from '../../lambdas/shared/secret-value';
import { errorText } from '../../local/format';
import { type CommandRun, type CommandValues, targetOptions } from '../command';
import type { connectOptions } from '../commands/connect';
import { endpointName } from '../endpoint-name';
import { CommandError, type Io } from '../io';
import { noPositionals } from '../options';
import { type SecretChange, settleChange, storeChange } from '../secret-rollout';
import { resolveTarget, storedSigningSecret, type Target } from '../target';
import { lavaFor } from './lava-access';

type ConnectValues = CommandValues<typeof connectOptions>;

async function withTarget(
  values: ConnectValues,
  positionals: string[],
  io: Io,
  work: (t: Target) => Promise<number>,
) {
  noPositionals(positionals);
  const target = await resolveTarget(targetOptions(values, io.env));
  try {
    return await work(target);
  } finally {
    target.close();
  }
}

/** Lava's cap is reached: which endpoints there are, and how to free one. */
export function atLavasCap(endpoints: readonly RestWebhook[], why: string): CommandError {
  const list = endpoints.map((w) => `  ${w.webhook_id}  ${w.name}  ${w.url}`).join('\n');
  return new CommandError(
    `Lava allows ${LAVA_MAX_WEBHOOKS} webhook endpoints per merchant and this account has ${endpoints.length}; ${why}:\n${list}\n` +
      'Free one: `lava-webhooks disconnect --name NAME` for one of this stack’s (any stage: add --stage), ' +
      'or delete one in Lava’s dashboard; then run this again.',
  );
}

async function connect(target: Target, name: string, io: Io, now: boolean): Promise<number> {
  const lava = await lavaFor(target, io);
  const url = target.webhookUrl;
  const all = await lava.listWebhooks();
  const { value: stored } = await storedSigningSecret(target);
  const entry = parseSigningSecrets(stored).endpoints[name];
  const sameName = all.filter((w) => w.name === name && w.url === url);
  const known = sameName.find((w) => w.webhook_id === entry?.webhookId);
  if (known) {
    io.out(`Already connected: Lava endpoint ${known.webhook_id} (${name}) → ${url}; nothing changed.`);
    return 0;
  }
  // An endpoint of this name whose secret we do not hold delivers nothing we accept: it goes first,
  // so that it never takes the place the new one needs.
  for (const stale of sameName) await lava.deleteWebhook(stale.webhook_id);
  if (sameName.length)
    io.err(`Deleted ${sameName.length} endpoint(s) named ${name} whose secret was not stored.`);
  const others = all.filter((w) => !sameName.includes(w));
  if (others.length >= LAVA_MAX_WEBHOOKS) throw atLavasCap(others, `connect needs one more for ${url}`);
  const created = await lava.createWebhook({ name, url });
  const change: SecretChange = {
    before: stored,
    after: withEndpoint(stored, name, created.webhook_id, created.webhook_secret),
    added: created.webhook_secret,
    now,
    what: `Connected: Lava endpoint ${created.webhook_id} (${name}) → ${url}; its signing secret is stored beside the others (not printed)`,
  };
  let saved: Awaited<ReturnType<typeof storeChange>>;
  try {
    saved = await storeChange(target, change, io);
  } catch (error) {
    // Without its secret stored the endpoint would only deliver refusals: take it back.
    await lava.deleteWebhook(created.webhook_id).catch(() => false);
    throw new CommandError(`Could not store the endpoint's signing secret: ${errorText(error)}`, {
      cause: error,
    });
  }
  await settleChange(target, change, saved, io);
  return 0;
}

async function disconnect(target: Target, name: string, io: Io, now: boolean): Promise<number> {
  const lava = await lavaFor(target, io);
  const { value: stored } = await storedSigningSecret(target);
  const entry = parseSigningSecrets(stored).endpoints[name];
  const endpoints = (await lava.listWebhooks()).filter(
    (w) => w.webhook_id === entry?.webhookId || (w.name === name && w.url === target.webhookUrl),
  );
  for (const w of endpoints) await lava.deleteWebhook(w.webhook_id);
  io.out(`Disconnected ${name}: ${endpoints.length} Lava endpoint(s) deleted; the other secrets stay.`);
  if (entry) {
    let after: string;
    try {
      after = withoutEndpoint(stored, name);
    } catch (error) {
      if (!(error instanceof NoSecretLeftError)) throw error;
      io.err('It was the only signing secret stored, so it stays (no endpoint signs with it any more).');
      return 0;
    }
    const change: SecretChange = { before: stored, after, now, what: `Dropped the secret of ${name}` };
    await settleChange(target, change, await storeChange(target, change, io), io);
  }
  if (!entry && endpoints.length === 0) throw new CommandError(`No endpoint named ${name} is connected.`);
  return 0;
}

export const runConnect: CommandRun<typeof connectOptions> = (values, positionals, io) =>
  withTarget(values, positionals, io, (target) =>
    connect(target, endpointName(values.name, target), io, values.now),
  );

export const runDisconnect: CommandRun<typeof connectOptions> = (values, positionals, io) =>
  withTarget(values, positionals, io, (target) =>
    disconnect(target, endpointName(values.name, target), io, values.now),
  );
