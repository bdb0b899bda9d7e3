import { declareCommand } from '../../command';
import { flag, text, time } from '../../options';

export const replayOptions = {
  since: time('TIME', 'replay what was received since then (required)').required(),
  connection: text('ID', "only this connection's events"),
  force: flag('decide applied and stale events again'),
};

export const replayCommand = declareCommand({
  name: 'replay',
  summary: 'send archived events through processing again',
  help: `Usage: lava-webhooks replay --since TIME [options]

Queues archived deliveries received since TIME again, oldest first, exactly as ingest queued them
(raw body, signature headers, original receive time, the same delivery id). A delivery is applied at
most once: one that made an event changes nothing; one that was ignored or rejected is decided again
(after a fix, it applies). Duplicates are skipped: their event has the body. With --force the events
are decided again against today's state and code; the archive keeps the first outcome and adds the
new one. The ordering guards still hold: an event older than what a connection last applied does not
overwrite newer fields.`,
  options: replayOptions,
});
