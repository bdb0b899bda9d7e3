// `lava-webhooks events`: recent archived deliveries and their outcomes, newest first; `--follow`
// watches new ones arrive; `events show <id>` is in show.ts.
import { setTimeout as sleep } from 'node:timers/promises';
import { shortId } from '../../../local/format';
import type { ArchivedRecord } from '../../archive-store';
import { type CommandRun, type CommandValues, targetOptions } from '../../command';
import type { Io } from '../../io';
import { noPositionals } from '../../options';
import { archiveOf, resolveTarget, type Target } from '../../target';
import type { eventsOptions } from './declaration';
import { type EventView, eventView, outcomeText, unreadText } from './view';

function eventLine(e: EventView): string {
  const id = e.duplicateOf ? `of ${shortId(e.duplicateOf)}` : e.eventId ? shortId(e.eventId) : '';
  return `${e.receivedAt}  ${e.eventType.padEnd(33)} ${(e.connectionId ?? '-').padEnd(32)} ${outcomeText(e).padEnd(10)} ${id.padEnd(12)} ${unreadText(e)}`.trimEnd();
}

const print = (io: Io, json: boolean, e: EventView) => io.out(json ? JSON.stringify(e) : eventLine(e));

/** The newest `limit` archive records of the last `days` days, newest first. */
type EventsValues = CommandValues<typeof eventsOptions>;

async function latest(target: Target, values: EventsValues, limit: number, days: number) {
  const found: ArchivedRecord[] = [];
  const pages = archiveOf(target).records({
    sinceMs: Date.now() - days * 86_400_000,
    newestFirst: true,
    connectionId: values.connection,
  });
  for await (const page of pages) {
    found.push(...page);
    if (found.length >= limit) break;
  }
  return found.slice(0, limit);
}

/** A delivery received this long before it is decided (retries, a redrive) is not followed. */
const FOLLOW_WINDOW_MS = 15 * 60_000;

/**
 * Lists what is archived from now on, oldest first, until `io.signal` aborts (the binary runs until
 * Ctrl-C or a closed pipe). Each round reads the index for the window and fetches only new items.
 */
async function follow(target: Target, values: EventsValues, io: Io, seen: Set<string>) {
  const archive = archiveOf(target);
  const started = Date.now();
  const everyMs = target.kind === 'local' ? 300 : 2_000;
  const { json } = values;
  const windowAt = (now: number) => ({
    sinceMs: Math.max(started - 60_000, now - FOLLOW_WINDOW_MS),
    untilMs: now + 60_000, // clocks of the writers may be a little ahead
    newestFirst: false,
    connectionId: values.connection,
  });
  // What is archived already is not new, shown or not: only the last `limit` were listed.
  for await (const page of archive.entries(windowAt(started))) for (const e of page) seen.add(e.key);
  while (!io.signal?.aborted) {
    for await (const page of archive.entries(windowAt(Date.now()))) {
      const fresh = page.map((e) => e.key).filter((key) => !seen.has(key));
      if (fresh.length === 0) continue;
      for (const record of await archive.read(fresh)) {
        seen.add(record.key);
        print(io, json, eventView(record));
      }
    }
    // Cut short by the signal (AbortError): the loop condition then ends it.
    await sleep(everyMs, undefined, { signal: io.signal }).catch(() => {});
  }
}

export const run: CommandRun<typeof eventsOptions> = async (values, positionals, io) => {
  if (positionals[0] === 'show') return (await import('./show')).run(values, positionals.slice(1), io);
  noPositionals(positionals);
  const { limit, days } = values;
  const target = await resolveTarget(targetOptions(values, io.env));
  try {
    const items = await latest(target, values, limit, days);
    const { json } = values;
    if (values.follow) {
      for (const item of [...items].reverse()) print(io, json, eventView(item));
      await follow(target, values, io, new Set(items.map((r) => r.key)));
      return 0;
    }
    if (items.length === 0 && !json) io.err('No events.');
    for (const item of items) print(io, json, eventView(item));
    return 0;
  } finally {
    target.close();
  }
};
