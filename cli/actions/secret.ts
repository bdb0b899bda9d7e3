import { join } from 'node:path';
import { parseSecretString, parseSigningSecrets, rotateUnnamed } from '../../lambdas/shared/secret-value';
import { errorText } from '../../local/format';
import { readStoredSecret, SECRET_FILE } from '../../local/local-secret';
import { type CommandRun, type CommandValues, targetOptions } from '../command';
import type { secretOptions } from '../commands/secret';
import { CommandError, type Io, UsageError } from '../io';
import { noPositionals, subcommand } from '../options';
import { resolveTarget, storedSigningSecret, storeSigningSecret } from '../target';

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

export const run: CommandRun<typeof secretOptions> = async (values, positionals, io) => {
  const { word: action, rest } = subcommand('secret', positionals, ['set', 'rotate', 'show']);
  noPositionals(rest);
  if (action === 'show') return show(values, io);
  const target = await resolveTarget(targetOptions(values, io.env));
  try {
    const value = await newValue(values, io);
    let secretString = value;
    if (action === 'rotate') {
      const current = await storedSigningSecret(target);
      try {
        // Connected endpoints' secrets (`connect --name`) stay as they are.
        secretString = rotateUnnamed(current.value, value);
      } catch (error) {
        throw new CommandError(`Cannot rotate: ${errorText(error)}.`, { cause: error });
      }
    } else {
      parseSecretString(secretString); // refuse what the handlers could not read
    }
    const { versionId } = await storeSigningSecret(target, secretString);
    const what = action === 'rotate' ? 'rotated (the previous secret stays valid)' : 'set';
    io.out(`Signing secret of ${target.name} ${what}; version ${versionId ?? '?'}.`);
    return 0;
  } finally {
    target.close();
  }
};
