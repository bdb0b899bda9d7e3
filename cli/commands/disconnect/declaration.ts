// `lava-webhooks disconnect`: its help; run.ts beside it does it.
import { declareCommand } from '../../command';
import { endpointOptions } from '../../endpoint-name';

export const disconnectCommand = declareCommand({
  name: 'disconnect',
  summary: 'delete the webhook endpoint in Lava and drop its signing secret',
  help: `Usage: lava-webhooks disconnect [--name N] [--now]

Deletes the Lava webhook endpoint of that name (for the stack's URL) and removes its secret from the
stored signing secret; every other secret stays. The running functions accept the dropped secret
until their cache expires (5 minutes deployed), which it says; --now restarts them so that it is
refused at once. A message it signed that is still queued would no longer verify: disconnect when
the queue and the DLQ are empty.`,
  options: endpointOptions,
});
