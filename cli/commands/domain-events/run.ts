// `lava-webhooks domain-events`: what the consumer published, as the local EventBridge recorded it
// in the state folder (read directly: the stack need not run).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_EVENTS_FILE, type DomainEventLine } from '../../../local/eventbridge-sink';
import { shortId } from '../../../local/format';
import { type CommandRun, targetOptions } from '../../command';
import { CommandError } from '../../io';
import { noPositionals } from '../../options';
import type { domainEventsOptions } from './declaration';

type Detail = Record<string, unknown> & { connectionId?: string; eventType?: string; sourceEventId?: string };

function domainEventRow(e: DomainEventLine): string {
  const { connectionId, eventType, sourceEventId, eventAt, ...rest } = (e.detail ?? {}) as Detail;
  const fields = Object.entries(rest).map(
    ([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`,
  );
  return [
    e.time.slice(0, 19).replace('T', ' '),
    e.detailType.padEnd(17),
    String(connectionId ?? '-').padEnd(26),
    String(eventType ?? '-').padEnd(33),
    sourceEventId ? shortId(sourceEventId).padEnd(12) : '-'.padEnd(12),
    ...fields,
  ]
    .join('  ')
    .trimEnd();
}

export const run: CommandRun<typeof domainEventsOptions> = async (values, positionals, io) => {
  noPositionals(positionals);
  const { limit, stage } = values;
  if (stage !== undefined) {
    throw new CommandError(
      `Stage ${stage} publishes to its EventBridge bus (the EventBusName output of its stack); subscribe a rule to source "lava-webhooks".`,
    );
  }
  const file = join(targetOptions(values, io.env).stateDir, DOMAIN_EVENTS_FILE);
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  const { connection } = values;
  const events = lines
    .map((line) => JSON.parse(line) as DomainEventLine)
    .filter((e) => !connection || (e.detail as Detail | undefined)?.connectionId === connection)
    .slice(-limit);
  if (events.length === 0) io.err(`No domain events in ${file}.`);
  for (const e of events) io.out(values.json ? JSON.stringify(e) : domainEventRow(e));
  return 0;
};
