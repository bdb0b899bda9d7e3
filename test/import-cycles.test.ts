// No import cycle in cli/ or local/: biome's noImportCycles, counting type-only and dynamic imports
// (a command's run imports its declaration's option types; the declaration must not load the run).
// Checked on the project, and on a scratch tree with the project's biome.json so that the rule
// itself cannot quietly go missing.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const biome = join(PROJECT_ROOT, 'node_modules', '.bin', 'biome');

/** The files biome reports as part of an import cycle, linting `paths` under `cwd`. */
async function filesInCycles(cwd: string, paths: string[]): Promise<string[]> {
  const args = ['lint', '--reporter=json', '--max-diagnostics=none'];
  const run = promisify(execFile)(biome, [...args, ...paths], { cwd });
  // Biome exits 1 when it reports an error; its JSON report is on stdout either way.
  const { stdout } = await run.catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  const report = JSON.parse(stdout) as { diagnostics: { category: string; location: { path: string } }[] };
  return report.diagnostics
    .filter((d) => d.category === 'lint/suspicious/noImportCycles')
    .map((d) => d.location.path)
    .sort();
}

const scratch = mkdtempSync(join(tmpdir(), 'lava-cycles-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(dirname(join(scratch, file)), { recursive: true });
  writeFileSync(join(scratch, file), text);
}

describe('import cycles', () => {
  it('has none in cli/ or local/', async () => {
    expect(await filesInCycles(PROJECT_ROOT, ['cli', 'local'])).toEqual([]);
  });

  it('are found through type-only and dynamic imports, in cli/ and local/', async () => {
    copyFileSync(join(PROJECT_ROOT, 'biome.json'), join(scratch, 'biome.json'));
    // A declaration loading its run, the run importing the declaration's option types.
    write(
      'cli/commands/x/declaration.ts',
      "export const load = () => import('./run');\nexport const o = 1;\n",
    );
    write('cli/commands/x/run.ts', "import type { o } from './declaration';\n\nexport type O = typeof o;\n");
    write('local/a.ts', "import { b } from './b';\n\nexport const a = () => b;\n");
    write('local/b.ts', "import { a } from './a';\n\nexport const b = () => a;\n");
    // The same outside cli/ and local/ is not this rule's business.
    write('bench/a.ts', "import { b } from './b';\n\nexport const a = () => b;\n");
    write('bench/b.ts', "import { a } from './a';\n\nexport const b = () => a;\n");
    const found = await filesInCycles(scratch, ['--vcs-enabled=false', '.']);
    expect(found).toEqual([
      'cli/commands/x/declaration.ts',
      'cli/commands/x/run.ts',
      'local/a.ts',
      'local/b.ts',
    ]);
  });
});
