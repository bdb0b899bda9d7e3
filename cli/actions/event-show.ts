// `lava-webhooks events show <id>`: one archived delivery whole: body, signature headers, outcome
// and reason, the history of its decisions, its domain events. The id may be an event id, a delivery
// id, a body's sha256, or a unique prefix of one.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoDbStore, eventFromItem } from '../../lambdas/consumer/dynamodb-store';
import type { EventRecord } from '../../lambdas/consumer/event-record';
import { repeatEventId } from '../../lambdas/consumer/identity';
import { PLAIN_HEADER, TIMESTAMPED_HEADER } from '../../lambdas/shared/signature';
import { deliveryKey, eventKey } from '../../lambdas/shared/table-schema';
import { plural } from '../../local/format';
import { type CommandRun, targetOptions } from '../command';
import type { eventsOptions } from '../commands/events';
import { archivedEvents, archiveIndex, fullItems, itemKey } from '../event-archive';
import { CommandError, UsageError } from '../io';
import { onePositional } from '../options';
import { resolveTarget } from '../target';
import { type EventView, eventView, outcomeText } from './events';

const MIN_PREFIX = 4;
/** How many candidates an ambiguous prefix lists. */
const LISTED = 10;

interface Search {
  client: DynamoDBClient;
  tableName: string;
  sinceMs: number;
}

/** The id in a table key: `EVENT#<event id>` or `DELIVERY#<delivery id>`. */
const keyId = (key: string) => key.slice(key.indexOf('#') + 1);

/**
 * The keys of the archive items `id` names: exactly, else by prefix of their key's id, else by
 * prefix of the body's sha256, else (a longer id) by prefix of the delivery id of an event item,
 * which only the full items carry.
 */
async function matchingKeys(search: Search, id: string): Promise<string[]> {
  const exact = await fullItems(search.client, search.tableName, [eventKey(id), deliveryKey(id)]);
  if (exact.length) return exact.map(itemKey);
  const byKey = new Set<string>();
  const bySha = new Set<string>();
  const window = { sinceMs: search.sinceMs, newestFirst: true };
  for await (const page of archiveIndex(search.client, search.tableName, window)) {
    for (const entry of page) {
      const key = itemKey(entry);
      if (keyId(key) === id) return [key];
      if (keyId(key).startsWith(id)) byKey.add(key);
      else if (String(entry.sha256).startsWith(id)) bySha.add(key);
    }
  }
  if (byKey.size) return [...byKey];
  if (bySha.size) return [...bySha];
  if (id.length < 8) return [];
  const byDelivery: string[] = [];
  for await (const page of archivedEvents(search.client, search.tableName, window)) {
    for (const item of page) if (String(item.deliveryId).startsWith(id)) byDelivery.push(itemKey(item));
  }
  return byDelivery;
}

function ambiguous(id: string, items: Record<string, unknown>[], total: number): CommandError {
  const lines = items.map((item) => {
    const e = eventView(item);
    return `  ${keyId(itemKey(item))}  ${e.receivedAt}  ${e.eventType}  ${e.connectionId ?? '-'}  ${e.outcome}`;
  });
  const more = total > items.length ? [`  … and ${total - items.length} more`] : [];
  return new CommandError(
    [
      `"${id}" names ${plural(total, 'archived delivery', 'archived deliveries')}; give more of the id:`,
      ...lines,
      ...more,
    ].join('\n'),
  );
}

export interface ShownEvent extends EventView {
  scheme: string | null;
  /** Later events with the same content (on the first event of some content). */
  repeats: string[];
  signatureHeaders: Record<string, string>;
  domainEvents: EventRecord['domainEvents'];
  published: boolean;
  /** The raw body as received; a duplicate's is its event's (the same bytes). */
  body: string;
}

function shown(record: EventRecord, item: Record<string, unknown>, body: string): ShownEvent {
  const headers: Record<string, string> = {};
  if (record.plainSignature) headers[PLAIN_HEADER] = record.plainSignature;
  if (record.timestampedSignature) headers[TIMESTAMPED_HEADER] = record.timestampedSignature;
  return {
    ...eventView(item),
    scheme: record.scheme ?? null,
    repeats: (record.repeats ?? []).map((r) =>
      repeatEventId(String(record.contentId ?? record.eventId), r.at),
    ),
    signatureHeaders: headers,
    domainEvents: record.domainEvents,
    published: record.published,
    body,
  };
}

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export function describeShown(e: ShownEvent): string {
  const rows: [string, string][] = [
    ...(e.eventId ? ([['event', e.eventId]] as [string, string][]) : []),
    ['delivery', e.deliveryId],
    ['type', e.eventType],
    ['connection', e.connectionId ?? '-'],
    ['outcome', outcomeText(e)],
    ...(e.duplicateOf ? ([['duplicate of', e.duplicateOf]] as [string, string][]) : []),
    ...e.redecided.map((r): [string, string] => ['redecided', `${r.outcome} at ${r.at} (replay --force)`]),
    ['received', e.receivedAt],
    ['event time', e.eventAt === e.receivedAt ? `${e.eventAt} (as received)` : `${e.eventAt} (signed t)`],
    ['source', e.source],
    ['scheme', e.scheme ?? '-'],
    ['sha256', e.sha256],
    ...(e.repeats.length
      ? ([
          [
            'repeats',
            `${plural(e.repeats.length, 'later event')} with this content: ${e.repeats.join(', ')}`,
          ],
        ] as [string, string][])
      : []),
  ];
  const lines = rows.map(([k, v]) => `${k.padEnd(13)}${v}`);
  lines.push('signature headers');
  for (const [name, value] of Object.entries(e.signatureHeaders)) lines.push(`  ${name}: ${value}`);
  if (e.domainEvents.length) {
    lines.push(`domain events (${e.published ? 'published' : 'not published yet'})`);
    for (const d of e.domainEvents) lines.push(`  ${d.type} ${JSON.stringify(d.detail)}`);
  } else lines.push('domain events: none');
  lines.push(e.duplicateOf ? 'body (its event’s, the same bytes)' : 'body');
  lines.push(
    ...pretty(e.body)
      .split('\n')
      .map((l) => `  ${l}`),
  );
  return lines.join('\n');
}

export const run: CommandRun<typeof eventsOptions> = async (values, positionals, io) => {
  const id = onePositional(
    positionals,
    'events show needs one id: an event id, a delivery id, a sha256, or a prefix of one',
  ).trim();
  if (id.length < MIN_PREFIX) throw new UsageError(`give at least ${MIN_PREFIX} characters of the id`);
  const { days } = values;
  const target = await resolveTarget(targetOptions(values));
  try {
    const client = target.dynamodb();
    const store = dynamoDbStore(client, target.tableName, { eventTtlDays: 0 });
    const keys = await matchingKeys(
      { client, tableName: target.tableName, sinceMs: Date.now() - days * 86_400_000 },
      id,
    );
    if (keys.length === 0) {
      throw new CommandError(
        `No archived delivery matches "${id}" in the ${target.name} archive of the last ${days} days.`,
      );
    }
    const items = await fullItems(client, target.tableName, keys.slice(0, LISTED));
    if (keys.length > 1) throw ambiguous(id, items, keys.length);
    const item = items[0];
    if (!item) throw new CommandError(`The archive item ${keys[0]} is gone (expired?)`);
    const record = eventFromItem(item);
    const body =
      record.body || (record.duplicateOf ? ((await store.getEvent(record.duplicateOf))?.body ?? '') : '');
    const event = shown(record, item, body);
    io.out(values.json ? JSON.stringify(event) : describeShown(event));
    return 0;
  } finally {
    target.close();
  }
};
