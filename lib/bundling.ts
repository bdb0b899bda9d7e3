// The one definition of how the Lambda bundles are built: `esbuildOptionsFor()`, for esbuild's JS API.
// The CDK stack (lib/lambda-function.ts) bundles each function's asset with it, locally, and the
// benchmarks and tests build the very same files without the CDK:
//
//   import { build } from 'esbuild';
//   await build(esbuildOptionsFor('ingest', 'bench/.build/ingest'));
//
// A bundle is a folder: `index.mjs` and, when code is only reached through `import()`, chunk files
// that Node loads only then (code splitting, which NodejsFunction's esbuild CLI call cannot do: it
// always writes one `--outfile`). The output does not depend on the output folder. No CDK import here.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Metafile } from 'esbuild';

/** The repository root: esbuild's working directory, where package-lock.json lives. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Handler source per function, relative to PROJECT_ROOT. */
export const LAMBDA_ENTRIES = {
  ingest: 'lambdas/ingest/handler.ts',
  consumer: 'lambdas/consumer/handler.ts',
  drainer: 'lambdas/drainer/handler.ts',
  reconciler: 'lambdas/reconciler/handler.ts',
  forwarder: 'lambdas/forwarder/handler.ts',
} as const;

export type LambdaName = keyof typeof LAMBDA_ENTRIES;

/** The entry file of every bundle, and the Lambda handler it exports. */
export const OUTPUT_FILE = 'index.mjs';
export const HANDLER = 'index.handler';

/**
 * The build of one function into `outdir`, for esbuild's `build()` or `buildSync()`. Code splitting:
 * ingest's spill writer (and the DynamoDB client under it) is `import()`ed when SQS first fails, so it
 * lands in a chunk that a cold start never reads; modules both sides use stay in the files that load.
 */
export function esbuildOptionsFor(name: LambdaName, outdir: string): BuildOptions {
  return {
    absWorkingDir: PROJECT_ROOT,
    entryPoints: { index: LAMBDA_ENTRIES[name] },
    bundle: true,
    platform: 'node',
    // The Lambda runtime, lambda.Runtime.NODEJS_24_X (the newest aws-cdk-lib 2.276 offers).
    target: 'node24',
    format: 'esm',
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    minify: true,
    // No source map: with `--enable-source-maps` Node reads and parses the map (larger than the
    // bundle) at every cold start. Stack traces stay readable through `keepNames`: functions and
    // classes keep their source names (`at createIngestHandler (index.mjs:1:2345)`), and errors are
    // logged by class name and message (lambdas/shared/log.ts `describeError`).
    sourcemap: false,
    keepNames: true,
    // The SDK's ESM build (`module`), which esbuild can tree-shake. Everything is bundled, the AWS
    // SDK included (no `external`): a pinned SDK, not whatever the runtime ships.
    mainFields: ['module', 'main'],
    // An ESM bundle has no `require`; a CommonJS dependency that requires a Node built-in would fail
    // with "Dynamic require ... is not supported". None does today; this keeps a future one working.
    banner: {
      js: "import { createRequire as __lavaCreateRequire } from 'node:module'; const require = __lavaCreateRequire(import.meta.url);",
    },
    // Lambda gives functions their credentials in environment variables, so the SDK's default
    // provider chain (SSO, INI files, IMDS, …) is swapped for the env-only one: smaller bundles,
    // faster cold starts. Relative to PROJECT_ROOT, esbuild's working directory.
    alias: { '@aws-sdk/credential-provider-node': './lambdas/shared/lambda-credentials.ts' },
  };
}

/**
 * The files Node reads when a bundle starts (a cold start): the entry and the chunks it imports
 * statically, transitively. A chunk reached only through `import()` is read when the code asks for it.
 * Absolute paths, for a build with `esbuildOptionsFor` into `outdir` and its metafile.
 */
export function filesLoadedAtStart(metafile: Metafile, outdir: string): string[] {
  const outputs = new Map(
    Object.entries(metafile.outputs).map(([file, output]) => [resolve(PROJECT_ROOT, file), output]),
  );
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const i of outputs.get(file)?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) visit(resolve(PROJECT_ROOT, i.path));
  };
  visit(resolve(PROJECT_ROOT, outdir, OUTPUT_FILE));
  return [...loaded];
}
