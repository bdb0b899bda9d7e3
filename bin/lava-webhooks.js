#!/usr/bin/env node
// Launcher for `npx lava-webhooks …` in the checkout: registers tsx so the TypeScript CLI runs as is.
import { register } from 'tsx/esm/api';

// The SDK's notice about Node 22 would precede every command's output; README covers it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { run } = await import('./cli.ts');
process.exitCode = await run(process.argv.slice(2));
