// @ts-check
// Builds the package's entry point for apps that embed the LavaWebhooks construct (`npm run build`,
// run by `npm pack`/`npm publish`): dist/index.js, one ESM bundle of lib/index.ts with every package
// left external, and dist/types, its declarations. The sources import without extensions (bundler
// style); a declaration file in an ESM package is read with Node's rules, so each relative import in
// them gets its `.js` here, or TypeScript with "moduleResolution": "NodeNext" would type the package
// as `any`. dist/index.js sits one folder below the package root, as lib/ does: the functions are
// still bundled from lambdas/ at synth time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const TYPES = join(DIST, 'types');

/** `from './x'` → `from './x.js'` (or `./x/index.js`), for every relative specifier of a .d.ts. */
export function withJsExtensions(text, file) {
  return text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\2/g, (match, keyword, quote, specifier) => {
    if (/\.(js|json)$/.test(specifier)) return match;
    const base = resolve(dirname(file), specifier);
    const target = existsSync(`${base}.d.ts`) ? `${specifier}.js` : `${specifier}/index.js`;
    return `${keyword}${quote}${target}${quote}`;
  });
}

function* declarationFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

export function buildLib() {
  rmSync(DIST, { recursive: true, force: true });
  buildSync({
    absWorkingDir: ROOT,
    entryPoints: ['lib/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: join(DIST, 'index.js'),
    logLevel: 'warning',
  });
  const tsc = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (tsc.status !== 0) throw new Error('tsc -p tsconfig.lib.json failed');
  for (const file of declarationFiles(TYPES))
    writeFileSync(file, withJsExtensions(readFileSync(file, 'utf8'), file));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildLib();
