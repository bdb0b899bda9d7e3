import { declareCommand } from '../../command';
import { flag, positiveInt, text } from '../../options';

export const domainEventsOptions = {
  connection: text('ID', "only this connection's events"),
  limit: positiveInt('N', 'the last N events (default 20)').withDefault('20'),
  json: flag('one JSON object per line, as recorded'),
};

export const domainEventsCommand = declareCommand({
  name: 'domain-events',
  summary: 'domain events the local stack published (ConnectionCreated, BalanceDepleted…)',
  help: `Usage: lava-webhooks domain-events [options]

Prints the domain events the consumer put on the local event bus, oldest first, as a table: when
published, detail-type, connection, the Lava event that caused it, its event id, the other details.
Reads the state folder's domain-events.jsonl, so the stack need not be running. A deployed stack
publishes to EventBridge instead: subscribe a rule to source "lava-webhooks" on its bus.`,
  options: domainEventsOptions,
});
