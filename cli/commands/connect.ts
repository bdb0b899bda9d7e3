// `lava-webhooks connect|disconnect`: their options and help; cli/actions/connect.ts does them.
import { defineCommand } from '../command';
import { flag, text } from '../options';

export const connectOptions = {
  name: text(
    'N',
    `the endpoint's name in Lava and in the stored secret
(default: lava-webhooks-<stage>, or lava-webhooks-local)`,
  ),
  now: flag(`restart the functions that verify signatures, so that a secret dropped is
refused at once (deployed: a configuration update of ingest and the consumer)`),
};

export const connectCommand = defineCommand({
  name: 'connect',
  summary: 'create the webhook endpoint in Lava and store its signing secret',
  help: `Usage: lava-webhooks connect [--name N]

Creates a webhook endpoint in Lava for the stack's URL (locally the local one) and stores the secret
Lava returns in the stack's signing secret, beside the secrets already there (which stay valid), so
nothing is copied by hand; then waits until the stack accepts a probe signed with it. Connecting
again changes nothing while the endpoint exists and its secret is stored; an endpoint of the same
name and URL whose secret is not stored is deleted first. Several endpoints (one --name each) may
point at one stack; each keeps its own secret. Lava allows 3 endpoints per merchant: at the cap it
lists them and says how to free one. Lava's key comes from LAVA_SECRET_KEY, else from the stack's
Lava key secret; LAVA_API_BASE_URL overrides the API's URL.`,
  options: connectOptions,
  load: async () => (await import('../actions/connect')).runConnect,
});

export const disconnectCommand = defineCommand({
  name: 'disconnect',
  summary: 'delete the webhook endpoint in Lava and drop its signing secret',
  help: `Usage: lava-webhooks disconnect [--name N] [--now]

Deletes the Lava webhook endpoint of that name (for the stack's URL) and removes its secret from the
stored signing secret; every other secret stays. The running functions accept the dropped secret
until their cache expires (5 minutes deployed), which it says; --now restarts them so that it is
refused at once. A message it signed that is still queued would no longer verify: disconnect when
the queue and the DLQ are empty.`,
  options: connectOptions,
  load: async () => (await import('../actions/connect')).runDisconnect,
});
