// Lambda entry point for the reconciler's schedule. Clients live per container.
import { reconcilerHandlerFromEnv } from './from-env';

export const handler = reconcilerHandlerFromEnv(process.env);
