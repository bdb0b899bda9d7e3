import { declareCommand } from '../../command';
import { flag, positiveInt, text } from '../../options';

export const eventsOptions = {
  connection: text('ID', "only this connection's events"),
  limit: positiveInt('N', 'at most N events (default 20)').withDefault('20'),
  days: positiveInt('N', "look back N days (default 30, the events' retention)").withDefault('30'),
  follow: flag('keep listing deliveries as they are decided', { short: 'f' }),
  json: flag('one JSON object per line'),
};

export const eventsCommand = declareCommand({
  name: 'events',
  summary: 'recent deliveries and their outcomes; --follow to watch, `events show ID` for one whole',
  help: `Usage: lava-webhooks events [options]
       lava-webhooks events show <id> [--json]

Lists archived deliveries, newest first: when received, type, connection, outcome (and why), and
the event id. A duplicate names the event it repeats (the same signed content: the same body and
\`t\`, or for the plain scheme the same body within the duplicate window). An event that
\`replay --force\` decided again shows both outcomes: "applied, redecided stale".

With --follow it lists the last ones oldest first, then each delivery as the consumer archives it,
until Ctrl-C (deliveries received after it started and decided within 15 minutes of arriving).

\`events show <id>\` prints one archived delivery whole: its body, signature headers, outcome and
reason, the history of its decisions, the domain events it caused. The id is an event id, a
delivery id, a body's sha256, or a unique prefix of one (as the stack's console shows them).`,
  options: eventsOptions,
});
