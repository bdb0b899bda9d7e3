// `lava-webhooks connect`: its help; run.ts beside it does it.
import { declareCommand } from '../../command';
import { endpointOptions } from '../../endpoint-name';

export const connectCommand = declareCommand({
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
  options: endpointOptions,
});
