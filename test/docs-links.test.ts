// The documentation holds together: every relative link in README.md and docs/ reaches a file that
// exists and, when it names one, a heading of that file (GitHub's anchors); the README stays a front
// page (at most 300 lines) that reaches every page of docs/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/bundling';
import { anchorsOf, proseLines } from './helpers/markdown';

const DOCS = join(PROJECT_ROOT, 'docs');
const pages = [
  join(PROJECT_ROOT, 'README.md'),
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(DOCS, f)),
];

function linksOf(text: string): string[] {
  return proseLines(text).flatMap((line) =>
    [...line.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string),
  );
}

describe('the documentation', () => {
  for (const page of pages) {
    const name = relative(PROJECT_ROOT, page);
    it(`${name}: every relative link reaches a file and a heading`, () => {
      const broken: string[] = [];
      for (const link of linksOf(readFileSync(page, 'utf8'))) {
        if (/^[a-z]+:/.test(link)) continue; // https:, mailto:
        const [path = '', anchor] = link.split('#');
        const target = path === '' ? page : normalize(join(dirname(page), path));
        if (!existsSync(target)) broken.push(`${link} (no such file)`);
        else if (anchor && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(anchor))
          broken.push(`${link} (no such heading)`);
      }
      expect(broken).toEqual([]);
    });
  }

  it('README.md is a front page of at most 300 lines that links every page of docs/', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
    const linked = new Set(linksOf(readme).map((l) => l.split('#')[0]));
    const unlinked = pages
      .filter((p) => p.startsWith(DOCS))
      .map((p) => relative(PROJECT_ROOT, p))
      .filter((p) => !linked.has(p));
    expect(unlinked).toEqual([]);
  });
});
