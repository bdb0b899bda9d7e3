// `lava-webhooks replay --since T`: archived deliveries back through processing, as ingest queued them.

import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { eventFromItem } from '../../lambdas/consumer/dynamodb-store';
import { bodyBytes } from '../../lambdas/consumer/event-record';
import { toSendMessageInput } from '../../lambdas/shared/queue-message';
import { type Command, str, targetOptions } from '../command';
import { archivedEvents } from '../event-archive';
import { UsageError } from '../io';
import { progressBar } from '../progress';
import { resolveTarget } from '../target';
import { parseTime } from '../time';

export const replayCommand: Command = {
  name: 'replay',
  summary: 'send archived events through processing again',
  help: `Usage: lava-webhooks replay --since TIME [options]

Queues archived deliveries received since TIME again, oldest first, exactly as ingest queued them
(raw body, signature headers, original receive time, the same delivery id). A delivery is applied at
most once: one that made an event changes nothing; one that was ignored or rejected is decided again
(after a fix, it applies). Duplicates are skipped: their event has the body. With --force the events
are decided again against today's state and code; the archive keeps the first outcome and adds the
new one. The ordering guards still hold: an event older than what a connection last applied does not
overwrite newer fields.

Options:
  --since TIME       ISO 8601, a date, unix seconds, or a duration ago (30m, 2h, 7d)   (required)
  --connection ID    only this connection's events
  --force            decide applied and stale events again`,
  options: {
    since: { type: 'string' },
    connection: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(values, positionals, io) {
    if (positionals.length) throw new UsageError(`unexpected arguments: ${positionals.join(' ')}`);
    const sinceText = str(values, 'since');
    if (sinceText === undefined) throw new UsageError('replay needs --since TIME');
    const since = parseTime(sinceText);
    if (since === undefined) throw new UsageError(`--since: cannot read "${sinceText}"`);
    const force = values.force === true;
    const target = await resolveTarget(targetOptions(values));
    const progress = progressBar(io, 'Replaying');
    let replayed = 0;
    let skipped = 0;
    let repairs = 0;
    try {
      const ddb = target.dynamodb();
      const pages = archivedEvents(ddb, target.tableName, {
        sinceMs: since,
        newestFirst: false,
        connectionId: str(values, 'connection'),
      });
      for await (const page of pages) {
        for (const item of page) {
          const archived = eventFromItem(item); // decompresses the archived body
          if (!archived.body) {
            skipped++; // a duplicate: its event is replayed in its own right
            continue;
          }
          if (archived.source === 'reconcile') {
            repairs++; // not a signed webhook; the next reconcile makes it again if still needed
            continue;
          }
          await target.sqs().send(
            new SendMessageCommand(
              toSendMessageInput(target.queueUrl, {
                raw: bodyBytes(archived),
                plainSignature: archived.plainSignature,
                timestampedSignature: archived.timestampedSignature,
                receivedAt: archived.receivedAt,
                deliveryId: archived.deliveryId,
                sha256: archived.sha256,
                eventType: archived.eventType,
                source: 'replay',
                redecide: force,
              }),
            ),
          );
          replayed++;
          progress.update(replayed);
        }
      }
    } finally {
      progress.finish();
      target.close();
    }
    const mode = force
      ? ' (forced: events are decided again)'
      : ' (applied events change nothing; ignored and rejected ones are decided again)';
    io.out(`Replayed ${replayed} event${replayed === 1 ? '' : 's'}${replayed ? mode : ''}.`);
    if (skipped)
      io.err(`Skipped ${skipped} duplicate${skipped === 1 ? '' : 's'} (their events carry the body).`);
    if (repairs)
      io.err(`Skipped ${repairs} reconcile repair${repairs === 1 ? '' : 's'} (not signed webhooks).`);
    return 0;
  },
};
