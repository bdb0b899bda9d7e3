// Lambda entry point for the SQS event source mapping. Clients and caches live per container.
import { consumerHandlerFromEnv } from './from-env';

export const handler = consumerHandlerFromEnv(process.env);
