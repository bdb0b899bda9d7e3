// `lava-webhooks events show <id>`: one archived delivery whole: body, signature headers, outcome
// and reason, the history of its decisions, its domain events. The id may be an event id, a delivery
// id, a body's sha256, or a unique prefix of one.

import type { EventRecord } from '../../../lambdas/core/archive-record';
import { repeatEventId } from '../../../lambdas/core/identity';
import { newFieldsOf } from '../../../lambdas/core/read-customer';
import { parseEnvelope } from '../../../lambdas/shared/envelope';
import { PLAIN_HEADER, TIMESTAMPED_HEADER } from '../../../lambdas/shared/verify-signature';
import { plural } from '../../../local/format';
import type { ArchivedRecord, ArchiveStore } from '../../archive-store';
import { type CommandRun, targetOptions } from '../../command';
import { CommandError, UsageError } from '../../io';
import { onePositional } from '../../options';
import { archiveOf, resolveTarget } from '../../target';
import type { eventsOptions } from './declaration';
import { type EventView, eventView, outcomeText } from './view';

const MIN_PREFIX = 4;
/** How many candidates an ambiguous prefix lists. */
const LISTED = 10;

/**
 * The keys of the archive records `id` names: exactly, else by prefix of their event or delivery
 * id as the index lists it, else by prefix of the body's sha256, else (a longer id) by prefix of
 * the delivery id of an event, which only the whole records carry.
 */
async function matchingKeys(archive: ArchiveStore, sinceMs: number, id: string): Promise<string[]> {
  const exact = await archive.withId(id);
  if (exact.length) return exact.map((r) => r.key);
  const byKey = new Set<string>();
  const bySha = new Set<string>();
  const window = { sinceMs, newestFirst: true };
  for await (const page of archive.entries(window)) {
    for (const entry of page) {
      if (entry.id === id) return [entry.key];
      if (entry.id.startsWith(id)) byKey.add(entry.key);
      else if (entry.sha256.startsWith(id)) bySha.add(entry.key);
    }
  }
  if (byKey.size) return [...byKey];
  if (bySha.size) return [...bySha];
  if (id.length < 8) return [];
  const byDelivery: string[] = [];
  for await (const page of archive.records(window)) {
    for (const r of page) if (r.deliveryId.startsWith(id)) byDelivery.push(r.key);
  }
  return byDelivery;
}

function ambiguous(id: string, records: ArchivedRecord[], total: number): CommandError {
  const lines = records.map((r) => {
    const e = eventView(r);
    return `  ${r.id}  ${e.receivedAt}  ${e.eventType}  ${e.connectionId ?? '-'}  ${e.outcome}`;
  });
  const more = total > records.length ? [`  … and ${total - records.length} more`] : [];
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
  /** Field names of the body this receiver does not read: what Lava added (bounded). */
  newFields: string[];
  /** The raw body as received; a duplicate's is its event's (the same bytes). */
  body: string;
}

/** The names of `data` the reader does not know, read off the archived body. */
function newFieldsOfBody(body: string): string[] {
  const envelope = parseEnvelope(body);
  return envelope.ok ? newFieldsOf(envelope.envelope.data) : [];
}

function shown(record: EventRecord, body: string): ShownEvent {
  const headers: Record<string, string> = {};
  if (record.plainSignature) headers[PLAIN_HEADER] = record.plainSignature;
  if (record.timestampedSignature) headers[TIMESTAMPED_HEADER] = record.timestampedSignature;
  return {
    ...eventView(record),
    scheme: record.scheme ?? null,
    repeats: (record.repeats ?? []).map((r) =>
      repeatEventId(String(record.contentId ?? record.eventId), r.at),
    ),
    signatureHeaders: headers,
    domainEvents: record.domainEvents,
    published: record.published,
    newFields: newFieldsOfBody(body),
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

function describeShown(e: ShownEvent): string {
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
  const unread = Object.entries(e.unreadFields);
  if (unread.length) {
    lines.push("unread fields (Lava's payload changed: the connection kept what it had for these)");
    for (const [path, reason] of unread) lines.push(`  ${path}: ${reason}`);
  }
  if (e.newFields.length) lines.push(`new fields   ${e.newFields.join(', ')} (archived, not read)`);
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
  const target = await resolveTarget(targetOptions(values, io.env));
  try {
    const archive = archiveOf(target);
    const keys = await matchingKeys(archive, Date.now() - days * 86_400_000, id);
    if (keys.length === 0) {
      throw new CommandError(
        `No archived delivery matches "${id}" in the ${target.name} archive of the last ${days} days.`,
      );
    }
    const records = await archive.read(keys.slice(0, LISTED));
    if (keys.length > 1) throw ambiguous(id, records, keys.length);
    const record = records[0];
    if (!record) throw new CommandError(`The archive item ${keys[0]} is gone (expired?)`);
    const body =
      record.body || (record.duplicateOf ? ((await archive.event(record.duplicateOf))?.body ?? '') : '');
    const event = shown(record, body);
    io.out(values.json ? JSON.stringify(event) : describeShown(event));
    return 0;
  } finally {
    target.close();
  }
};
