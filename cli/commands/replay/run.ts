// `lava-webhooks replay --since T`: archived deliveries back through processing, as ingest queued them.

import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { bodyBytes } from '../../../lambdas/core/archive-record';
import { toSendMessageInput } from '../../../lambdas/shared/queue-message';
import { plural } from '../../../local/format';
import { type CommandRun, targetOptions } from '../../command';
import { noPositionals } from '../../options';
import { progressBar } from '../../progress';
import { archiveOf, resolveTarget } from '../../target';
import type { replayOptions } from './declaration';

export const run: CommandRun<typeof replayOptions> = async (values, positionals, io) => {
  noPositionals(positionals);
  const { since, force } = values;
  const target = await resolveTarget(targetOptions(values, io.env));
  const progress = progressBar(io, 'Replaying');
  let replayed = 0;
  let skipped = 0;
  let repairs = 0;
  try {
    const pages = archiveOf(target).records({
      sinceMs: since,
      newestFirst: false,
      connectionId: values.connection,
    });
    for await (const page of pages) {
      for (const archived of page) {
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
  io.out(`Replayed ${plural(replayed, 'event')}${replayed ? mode : ''}.`);
  if (skipped) io.err(`Skipped ${plural(skipped, 'duplicate')} (their events carry the body).`);
  if (repairs) io.err(`Skipped ${plural(repairs, 'reconcile repair')} (not signed webhooks).`);
  return 0;
};
