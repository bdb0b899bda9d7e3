// `lava-webhooks domain-events`: what the consumer published, as the local EventBridge recorded it.
import { existsSync, readFileSync } from 'node:fs';
import type { DomainEventLine } from '../../local/eventbridge-sink';
import { type Command, str, targetOptions } from '../command';
import { CommandError, UsageError } from '../io';
import { resolveTarget } from '../target';

export const domainEventsCommand: Command = {
  name: 'domain-events',
  summary: 'domain events the local stack published (ConnectionCreated, BalanceDepleted…)',
  help: `Usage: lava-webhooks domain-events [options]

Prints the domain events the consumer put on the local event bus, oldest first, one JSON object
per line (kept in .local/domain-events.jsonl). A deployed stack publishes to EventBridge instead:
subscribe a rule to source "lava-webhooks" on its bus.

Options:
  --connection ID    only this connection's events
  --limit N          the last N events (default 20)`,
  options: { connection: { type: 'string' }, limit: { type: 'string' } },
  async run(values, positionals, io) {
    if (positionals.length) throw new UsageError(`unexpected arguments: ${positionals.join(' ')}`);
    const limit = Number(str(values, 'limit') ?? 20);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive integer');
    const target = await resolveTarget(targetOptions(values));
    target.close();
    if (!target.domainEventsFile) {
      throw new CommandError(
        `Stage ${target.name} publishes to the EventBridge bus ${target.eventBusName}; subscribe a rule to source "lava-webhooks".`,
      );
    }
    const file = target.domainEventsFile;
    const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    const connection = str(values, 'connection');
    const events = lines
      .map((line) => JSON.parse(line) as DomainEventLine)
      .filter((e) => !connection || (e.detail as { connectionId?: string })?.connectionId === connection);
    for (const e of events.slice(-limit)) io.out(JSON.stringify(e));
    if (events.length === 0) io.err('No domain events.');
    return 0;
  },
};
