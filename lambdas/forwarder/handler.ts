// Lambda entry point for the forwarding queue's event source mapping. Clients and caches live per
// container.
import { forwarderHandlerFromEnv } from './from-env';

export const handler = forwarderHandlerFromEnv(process.env);
