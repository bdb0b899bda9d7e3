// @ts-check
// The command-line tool runs as one esbuild bundle (code-split: `--help` loads no AWS SDK), built
// into node_modules/.cache on install (`npm ci` runs `prepare`) or on the first run after a change.
// Never stale: the build records the size and mtime of every source file it read (and the lock
// files that pin node_modules); a run whose files differ builds again first.
//
//   node bin/cli-build.js      builds now (what `prepare` runs)
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** @typedef {{ entry: string, files: Record<string, [number, number] | null> }} Manifest */
/** @typedef {{ root: string, entry: string, cacheDir: string, watch?: string[] }} BuildSpec */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** This project's tool: bin/main.ts, cached in node_modules/.cache/lava-webhooks-cli. */
export const CLI = {
  root: ROOT,
  entry: 'bin/main.ts',
  cacheDir: join(ROOT, 'node_modules', '.cache', 'lava-webhooks-cli'),
  // What decides the bundle besides the sources esbuild reads: this file and the installed packages.
  watch: ['bin/cli-build.js', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'],
};

/** Size and mtime, or null for a file that is not there (its appearing is a change too). */
function stamp(file) {
  try {
    const s = statSync(file);
    return /** @type {[number, number]} */ ([s.size, s.mtimeMs]);
  } catch {
    return null;
  }
}

/** The built entry if every recorded file is as it was, else undefined. */
export function freshEntry(spec) {
  let manifest;
  try {
    manifest = /** @type {Manifest} */ (
      JSON.parse(readFileSync(join(spec.cacheDir, 'manifest.json'), 'utf8'))
    );
  } catch {
    return undefined;
  }
  for (const [file, recorded] of Object.entries(manifest.files)) {
    const now = stamp(join(spec.root, file));
    if (
      now === null ? recorded !== null : recorded === null || now[0] !== recorded[0] || now[1] !== recorded[1]
    )
      return undefined;
  }
  return join(spec.cacheDir, manifest.entry);
}

/**
 * Each module keeps `import.meta.url` as its source file's URL, so paths computed from it (the
 * checkout's state folder) are the same as when the sources run directly.
 * @returns {import('esbuild').Plugin}
 */
function sourceUrls(root) {
  return {
    name: 'source-urls',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (relative(root, args.path).startsWith('node_modules')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

/**
 * Builds into a new folder, then points the manifest at it (a rename: a concurrent run reads the old
 * build or the new one, never half of one). Returns the entry's path.
 */
export async function build(spec) {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(spec.cacheDir, { recursive: true });
  const id = `build-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const outdir = join(spec.cacheDir, id);
  // Stamps taken before reading: a file edited during the build makes the next run build again.
  const before = Object.fromEntries((spec.watch ?? []).map((f) => [f, stamp(join(spec.root, f))]));
  const result = await esbuild({
    absWorkingDir: spec.root,
    entryPoints: { cli: spec.entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // The SDK's ES modules, which esbuild can split and tree-shake.
    mainFields: ['module', 'main'],
    // CommonJS dependencies bundled into ES modules still call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);",
    },
    metafile: true,
    logLevel: 'silent',
    plugins: [sourceUrls(spec.root)],
  });
  const files = { ...before };
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.startsWith('node_modules/') || input.includes(':')) continue; // pinned by the lock files
    const file = relative(spec.root, resolve(spec.root, input));
    files[file] ??= stamp(join(spec.root, file));
  }
  const manifest = { entry: join(id, 'cli.mjs'), files };
  const tmp = join(spec.cacheDir, `manifest.${id}.json`);
  writeFileSync(tmp, JSON.stringify(manifest));
  renameSync(tmp, join(spec.cacheDir, 'manifest.json'));
  removeOldBuilds(spec.cacheDir, id);
  return join(outdir, 'cli.mjs');
}

/** Builds of earlier versions, once no run can still be loading their chunks. */
function removeOldBuilds(cacheDir, keep) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(cacheDir)) {
    if (name === keep || !name.startsWith('build-')) continue;
    const path = join(cacheDir, name);
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}

/** The entry to import: the cached build when it is fresh, else a new one. */
export async function ensureBuilt(spec, onBuild = () => {}) {
  const entry = freshEntry(spec);
  if (entry) return entry;
  onBuild();
  return build(spec);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build(CLI);
}
