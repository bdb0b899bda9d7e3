// The integration test's snapshot, in integ-runner's own format: the cloud assembly of the test app
// (test/integ/integ.lava-webhooks.ts.snapshot/: manifest.json, integ.json, tree.json, both templates,
// their asset manifests; no asset folders, no stack traces), synthesized as integ-runner synthesizes
// it (its recommended feature flags as context; cdk.json's win, see integ-app.ts). `npm run integ`
// writes it after a run on AWS passed; test/stack-integ-snapshot.test.ts checks it offline, as
// integ-runner's snapshot step does: the templates, asset hashes left out.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIntegApp } from './integ-app';

/** The test file integ-runner finds (`integ.*.ts`), and the snapshot folder it keeps beside it. */
export const INTEG_TEST_FILE = fileURLToPath(new URL('./integ.lava-webhooks.ts', import.meta.url));
export const SNAPSHOT_DIR = `${INTEG_TEST_FILE}.snapshot`;

/** The context integ-runner synthesizes every test with: its recommended feature flags. */
export function integRunnerContext(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  return { ...(require('@aws-cdk/integ-runner/lib/recommended-feature-flags.json') as object) };
}

interface Manifest {
  artifacts?: Record<
    string,
    {
      type: string;
      properties?: { templateFile?: string; file?: string };
      metadata?: MetadataEntries;
    }
  >;
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Synthesizes the integ app into a fresh folder; without bundling the functions' code is not built. */
export function synthIntegAssembly(options = { bundle: true }): string {
  const outdir = mkdtempSync(join(tmpdir(), 'lava-integ-assembly-'));
  const skip = options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] };
  buildIntegApp({ ...integRunnerContext(), ...skip }, outdir).app.synth();
  return outdir;
}

/** The stacks' templates in an assembly folder, by file, each with the asset hashes its manifests name replaced. */
export function assemblyTemplates(dir: string): Record<string, unknown> {
  const { artifacts = {} } = readJson<Manifest>(join(dir, 'manifest.json'));
  const hashes = Object.values(artifacts)
    .filter((a) => a.type === 'cdk:asset-manifest' && a.properties?.file)
    .flatMap((a) => {
      const assets = readJson<Record<string, Record<string, unknown>>>(join(dir, a.properties?.file ?? ''));
      return [...Object.keys(assets.files ?? {}), ...Object.keys(assets.dockerImages ?? {})];
    });
  return Object.fromEntries(
    Object.values(artifacts)
      .filter((a) => a.type === 'aws:cloudformation:stack' && a.properties?.templateFile)
      .map((a) => {
        const file = a.properties?.templateFile as string;
        return [file, canonicalTemplate(readJson(join(dir, file)), hashes)];
      }),
  );
}

/**
 * A template as compared: the given asset hashes (they depend on the bundles, and on whether bundling
 * ran) and the assertions' per-synth `salt` replaced by placeholders.
 */
export function canonicalTemplate(template: unknown, assetHashes: readonly string[]): unknown {
  let text = JSON.stringify(template).replace(/"salt":"\d+"/g, '"salt":"<synth time>"');
  for (const hash of assetHashes) text = text.replaceAll(hash, '<asset-hash>');
  return JSON.parse(text);
}

/** The test cases as integ-runner reads them (integ.json): which stacks, and how it runs them. */
export const testCases = (dir: string) => readJson<{ testCases: unknown }>(join(dir, 'integ.json')).testCases;

type MetadataEntries = Record<string, { type: string; data?: unknown; trace?: unknown }[]>;

/**
 * Metadata without its stack traces (file paths of the machine that synthesized it): an entry's
 * `trace`, and the construct creation stacks this CDK records.
 */
function withoutTraces(metadata: MetadataEntries | undefined): void {
  for (const [path, entries] of Object.entries(metadata ?? {})) {
    const kept = entries.filter((entry) => entry.type !== 'aws:cdk:creationStack');
    for (const entry of kept) delete entry.trace;
    (metadata as MetadataEntries)[path] = kept;
  }
}

/**
 * Writes `assemblyDir` as the snapshot, as integ-runner keeps one: without the asset folders (the
 * test has no update workflow) and without stack traces in the metadata (the manifest's, and the
 * metadata files this CDK writes beside it).
 */
export function writeSnapshot(assemblyDir: string): void {
  rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
  cpSync(assemblyDir, SNAPSHOT_DIR, {
    recursive: true,
    filter: (src) => !/(^|\/)(asset\.[^/]*|\.cache)$/.test(src.slice(assemblyDir.length)),
  });
  const rewrite = <T>(file: string, clean: (value: T) => void) => {
    const value = readJson<T>(join(SNAPSHOT_DIR, file));
    clean(value);
    writeFileSync(join(SNAPSHOT_DIR, file), `${JSON.stringify(value, null, 2)}\n`);
  };
  rewrite<Manifest>('manifest.json', (m) => {
    for (const artifact of Object.values(m.artifacts ?? {})) withoutTraces(artifact.metadata);
  });
  for (const file of readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith('.metadata.json')))
    rewrite<MetadataEntries>(file, withoutTraces);
}

/** What differs between two sets of templates, by stack, section and logical id: short enough to print. */
export function templateDifferences(
  expected: Record<string, unknown>,
  actual: Record<string, unknown>,
): string[] {
  const out: string[] = [];
  for (const file of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const before = expected[file] as Record<string, Record<string, unknown>> | undefined;
    const after = actual[file] as Record<string, Record<string, unknown>> | undefined;
    if (!before || !after) {
      out.push(`${file}: ${before ? 'removed' : 'added'}`);
      continue;
    }
    for (const section of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const b = before[section];
      const a = after[section];
      const isMap = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
      if (!isMap(a) || !isMap(b)) {
        if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${file}: ${section} changed`);
        continue;
      }
      for (const id of new Set([...Object.keys(b as object), ...Object.keys(a as object)])) {
        const x = JSON.stringify((b as Record<string, unknown>)[id]);
        const y = JSON.stringify((a as Record<string, unknown>)[id]);
        if (x === y) continue;
        out.push(
          `${file}: ${section}.${id} ${x === undefined ? 'added' : y === undefined ? 'removed' : 'changed'}`,
        );
      }
    }
  }
  return out;
}
