// `lava-webhooks events`: recent archived events and their outcomes, newest first.
import { type Command, str, targetOptions } from '../command';
import { archivedEvents } from '../event-archive';
import { UsageError } from '../io';
import { resolveTarget } from '../target';

export interface EventView {
  receivedAt: string;
  eventType: string;
  connectionId: string | null;
  outcome: string;
  reason: string | null;
  eventAt: string;
  sha256: string;
}

export function eventView(item: Record<string, unknown>): EventView {
  return {
    receivedAt: String(item.receivedAt),
    eventType: String(item.eventType ?? ''),
    connectionId: (item.connectionId as string | undefined) ?? null,
    outcome: String(item.outcome),
    reason: (item.reason as string | undefined) ?? null,
    eventAt: String(item.eventAt),
    sha256: String(item.sha256),
  };
}

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive integer`);
  return n;
}

export const eventsCommand: Command = {
  name: 'events',
  summary: 'recent events and their outcomes (applied, stale, ignored, rejected)',
  help: `Usage: lava-webhooks events [options]

Lists archived events, newest first: when received, type, connection, outcome (and why).
Duplicates are not listed: a duplicate body has the one archived event.

Options:
  --connection ID    only this connection's events
  --limit N          at most N events (default 20)
  --days N           look back N days (default 30, the events' retention)
  --json             one JSON object per line`,
  options: {
    connection: { type: 'string' },
    limit: { type: 'string' },
    days: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values, positionals, io) {
    if (positionals.length) throw new UsageError(`unexpected arguments: ${positionals.join(' ')}`);
    const limit = positiveInt(str(values, 'limit'), '--limit', 20);
    const days = positiveInt(str(values, 'days'), '--days', 30);
    const target = await resolveTarget(targetOptions(values));
    const found: EventView[] = [];
    try {
      const pages = archivedEvents(target.dynamodb(), target.tableName, {
        sinceMs: Date.now() - days * 86_400_000,
        newestFirst: true,
        connectionId: str(values, 'connection'),
      });
      for await (const page of pages) {
        found.push(...page.map(eventView));
        if (found.length >= limit) break;
      }
    } finally {
      target.close();
    }
    const shown = found.slice(0, limit);
    if (values.json) {
      for (const e of shown) io.out(JSON.stringify(e));
    } else if (shown.length === 0) {
      io.err('No events.');
    } else {
      for (const e of shown) {
        const why = e.reason ? ` (${e.reason})` : '';
        io.out(
          `${e.receivedAt}  ${e.eventType.padEnd(33)} ${(e.connectionId ?? '-').padEnd(32)} ${e.outcome}${why}`,
        );
      }
    }
    return 0;
  },
};
