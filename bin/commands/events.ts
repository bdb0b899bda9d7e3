// `lava-webhooks events`: recent archived events and their outcomes, newest first.
import { eventIdOfItem } from '../../lambdas/consumer/dynamodb-store';
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
  /** The event's id (applied, stale), else null. */
  eventId: string | null;
  /** For a duplicate: the event it repeats. */
  duplicateOf: string | null;
  deliveryId: string;
  source: string;
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
    eventId: eventIdOfItem(item) ?? null,
    duplicateOf: (item.duplicateOf as string | undefined) ?? null,
    deliveryId: String(item.deliveryId ?? item.requestId ?? ''),
    source: String(item.source ?? 'webhook'),
    sha256: String(item.sha256),
  };
}

/** An event id's first 12 hex digits, with a repeat's arrival suffix kept. */
export const shortId = (eventId: string) => {
  const [hash = '', at] = eventId.split('@');
  return at ? `${hash.slice(0, 12)}@${at}` : hash.slice(0, 12);
};

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive integer`);
  return n;
}

export const eventsCommand: Command = {
  name: 'events',
  summary: 'recent deliveries and their outcomes (applied, stale, duplicate, ignored, rejected)',
  help: `Usage: lava-webhooks events [options]

Lists archived deliveries, newest first: when received, type, connection, outcome (and why), and
the event id. A duplicate names the event it repeats (the same signed content: the same body and
\`t\`, or for the plain scheme the same body within the duplicate window).

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
        const id = e.duplicateOf ? `of ${shortId(e.duplicateOf)}` : e.eventId ? shortId(e.eventId) : '';
        io.out(
          `${e.receivedAt}  ${e.eventType.padEnd(33)} ${(e.connectionId ?? '-').padEnd(32)} ${`${e.outcome}${why}`.padEnd(10)} ${id}`.trimEnd(),
        );
      }
    }
    return 0;
  },
};
