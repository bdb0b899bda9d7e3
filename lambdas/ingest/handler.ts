// Lambda entry point for POST /webhooks/lava. Clients and caches live per container.
import { ingestHandlerFromEnv } from './from-env';

export const handler = ingestHandlerFromEnv(process.env);
