// The code map's layers, as the lint enforces them: the project's biome.json run over a scratch tree
// of one-line modules, each importing across one boundary. An import that runs up is an error; one
// that runs down is not.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/bundling';

/** [importing file, imported file]: each pair is one import in the scratch tree. */
const UPWARD: [string, string][] = [
  ['lambdas/consumer/a.ts', 'lib/definitions.ts'],
  ['lambdas/ingest/a.ts', 'local/start.ts'],
  ['lambdas/reconciler/a.ts', 'cli/cli.ts'],
  ['lambdas/drainer/a.ts', 'bin/app.ts'],
  ['lambdas/shared/a.ts', 'lambdas/core/decide.ts'],
  ['lambdas/shared/b.ts', 'lib/config.ts'],
  ['lib/a.ts', 'cli/target.ts'],
  ['lib/b.ts', 'bin/main.ts'],
  ['lib/d.ts', 'local/start.ts'],
  ['lambdas/ingest/b.ts', 'lambdas/reconciler/reconcile.ts'],
  ['lambdas/drainer/b.ts', 'lambdas/ingest/ingest.ts'],
  ['lambdas/reconciler/c.ts', 'lambdas/drainer/drain.ts'],
  ['lambdas/consumer/c.ts', 'lambdas/ingest/ingest.ts'],
  ['lambdas/forwarder/a.ts', 'lib/definitions.ts'],
  ['lambdas/forwarder/b.ts', 'lambdas/reconciler/reconcile.ts'],
  ['lambdas/consumer/d.ts', 'lambdas/forwarder/forward.ts'],
  ['lambdas/shared/c.ts', 'lambdas/forwarder/forward.ts'],
  ['lambdas/ingest/c.ts', 'lambdas/forwarder/post.ts'],
  ['lambdas/core/a.ts', 'lambdas/consumer/consumer.ts'],
  ['lambdas/core/b.ts', 'lambdas/reconciler/reconcile.ts'],
  ['lambdas/ingest/d.ts', 'lambdas/consumer/consumer.ts'],
  ['lambdas/forwarder/d.ts', 'lambdas/consumer/metric-names.ts'],
  ['local/a.ts', 'cli/io.ts'],
  ['local/b.ts', 'bin/app.ts'],
  ['cli/a.ts', 'bin/cli-build.ts'],
];

const DOWNWARD: [string, string][] = [
  ['lambdas/consumer/b.ts', 'lambdas/shared/env.ts'],
  ['lambdas/consumer/e.ts', 'lambdas/core/identity.ts'],
  ['lambdas/core/c.ts', 'lambdas/shared/env.ts'],
  ['cli/c.ts', 'lambdas/core/dynamodb-store.ts'],
  ['lambdas/reconciler/b.ts', 'lambdas/core/parse-event.ts'],
  ['lambdas/forwarder/c.ts', 'lambdas/shared/log.ts'],
  ['local/d.ts', 'lambdas/forwarder/from-env.ts'],
  ['lib/c.ts', 'lambdas/shared/table-schema.ts'],
  ['local/c.ts', 'lib/definitions.ts'],
  ['cli/b.ts', 'local/stack-file.ts'],
  ['bin/a.ts', 'cli/cli.ts'],
  ['test/a.ts', 'bin/app.ts'],
  ['bench/a.ts', 'cli/cli.ts'],
];

const scratch = mkdtempSync(join(tmpdir(), 'lava-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(dirname(join(scratch, file)), { recursive: true });
  writeFileSync(join(scratch, file), text);
}

/** Lints the scratch tree with the project's configuration; the files with an import error. */
async function filesWithImportErrors(): Promise<string[]> {
  copyFileSync(join(PROJECT_ROOT, 'biome.json'), join(scratch, 'biome.json'));
  for (const [from, to] of [...UPWARD, ...DOWNWARD]) {
    let path = relative(dirname(from), to).replace(/\.ts$/, '');
    if (!path.startsWith('.')) path = `./${path}`;
    write(from, `import { x } from '${path}';\n\nexport const y = x;\n`);
    write(to, 'export const x = 1;\n');
  }
  const biome = join(PROJECT_ROOT, 'node_modules', '.bin', 'biome');
  const run = promisify(execFile)(biome, ['lint', '--vcs-enabled=false', '--reporter=json', '.'], {
    cwd: scratch,
  });
  // Biome exits 1 when it reports an error; its JSON report is on stdout either way.
  const { stdout } = await run.catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  const report = JSON.parse(stdout) as {
    diagnostics: { category: string; location: { path: string } }[];
  };
  return report.diagnostics
    .filter((d) => d.category === 'lint/style/noRestrictedImports')
    .map((d) => d.location.path)
    .sort();
}

describe('the layers of the code map', () => {
  it('the lint refuses every import that runs up, and only those', async () => {
    const refused = await filesWithImportErrors();
    expect(refused).toEqual(UPWARD.map(([from]) => from).sort());
  });
});
