// The command-line tool runs built: no TypeScript loader per call, `--help` loads no AWS SDK, and a
// change to any source it is built from is picked up on the next run (never a stale build).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, freshEntry } from '../bin/cli-build.js';

const run = promisify(execFile);
const temp = mkdtempSync(join(tmpdir(), 'lava-cli-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the built command-line tool', () => {
  it('runs from the build cache, loading no TypeScript, no tsx and (for --help) no AWS SDK', async () => {
    const trace = join(temp, 'modules.txt');
    const args = ['--import', './test/helpers/trace-modules.mjs', 'bin/lava-webhooks.js', '--help'];
    const { stdout } = await run(process.execPath, args, {
      env: { ...process.env, TRACE_MODULES_FILE: trace },
    });
    expect(stdout).toContain('Usage: lava-webhooks <command>');
    const loaded = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
    const files = loaded.filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url));
    expect(files.filter((f) => f.endsWith('.ts') || f.includes('/node_modules/tsx/'))).toEqual([]);
    const built = files.filter((f) => f.startsWith(CLI.cacheDir));
    expect(built.length).toBeGreaterThan(0);
    // esbuild names each bundled module's path in a comment: none of the SDK's is on --help's path.
    for (const file of built) expect(readFileSync(file, 'utf8')).not.toContain('node_modules/@aws-sdk/');
    expect(freshEntry(CLI)).toBe(files.find((f) => f.endsWith('cli.mjs')));
  });

  it('builds again when a source changes, and keeps import.meta.url pointing at the sources', async () => {
    const root = join(temp, 'project');
    const spec = { root, entry: 'main.ts', cacheDir: join(root, '.cache'), watch: ['settings.json'] };
    const { mkdirSync } = await import('node:fs');
    mkdirSync(root);
    writeFileSync(join(root, 'settings.json'), '{}');
    writeFileSync(
      join(root, 'main.ts'),
      "import { word } from './word';\nconsole.log(word, import.meta.url);\n",
    );
    writeFileSync(join(root, 'word.ts'), "export const word: string = 'one';\n");
    const output = async () => (await run(process.execPath, [await ensureBuilt(spec)])).stdout.trim();

    expect(await output()).toBe(`one ${pathToFileURL(join(root, 'main.ts')).href}`);
    const first = freshEntry(spec);
    expect(first).toBeDefined();
    writeFileSync(join(root, 'word.ts'), "export const word: string = 'three';\n"); // an imported module
    expect(freshEntry(spec)).toBeUndefined();
    expect(await output()).toMatch(/^three /);
    expect(freshEntry(spec)).not.toBe(first);
    writeFileSync(join(root, 'settings.json'), '{"changed":true}'); // a watched file
    expect(freshEntry(spec)).toBeUndefined();
    expect(await output()).toMatch(/^three /);
    expect(freshEntry(spec)).toBeDefined();
  });
});
