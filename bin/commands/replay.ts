// `lava-webhooks replay --since T`: archived events back through processing, as ingest queued them.

import { DeleteItemCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { eventFromItem } from '../../lambdas/consumer/dynamodb-store';
import { toSendMessageInput } from '../../lambdas/shared/queue-message';
import { eventKey, TABLE } from '../../lambdas/shared/table-schema';
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

Queues archived events received since TIME again, oldest first, exactly as ingest queued them
(raw body, signature headers, original receive time). Without --force they are duplicates of
themselves and change nothing; with --force each event's archive item is deleted first so that it is
applied again. The ordering guards still hold: an event older than what a connection last applied
does not overwrite newer fields.

Options:
  --since TIME       ISO 8601, a date, unix seconds, or a duration ago (30m, 2h, 7d)   (required)
  --connection ID    only this connection's events
  --force            apply them again (delete the archived event first)`,
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
    try {
      const ddb = target.dynamodb();
      const pages = archivedEvents(ddb, target.tableName, {
        sinceMs: since,
        newestFirst: false,
        connectionId: str(values, 'connection'),
      });
      for await (const page of pages) {
        for (const item of page) {
          const sha256 = String(item.sha256);
          const archived = eventFromItem(item); // decompresses the archived body
          if (!archived.body) {
            skipped++;
            continue;
          }
          if (force) {
            // Delete first: sent before, the consumer could see the old item and call it a duplicate.
            // Should the send then fail, only the archive copy is lost, not the applied state.
            await ddb.send(
              new DeleteItemCommand({
                TableName: target.tableName,
                Key: { [TABLE.partitionKey]: { S: eventKey(sha256) } },
              }),
            );
          }
          await target.sqs().send(
            new SendMessageCommand(
              toSendMessageInput(target.queueUrl, {
                body: archived.body,
                plainSignature: archived.plainSignature,
                timestampedSignature: archived.timestampedSignature,
                receivedAt: archived.receivedAt,
                requestId: `replay-${archived.requestId}`,
                sha256,
                eventType: archived.eventType,
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
    const mode = force ? ' (forced: they will be applied again)' : ' (without --force they are duplicates)';
    io.out(`Replayed ${replayed} event${replayed === 1 ? '' : 's'}${replayed ? mode : ''}.`);
    if (skipped) io.err(`Skipped ${skipped} archived events without a body.`);
    return 0;
  },
};
