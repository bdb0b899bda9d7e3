// `lava-webhooks connect [--name N] [--now]`: registers the stack's webhook URL with Lava and keeps
// the endpoint's signing secret in the stack's secret, beside every other one, so nothing is copied
// by hand and nothing signed before is refused.

import { LAVA_MAX_WEBHOOKS } from '../../../lambdas/reconciler/lava-api';
import { parseSigningSecrets, withEndpoint } from '../../../lambdas/shared/secret-value';
import { errorText } from '../../../local/format';
import { type CommandRun, targetOptions } from '../../command';
import { endpointName, type endpointOptions } from '../../endpoint-name';
import { CommandError, type Io } from '../../io';
import { atLavasCap, lavaFor } from '../../lava-access';
import { noPositionals } from '../../options';
import { type SecretChange, settleChange, storeChange } from '../../secret-rollout';
import { storedSigningSecret, type Target, withTarget } from '../../target';

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

export const run: CommandRun<typeof endpointOptions> = async (values, positionals, io) => {
  noPositionals(positionals);
  return withTarget(targetOptions(values, io.env), (target) =>
    connect(target, endpointName(values.name, target), io, values.now),
  );
};
