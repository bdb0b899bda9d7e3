// `lava-webhooks secret set|rotate`: writes the signing secret (PutSecretValue).
import { GetSecretValueCommand, PutSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { parseSecretString, rotateUnnamed } from '../../lambdas/shared/secret-value';
import { type Command, targetOptions } from '../command';
import { CommandError, type Io, UsageError } from '../io';
import { resolveTarget } from '../target';

async function newValue(values: Record<string, unknown>, io: Io): Promise<string> {
  const given = typeof values.value === 'string' ? values.value : await io.readStdin();
  const value = given?.replace(/\r?\n$/, '');
  if (value === undefined) {
    throw new UsageError(
      'give the new secret on stdin (e.g. `pbpaste | lava-webhooks secret set`) or with --value',
    );
  }
  if (value.trim() === '') throw new UsageError('the new secret is empty');
  return value;
}

export const secretCommand: Command = {
  name: 'secret',
  summary: 'set or rotate the signing secret (Secrets Manager)',
  help: `Usage: lava-webhooks secret set|rotate [--value SECRET]

  set      replace the signing secret with the new value (only it is accepted afterwards)
  rotate   make the new value current and keep the present one valid as "previous", so that
           webhooks signed with either are accepted while Lava switches over

The new secret is read from stdin, or from --value (which shell history keeps). Neither value is
printed. The handlers pick the change up within the secret cache TTL (5 minutes), or 5 seconds
after the first webhook that only the new secret verifies.

Options:
  --value SECRET     the new secret (default: read from stdin)`,
  options: { value: { type: 'string' } },
  async run(values, positionals, io) {
    const [action, ...extra] = positionals;
    if (action !== 'set' && action !== 'rotate') throw new UsageError('secret needs "set" or "rotate"');
    if (extra.length) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
    const value = await newValue(values, io);
    const target = await resolveTarget(targetOptions(values));
    try {
      const client = target.secretsManager();
      let secretString = value;
      if (action === 'rotate') {
        const current = await client.send(new GetSecretValueCommand({ SecretId: target.secretId }));
        try {
          // Connected endpoints' secrets (`connect --name`) stay as they are.
          secretString = rotateUnnamed(current.SecretString, value);
        } catch (error) {
          throw new CommandError(`Cannot rotate: ${(error as Error).message}.`);
        }
      } else {
        parseSecretString(secretString); // refuse what the handlers could not read
      }
      const out = await client.send(
        new PutSecretValueCommand({ SecretId: target.secretId, SecretString: secretString }),
      );
      const what = action === 'rotate' ? 'rotated (the previous secret stays valid)' : 'set';
      io.out(`Signing secret of ${target.name} ${what}; version ${out.VersionId ?? '?'}.`);
      return 0;
    } finally {
      target.close();
    }
  },
};
