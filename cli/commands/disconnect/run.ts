// `lava-webhooks disconnect [--name N] [--now]`: deletes the stack's endpoint in Lava and drops its
// signing secret from the stack's secret; every other secret stays.

import {
  NoSecretLeftError,
  parseSigningSecrets,
  withoutEndpoint,
} from '../../../lambdas/shared/secret-value';
import { type CommandRun, targetOptions } from '../../command';
import { endpointName, type endpointOptions } from '../../endpoint-name';
import { CommandError, type Io } from '../../io';
import { lavaFor } from '../../lava-access';
import { noPositionals } from '../../options';
import { type SecretChange, settleChange, storeChange } from '../../secret-rollout';
import { storedSigningSecret, type Target, withTarget } from '../../target';

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

export const run: CommandRun<typeof endpointOptions> = async (values, positionals, io) => {
  noPositionals(positionals);
  return withTarget(targetOptions(values, io.env), (target) =>
    disconnect(target, endpointName(values.name, target), io, values.now),
  );
};
