import { defineCommand } from '../command';
import { flag, text } from '../options';

export const secretOptions = {
  value: text('SECRET', 'the new secret (default: prompt, or stdin)'),
  json: flag('show: {"current":…,"previous":…}'),
  now: flag(`restart the functions that verify signatures, so that a secret the change
drops is refused at once (deployed: a configuration update of ingest and the consumer)`),
  'via-lava': flag('rotate: rotate a connected endpoint through Lava (below)'),
  name: text(
    'N',
    `rotate --via-lava, retire: the endpoint (default: lava-webhooks-<stage>, or
lava-webhooks-local); retire without it: the unnamed secret`,
  ),
};

export const secretCommand = defineCommand({
  name: 'secret',
  summary: 'set or rotate the signing secret; show the local one',
  help: `Usage: lava-webhooks secret set|rotate [--value SECRET] [--now]
       lava-webhooks secret rotate --via-lava [--name N] [--now]
       lava-webhooks secret retire [--name N] [--now]
       lava-webhooks secret show [--json]

  set      replace the signing secret with the new value (only it is accepted afterwards)
  rotate   make the new value current and keep the present one valid as "previous", so that
           webhooks signed with either are accepted while Lava switches over
  rotate --via-lava
           rotate a connected endpoint's secret without a window: a second Lava endpoint for the
           same URL is created and its secret stored; once the stack accepts it, the old endpoint is
           deleted, and its secret dropped when nothing queued may still need it. Both endpoints
           deliver meanwhile: each event arrives twice and is applied once (the later a duplicate).
           Needs a free place under Lava's cap of 3 endpoints
  retire   end a rotation: drop the previous value (of the unnamed secret, or of endpoint --name)
  show     print the local stack's current signing secret (for openssl/curl; --json: current and
           previous). Local only: a deployed stack's secret stays in Secrets Manager

set and rotate read the new secret from a prompt that does not echo it (on a terminal), from stdin
(a pipe), or from --value (which shell history keeps). Neither value is printed. Each change returns
once no request signed with a secret it adds is refused for being new: it waits out the functions'
refresh gate (5 s after the change) and sends a probe signed with it (archived as ignored). A secret
it drops stays accepted until the functions' cache expires (5 minutes deployed), which it says;
--now restarts the functions so that it is refused at once.`,
  options: secretOptions,
  load: async () => (await import('../actions/secret')).run,
});
