// The one definition of how the Lambda bundles are built. The CDK stack (lib/lambda-function.ts) turns
// it into NodejsFunction bundling props, which run the esbuild CLI; `esbuildOptionsFor()` gives the same
// build for esbuild's JS API, so a benchmark can build byte-identical `index.mjs` files without the CDK:
//
//   import { build } from 'esbuild';
//   await build(esbuildOptionsFor('ingest', 'bench/.build/ingest'));
//
// The output does not depend on the output folder. No CDK import here.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** The repository root: esbuild's working directory, where package-lock.json lives. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Handler source per function, relative to PROJECT_ROOT. */
export const LAMBDA_ENTRIES = {
  ingest: 'lambdas/ingest/handler.ts',
  consumer: 'lambdas/consumer/handler.ts',
  drainer: 'lambdas/drainer/handler.ts',
  reconciler: 'lambdas/reconciler/handler.ts',
} as const;

export type LambdaName = keyof typeof LAMBDA_ENTRIES;

/** Matches the Lambda runtime, lambda.Runtime.NODEJS_24_X (the newest aws-cdk-lib 2.276 offers). */
export const NODE_TARGET = 'node24';

/** NodejsFunction names its ESM output index.mjs; the handler is `index.handler`. */
export const OUTPUT_FILE = 'index.mjs';

/**
 * An ESM bundle has no `require`; a CommonJS dependency that requires a Node built-in would then fail
 * at runtime with "Dynamic require ... is not supported". Today's bundles need none; this keeps a
 * future dependency from breaking a deployed function.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __lavaCreateRequire } from 'node:module'; const require = __lavaCreateRequire(import.meta.url);";

/**
 * Lambda gives functions their credentials in environment variables, so the SDK's default provider
 * chain (SSO, INI files, IMDS, …) is swapped for the env-only one: smaller bundles, faster cold
 * starts. Paths are relative to PROJECT_ROOT, esbuild's working directory.
 */
export const ALIASES = {
  '@aws-sdk/credential-provider-node': './lambdas/shared/lambda-credentials.ts',
} as const;

/** Settings shared by both functions, in the vocabulary of NodejsFunction's `bundling` props. */
export const BUNDLING = {
  target: NODE_TARGET,
  format: 'esm',
  minify: true,
  /**
   * No source map: with `--enable-source-maps` Node reads and parses the map (larger than the bundle)
   * at every cold start, which made ingest's cold start the slowest part of its budget. Stack traces
   * stay readable instead through `keepNames`: functions and classes keep their source names (a
   * frame reads `at createIngestHandler (index.mjs:1:2345)`), and errors are logged by their class
   * name and message (lambdas/shared/log.ts `describeError`).
   */
  sourceMap: false,
  keepNames: true,
  /** Prefer the SDK's ESM build (`module`), which esbuild can tree-shake. */
  mainFields: ['module', 'main'],
  /** Bundle everything, the AWS SDK included: a pinned SDK, not whatever the runtime ships. */
  externalModules: [] as string[],
  banner: ESM_REQUIRE_BANNER,
} as const;

/**
 * Environment every function gets for the bundle's sake. Empty since the bundles carry no source map
 * (no `NODE_OPTIONS=--enable-source-maps`); the benchmark runs its cold starts with exactly this.
 */
export const BUNDLE_RUNTIME_ENV: Readonly<Record<string, string>> = {};

/** The same build as the CDK's esbuild CLI call, for esbuild's `build()` API. */
export function esbuildOptionsFor(name: LambdaName, outdir: string): BuildOptions {
  return {
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [LAMBDA_ENTRIES[name]],
    bundle: true,
    platform: 'node',
    target: BUNDLING.target,
    format: BUNDLING.format,
    outfile: join(outdir, OUTPUT_FILE),
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourceMap,
    keepNames: BUNDLING.keepNames,
    external: [...BUNDLING.externalModules],
    mainFields: [...BUNDLING.mainFields],
    banner: { js: BUNDLING.banner },
    alias: { ...ALIASES },
  };
}
