// The integration test's snapshot: the templates of its two stacks as last proven on AWS by
// `npm run integ`, checked offline by test/stack-integ-snapshot.test.ts. Like integ-runner's
// snapshots, a change to either stack fails that check until the test has run again.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetManifestArtifact } from 'aws-cdk-lib/cx-api';
import { cdkJsonContext } from '../helpers/synth-stack';
import { buildIntegApp } from './integ-app';

export const SNAPSHOT_DIR = fileURLToPath(new URL('./integ.lava-webhooks.snapshot/', import.meta.url));

/**
 * A template as the snapshot keeps it: the given asset hashes (they depend on the bundles, and on
 * whether bundling ran) and the assertions' per-synth `salt` replaced by placeholders.
 */
export function canonicalTemplate(template: unknown, assetHashes: readonly string[]): unknown {
  let text = JSON.stringify(template).replace(/"salt":"\d+"/g, '"salt":"<synth time>"');
  for (const hash of assetHashes) text = text.replaceAll(hash, '<asset-hash>');
  return JSON.parse(text);
}

/** Synthesizes the integ app offline (no bundling: asset hashes are not compared) and canonicalizes it. */
export function synthIntegTemplates(): Record<string, unknown> {
  const { app } = buildIntegApp({ ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] });
  const assembly = app.synth();
  // Every asset's hash, from the asset manifests (the way integ-runner finds them).
  const hashes = assembly.artifacts
    .filter((a): a is AssetManifestArtifact => a instanceof AssetManifestArtifact)
    .flatMap((a) => {
      const manifest = JSON.parse(readFileSync(a.file, 'utf8')) as Record<string, Record<string, unknown>>;
      return [...Object.keys(manifest.files ?? {}), ...Object.keys(manifest.dockerImages ?? {})];
    });
  return Object.fromEntries(
    assembly.stacks.map((s) => [s.templateFile, canonicalTemplate(s.template, hashes)]),
  );
}

export function readSnapshot(): Record<string, unknown> {
  const files = readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith('.template.json'));
  return Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(join(SNAPSHOT_DIR, f), 'utf8'))]));
}

export function writeSnapshot(templates: Record<string, unknown>): void {
  rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  for (const [file, template] of Object.entries(templates)) {
    writeFileSync(join(SNAPSHOT_DIR, file), `${JSON.stringify(template, null, 2)}\n`);
  }
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
