// docs/cli.md, written from the command declarations so that it cannot drift from `--help`:
// `npm run docs` writes it; test/cli-docs.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMON_HELP, commandUsage } from './command';
import { COMMANDS } from './commands/all';

export const CLI_DOCS_FILE = fileURLToPath(new URL('../docs/cli.md', import.meta.url));

const block = (text: string) => ['```text', text, '```'].join('\n');

/** A Markdown table, its columns padded as the formatter (biome) pads them. */
function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The whole of docs/cli.md. */
export function cliDocs(): string {
  return [
    '# The `lava-webhooks` command',
    '',
    '<!-- Written by `npm run docs` from cli/commands/<name>/declaration.ts: edit those, then run it. -->',
    '',
    'Run it as `npx lava-webhooks <command>` in a checkout (after `npm ci`). Every command works on the',
    'local stack (`npm start`) unless given `--stage NAME`, which points it at a deployed stack through',
    "the usual AWS environment. Each section below is that command's `--help`, less the",
    '[options every command takes](#options-every-command-takes), listed once at the end.',
    '',
    ...table(
      ['Command', 'What it does'],
      COMMANDS.map((c) => [`[\`${c.name}\`](#${c.name})`, c.summary.replaceAll('|', '\\|')]),
    ),
    '',
    ...COMMANDS.flatMap((c) => [`## ${c.name}`, '', `${c.summary}.`, '', block(commandUsage(c)), '']),
    '## Options every command takes',
    '',
    block(COMMON_HELP),
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(CLI_DOCS_FILE, cliDocs());
  console.log(`Wrote ${CLI_DOCS_FILE}`);
}
