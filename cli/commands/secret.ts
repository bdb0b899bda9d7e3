import { defineCommand } from '../command';
import { flag, text } from '../options';

export const secretOptions = {
  value: text('SECRET', 'the new secret (default: prompt, or stdin)'),
  json: flag('show: {"current":…,"previous":…}'),
};

export const secretCommand = defineCommand({
  name: 'secret',
  summary: 'set or rotate the signing secret; show the local one',
  help: `Usage: lava-webhooks secret set|rotate [--value SECRET]
       lava-webhooks secret show [--json]

  set      replace the signing secret with the new value (only it is accepted afterwards)
  rotate   make the new value current and keep the present one valid as "previous", so that
           webhooks signed with either are accepted while Lava switches over
  show     print the local stack's current signing secret (for openssl/curl; --json: current and
           previous). Local only: a deployed stack's secret stays in Secrets Manager

set and rotate read the new secret from a prompt that does not echo it (on a terminal), from stdin
(a pipe), or from --value (which shell history keeps). Neither value is printed. The handlers pick
the change up within the secret cache TTL (5 minutes), or 5 seconds after the first webhook that
only the new secret verifies.`,
  options: secretOptions,
  load: async () => (await import('../actions/secret')).run,
});
