// No import cycle in cli/ or local/, counting type-only and dynamic imports (a command's run imports
// its declaration's option types; the declaration must not load the run). Found here by walking the
// imports, and by biome's noImportCycles in the lint, whose configuration is checked on a scratch
// tree so that the rule cannot quietly go missing.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const biome = join(PROJECT_ROOT, 'node_modules', '.bin', 'biome');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The .ts files under `dir` that `file` imports (static, type-only, re-exports and import()). */
function importsWithin(file: string, dir: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .filter((f) => f.fileName.startsWith('.'))
    .map((f) => resolve(dirname(file), f.fileName))
    .map((path) => (existsSync(`${path}.ts`) ? `${path}.ts` : join(path, 'index.ts')))
    .filter((path) => path.startsWith(`${dir}/`) && existsSync(path));
}

/** Each import cycle among the files under `dir`, once, as `a.ts -> b.ts -> a.ts`. */
function importCycles(dir: string): string[] {
  const files = tsFiles(dir);
  const edges = new Map(files.map((f) => [f, importsWithin(f, dir)]));
  const cycles = new Set<string>();
  const walk = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      const cycle = path.slice(at).map((f) => relative(PROJECT_ROOT, f));
      const first = cycle.indexOf([...cycle].sort()[0] as string); // one name per cycle, however entered
      const turned = [...cycle.slice(first), ...cycle.slice(0, first)];
      cycles.add([...turned, turned[0]].join(' -> '));
      return;
    }
    for (const next of edges.get(file) ?? []) walk(next, [...path, file]);
  };
  for (const file of files) walk(file, []);
  return [...cycles].sort();
}

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
  it('has none in cli/ or local/', () => {
    for (const dir of ['cli', 'local']) expect(importCycles(join(PROJECT_ROOT, dir))).toEqual([]);
  });

  it('are found through type-only and dynamic imports', () => {
    write('walk/cli/commands/x/declaration.ts', "export const load = () => import('./run');\n");
    write(
      'walk/cli/commands/x/run.ts',
      "import type { o } from './declaration';\nimport { h } from '../../h';\n",
    );
    write('walk/cli/h.ts', "export { o } from './commands/x/declaration';\n");
    expect(importCycles(join(scratch, 'walk', 'cli')).map((c) => c.replaceAll(/\S*walk\//g, ''))).toEqual([
      'cli/commands/x/declaration.ts -> cli/commands/x/run.ts -> cli/commands/x/declaration.ts',
      'cli/commands/x/declaration.ts -> cli/commands/x/run.ts -> cli/h.ts -> cli/commands/x/declaration.ts',
    ]);
  });

  it('are errors of the lint in cli/ and local/, through type-only and dynamic imports', async () => {
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
    const found = await filesInCycles(scratch, ['--vcs-enabled=false', 'cli', 'local', 'bench']);
    expect(found).toEqual([
      'cli/commands/x/declaration.ts',
      'cli/commands/x/run.ts',
      'local/a.ts',
      'local/b.ts',
    ]);
  });
});
