// `lava-webhooks events`: recent archived deliveries and their outcomes, newest first; `--follow`
// watches new ones arrive; `events show <id>` is in event-show.ts.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { shortId } from '../../local/format';
import { type CommandRun, str, targetOptions, type Values } from '../command';
import type { eventsOptions } from '../commands/events';
import { archivedEvents, archiveIndex, fullItems, itemKey } from '../event-archive';
import type { Io } from '../io';
import { noPositionals } from '../options';
import { resolveTarget, type Target } from '../target';

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
  /** What `replay --force` decided later, oldest first; `outcome` stays the first decision. */
  redecided: { at: string; outcome: string }[];
}

export function eventView(item: Record<string, unknown>): EventView {
  const redecided = Array.isArray(item.redecided)
    ? (item.redecided as { at: unknown; outcome: unknown }[])
    : [];
  return {
    receivedAt: String(item.receivedAt),
    eventType: String(item.eventType ?? ''),
    connectionId: (item.connectionId as string | undefined) ?? null,
    outcome: String(item.outcome),
    reason: (item.reason as string | undefined) ?? null,
    eventAt: String(item.eventAt),
    eventId: (item.eventId as string | undefined) ?? null,
    duplicateOf: (item.duplicateOf as string | undefined) ?? null,
    deliveryId: String(item.deliveryId ?? item.requestId ?? ''),
    source: String(item.source ?? 'webhook'),
    sha256: String(item.sha256),
    redecided: redecided.map((r) => ({
      at: new Date(Number(r.at)).toISOString(),
      outcome: String(r.outcome),
    })),
  };
}

/** The outcome with its history: `applied, redecided stale`, `rejected (no data.connection_id…)`. */
export function outcomeText(e: Pick<EventView, 'outcome' | 'reason' | 'redecided'>): string {
  const later = e.redecided.length ? `, redecided ${e.redecided.map((r) => r.outcome).join(', ')}` : '';
  return `${e.outcome}${later}${e.reason ? ` (${e.reason})` : ''}`;
}

export function eventLine(e: EventView): string {
  const id = e.duplicateOf ? `of ${shortId(e.duplicateOf)}` : e.eventId ? shortId(e.eventId) : '';
  return `${e.receivedAt}  ${e.eventType.padEnd(33)} ${(e.connectionId ?? '-').padEnd(32)} ${outcomeText(e).padEnd(10)} ${id}`.trimEnd();
}

const print = (io: Io, json: boolean, e: EventView) => io.out(json ? JSON.stringify(e) : eventLine(e));

/** The newest `limit` archive items of the last `days` days, newest first. */
async function latest(target: Target, values: Values, limit: number, days: number) {
  const found: Record<string, unknown>[] = [];
  const pages = archivedEvents(target.dynamodb(), target.tableName, {
    sinceMs: Date.now() - days * 86_400_000,
    newestFirst: true,
    connectionId: str(values, 'connection'),
  });
  for await (const page of pages) {
    found.push(...page);
    if (found.length >= limit) break;
  }
  return found.slice(0, limit);
}

/** A delivery received this long before it is decided (retries, a redrive) is not followed. */
export const FOLLOW_WINDOW_MS = 15 * 60_000;

/**
 * Lists what is archived from now on, oldest first, until `io.signal` aborts (the binary runs until
 * Ctrl-C or a closed pipe). Each round reads the index for the window and fetches only new items.
 */
async function follow(target: Target, values: Values, io: Io, seen: Set<string>) {
  const client: DynamoDBClient = target.dynamodb();
  const started = Date.now();
  const everyMs = target.kind === 'local' ? 300 : 2_000;
  const json = values.json === true;
  while (!io.signal?.aborted) {
    const now = Date.now();
    const window = {
      sinceMs: Math.max(started - 60_000, now - FOLLOW_WINDOW_MS),
      untilMs: now + 60_000, // clocks of the writers may be a little ahead
      newestFirst: false,
      connectionId: str(values, 'connection'),
    };
    for await (const page of archiveIndex(client, target.tableName, window)) {
      const fresh = page.map(itemKey).filter((key) => !seen.has(key));
      if (fresh.length === 0) continue;
      for (const item of await fullItems(client, target.tableName, fresh)) {
        seen.add(itemKey(item));
        print(io, json, eventView(item));
      }
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, everyMs);
      io.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

export const run: CommandRun<typeof eventsOptions> = async (values, positionals, io) => {
  if (positionals[0] === 'show') return (await import('./event-show')).run(values, positionals.slice(1), io);
  noPositionals(positionals);
  const { limit, days } = values;
  const target = await resolveTarget(targetOptions(values));
  try {
    const items = await latest(target, values, limit, days);
    const { json } = values;
    if (values.follow) {
      for (const item of [...items].reverse()) print(io, json, eventView(item));
      await follow(target, values, io, new Set(items.map(itemKey)));
      return 0;
    }
    if (items.length === 0 && !json) io.err('No events.');
    for (const item of items) print(io, json, eventView(item));
    return 0;
  } finally {
    target.close();
  }
};
