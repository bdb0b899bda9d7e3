// Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles (an esbuild alias set in
// lib/bundling.ts). Lambda always hands a function its role's credentials in environment variables,
// so the default chain's SSO, INI-file, process, IMDS and web-identity providers are dead weight:
// about 100 KB of the bundle and their load time at every cold start.
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
