// Builds the Lambda bundles exactly as the CDK stack deploys them (lib/bundling.ts), plus the
// floor handler twice: with the same options, and naively (esbuild's default main fields, the full
// credential chain) as a hand-rolled function would ship.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { esbuildOptionsFor, OUTPUT_FILE, PROJECT_ROOT } from '../lib/bundling';

export const BUILD_DIR = join(PROJECT_ROOT, 'bench', '.build');

const kb = (file: string) => Number((statSync(file).size / 1024).toFixed(1));

export async function buildBundles() {
  const out: Record<string, { file: string; kb: number }> = {};
  for (const name of ['ingest', 'consumer'] as const) {
    const options = esbuildOptionsFor(name, join(BUILD_DIR, name));
    await build({ ...options, logLevel: 'warning' });
    const file = join(BUILD_DIR, name, OUTPUT_FILE);
    out[name] = { file, kb: kb(file) };
  }
  const floorBase = esbuildOptionsFor('ingest', join(BUILD_DIR, 'floor'));
  await build({ ...floorBase, entryPoints: ['bench/floor-handler.ts'], logLevel: 'warning' });
  out.floor = { file: join(BUILD_DIR, 'floor', OUTPUT_FILE), kb: kb(join(BUILD_DIR, 'floor', OUTPUT_FILE)) };
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
  out.floorNaive = { file: naiveFile, kb: kb(naiveFile) };
  return out;
}
