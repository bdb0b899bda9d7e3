import { join } from 'node:path';
import {
  parseSecretString,
  parseSigningSecrets,
  rotateUnnamed,
  withoutPrevious,
} from '../../lambdas/shared/secret-value';
import { errorText } from '../../local/format';
import { readStoredSecret, SECRET_FILE } from '../../local/local-secret';
import { type CommandRun, type CommandValues, targetOptions } from '../command';
import type { secretOptions } from '../commands/secret';
import { endpointName } from '../endpoint-name';
import { CommandError, type Io, UsageError } from '../io';
import { noPositionals, subcommand } from '../options';
import { type SecretChange, settleChange, storeChange } from '../secret-rollout';
import { resolveTarget, storedSigningSecret, type Target } from '../target';

type SecretValues = CommandValues<typeof secretOptions>;

async function newValue(values: SecretValues, io: Io): Promise<string> {
  const given =
    values.value !== undefined
      ? values.value
      : ((await io.readHidden('New signing secret (not echoed): ')) ?? (await io.readStdin()));
  const value = given?.replace(/\r?\n$/, '');
  if (value === undefined) {
    throw new UsageError(
      'give the new secret at the prompt (on a terminal), on stdin (e.g. `printf %s "$SECRET" | lava-webhooks secret set`) or with --value',
    );
  }
  if (value.trim() === '') throw new UsageError('the new secret is empty');
  return value;
}

/** The local stack's secret: what it serves while it runs, else what its state folder keeps. */
async function localSecretString(values: SecretValues, io: Io): Promise<string> {
  const { stateDir } = targetOptions(values, io.env);
  try {
    const target = await resolveTarget({ stateDir });
    try {
      return (await storedSigningSecret(target)).value ?? '';
    } finally {
      target.close();
    }
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    const file = join(stateDir, SECRET_FILE);
    const kept = readStoredSecret(stateDir);
    if (!kept)
      throw new CommandError(`${error.message}\nNo ${file} either: \`npm start\` makes one.`, {
        cause: error,
      });
    io.err(
      `(the stack is not running: this is the secret kept in ${file}, unless LAVA_WEBHOOK_SECRET overrides it)`,
    );
    return kept.secretString;
  }
}

async function show(values: SecretValues, io: Io): Promise<number> {
  if (values.stage !== undefined) {
    throw new CommandError(
      'secret show is for the local stack only: a deployed stack’s secret stays in Secrets Manager (its SecretArn output).',
    );
  }
  // The unnamed pair; connected endpoints' secrets (`connect --name`) are not shown.
  const { current, previous } = parseSigningSecrets(await localSecretString(values, io));
  if (current === undefined)
    throw new CommandError('The local stack has no unnamed signing secret, only connected endpoints’.');
  io.out(values.json ? JSON.stringify({ current, previous: previous ?? null }) : current);
  return 0;
}

/** `set` and `rotate`: a new value stored, proven accepted; what the change drops, and for how long. */
async function store(target: Target, action: 'set' | 'rotate', values: SecretValues, io: Io) {
  const value = await newValue(values, io);
  const { value: before } = await storedSigningSecret(target);
  let after = value;
  if (action === 'rotate') {
    try {
      // Connected endpoints' secrets (`connect --name`) stay as they are.
      after = rotateUnnamed(before, value);
    } catch (error) {
      throw new CommandError(`Cannot rotate: ${errorText(error)}.`, { cause: error });
    }
  } else {
    parseSecretString(after); // refuse what the handlers could not read
  }
  const change: SecretChange = {
    before,
    after,
    added: value,
    now: values.now,
    what: `Signing secret of ${target.name} ${action === 'rotate' ? 'rotated (the previous secret stays valid)' : 'set'}`,
  };
  await settleChange(target, change, await storeChange(target, change, io), io);
  return 0;
}

/** `retire`: the rotation is over, the previous value (of the unnamed secret, or of --name) dropped. */
async function retire(target: Target, values: SecretValues, io: Io) {
  const { value: before } = await storedSigningSecret(target);
  const name = values.name === undefined ? undefined : endpointName(values.name, target);
  let after: string;
  try {
    after = withoutPrevious(before, name);
  } catch (error) {
    throw new CommandError(`Nothing to retire: ${errorText(error)}.`, { cause: error });
  }
  const whose = name ? `endpoint ${name}` : 'the unnamed secret';
  const change: SecretChange = {
    before,
    after,
    now: values.now,
    what: `Retired the previous value of ${whose}`,
  };
  await settleChange(target, change, await storeChange(target, change, io), io);
  return 0;
}

export const run: CommandRun<typeof secretOptions> = async (values, positionals, io) => {
  const { word: action, rest } = subcommand('secret', positionals, ['set', 'rotate', 'retire', 'show']);
  noPositionals(rest);
  if (action === 'show') return show(values, io);
  if (values['via-lava'] && action !== 'rotate') throw new UsageError('--via-lava goes with rotate only');
  const target = await resolveTarget(targetOptions(values, io.env));
  try {
    if (action === 'retire') return await retire(target, values, io);
    if (values['via-lava']) {
      // Loaded only here: Lava's SDK is no part of the other secret commands.
      const { rotateViaLava } = await import('./rotate-via-lava');
      return await rotateViaLava(target, endpointName(values.name, target), io, values.now);
    }
    return await store(target, action as 'set' | 'rotate', values, io);
  } finally {
    target.close();
  }
};
