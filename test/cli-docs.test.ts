// docs/cli.md is what `npm run docs` writes from the command declarations: a change to a command's
// help or options that is not written into the docs fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../cli/commands/all';
import { CLI_DOCS_FILE, cliDocs } from '../cli/docs';

describe('docs/cli.md', () => {
  it('is up to date with the command declarations (else run `npm run docs`)', () => {
    expect(readFileSync(CLI_DOCS_FILE, 'utf8'), 'docs/cli.md is stale: run `npm run docs`').toBe(cliDocs());
  });

  it("holds every command's help and every option of it", () => {
    const docs = cliDocs();
    for (const command of COMMANDS) {
      expect(docs).toContain(`## ${command.name}\n`);
      expect(docs).toContain(command.help);
      for (const option of Object.keys(command.options)) expect(docs).toContain(`--${option}`);
    }
  });
});
