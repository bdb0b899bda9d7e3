#!/usr/bin/env node
// `npx lava-webhooks …`: runs the built command-line tool (see cli-build.js), building it first when
// the sources changed since the last build. Without esbuild (a production-only install) the
// TypeScript sources run through tsx instead, slower.
import { pathToFileURL } from 'node:url';
import { CLI, ensureBuilt } from './cli-build.js';

const say = (text) => process.stderr.isTTY && process.stderr.write(text);
let entry;
try {
  let building = false;
  entry = pathToFileURL(
    await ensureBuilt(CLI, () => {
      building = true;
      say('lava-webhooks: building the command-line tool (once after each change)…');
    }),
  ).href;
  if (building) say('\r\u001b[K');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('esbuild')) throw error;
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('./main.ts', import.meta.url).href;
}
await import(entry);
