// Builds the Lambda bundles exactly as the CDK stack deploys them (lib/bundling.ts), plus the
// floors (bench/floor.ts): the job floor and the floor with the same options, and the floor naively (esbuild's default main fields, the full
// credential chain, one file) as a hand-rolled function would ship. Sizes are what a cold start reads:
// the entry and the chunks it imports, not the chunks only `import()` reaches.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import {
  esbuildOptionsFor,
  filesLoadedAtStart,
  type LambdaName,
  OUTPUT_FILE,
  PROJECT_ROOT,
} from '../lib/bundling';

export const BUILD_DIR = join(PROJECT_ROOT, 'bench', '.build');

const kb = (files: string[]) =>
  Number((files.reduce((sum, f) => sum + statSync(f).size, 0) / 1024).toFixed(1));

export async function buildAsDeployed(name: LambdaName, dir: string, entry?: string, plugins?: Plugin[]) {
  rmSync(dir, { recursive: true, force: true }); // no chunk of an earlier build left beside this one
  const options = esbuildOptionsFor(name, dir);
  const { metafile } = await build({
    ...options,
    ...(entry ? { entryPoints: { index: entry } } : {}),
    ...(plugins ? { plugins } : {}),
    metafile: true,
    logLevel: 'warning',
  });
  return { file: join(dir, OUTPUT_FILE), kb: kb(filesLoadedAtStart(metafile, dir)) };
}

export async function buildBundles() {
  const out: Record<string, { file: string; kb: number }> = {};
  for (const name of ['ingest', 'consumer'] as const)
    out[name] = await buildAsDeployed(name, join(BUILD_DIR, name));
  out.floor = await buildAsDeployed('ingest', join(BUILD_DIR, 'floor'), 'bench/floor-handler.ts');
  out.jobFloor = await buildAsDeployed('ingest', join(BUILD_DIR, 'job-floor'), 'bench/job-floor-handler.ts');
  const floorBase = esbuildOptionsFor('ingest', join(BUILD_DIR, 'floor'));
  const naiveFile = join(BUILD_DIR, 'floor-naive', OUTPUT_FILE);
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: ['bench/floor-handler.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: floorBase.target,
    minify: true,
    outfile: naiveFile,
    banner: floorBase.banner,
    logLevel: 'warning',
  });
  out.floorNaive = { file: naiveFile, kb: kb([naiveFile]) };
  return out;
}
