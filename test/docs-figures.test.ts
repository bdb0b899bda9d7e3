// The cost the README and docs/cost.md state is the one `npm run bench` measured last
// (bench/results.json): a figure in the docs is never older than the results beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/bundling';

const results = JSON.parse(readFileSync(join(PROJECT_ROOT, 'bench', 'results.json'), 'utf8')) as {
  cost_usd_per_million: number;
  consumer: { write_units_per_event: number };
  cost_breakdown: Record<string, { usd: number; how: string }>;
  forward_cost_usd_per_million: number;
};
const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');
const usd = (n: number) => `$${n.toFixed(2)}`;

describe('the cost in the docs', () => {
  it('README states the last measured cost per million events, its write units and forwarding', () => {
    const readme = read('README.md');
    expect(readme).toContain(`**${usd(results.cost_usd_per_million)} per million events**`);
    expect(readme).toContain(`${results.consumer.write_units_per_event.toFixed(1)} write units per event`);
    expect(readme).toContain(`about ${usd(results.forward_cost_usd_per_million)} per`);
  });

  it("docs/cost.md's table is the last measured breakdown, row by row, and its total", () => {
    const rows = new Map(
      read('docs/cost.md')
        .split('\n')
        .filter((l) => l.startsWith('| '))
        .map((l) => l.split('|').map((c) => c.trim()))
        .map((cells) => [cells[1], cells[cells.length - 2]] as const),
    );
    for (const [item, { usd: cost }] of Object.entries(results.cost_breakdown))
      expect(rows.get(item), item).toBe(usd(cost));
    expect(rows.get('**total**')).toBe(`**${usd(results.cost_usd_per_million)}**`);
  });
});
