// The drainer: moves what ingest spilled to the table (SQS did not confirm it) on to the queue, then
// deletes it. Idempotent: a message sent twice carries one delivery id, which the consumer applies
// once. Runs every minute in AWS and every few seconds in the local stack. What SQS refuses stays for
// the next run and never holds back the rest: batches are cut by SQS's limits (ten messages, 1 MiB),
// a batch that fails costs only its own messages, and each page of the listing follows the last.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Logger } from '../shared/log';
import type { Metrics } from '../shared/metrics';
import { SQS_BATCH, sqsMessageBytes } from '../shared/queue-message';
import { DRAINER_METRICS } from './metric-names';
import { deleteSpills, type SpilledMessage, spillPages } from './spill-items';

export interface DrainDeps {
  dynamodb: DynamoDBClient;
  sqs: SQSClient;
  tableName: string;
  queueUrl: string;
  log: Logger;
  metrics: Metrics;
  /** Spill items listed per page. */
  pageSize?: number;
  /** True when the run should stop before its next page (the next run goes on). */
  outOfTime?: () => boolean;
}

export interface DrainResult {
  moved: number;
  /** Messages SQS did not take, plus one for each listing or deletion that failed. */
  failed: number;
}

const messageOf = (s: SpilledMessage) => ({
  MessageBody: s.messageBody,
  MessageAttributes: s.messageAttributes,
});

/**
 * The spills in SendMessageBatch calls, in order: at most ten a batch and at most SQS's 1 MiB of
 * messages as SQS counts them; one too large to share a batch goes alone (SQS decides about it).
 */
export function sendBatches(spills: readonly SpilledMessage[]): SpilledMessage[][] {
  const batches: SpilledMessage[][] = [];
  let batch: SpilledMessage[] = [];
  let bytes = 0;
  for (const spill of spills) {
    const size = sqsMessageBytes(messageOf(spill));
    if (batch.length === SQS_BATCH.maxEntries || (batch.length > 0 && bytes + size > SQS_BATCH.maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(spill);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** Sends one batch; the keys SQS confirmed. A refused or failed call is this batch's loss only. */
async function sendBatch(deps: DrainDeps, batch: SpilledMessage[]): Promise<string[]> {
  try {
    const out = await deps.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: deps.queueUrl,
        Entries: batch.map((s, n) => ({ Id: String(n), ...messageOf(s) })),
      }),
    );
    for (const failed of out.Failed ?? []) {
      deps.log.warn('SQS refused a spilled message; it stays for the next run', {
        key: batch[Number(failed.Id)]?.key,
        code: failed.Code,
        reason: failed.Message,
      });
    }
    return (out.Successful ?? []).flatMap((ok) => batch[Number(ok.Id)]?.key ?? []);
  } catch (error) {
    deps.log.warn('SQS refused a batch of spilled messages; they stay for the next run', {
      error,
      keys: batch.map((s) => s.key),
    });
    return [];
  }
}

/** One page: its batches to SQS, then the removal of what SQS confirmed. */
async function drainPage(deps: DrainDeps, spills: SpilledMessage[], total: DrainResult): Promise<void> {
  const sent: string[] = [];
  for (const batch of sendBatches(spills)) sent.push(...(await sendBatch(deps, batch)));
  total.moved += sent.length;
  total.failed += spills.length - sent.length;
  try {
    await deleteSpills(deps.dynamodb, deps.tableName, sent);
  } catch (error) {
    // Sent but not deleted: the next run sends them again, which is the same delivery.
    deps.log.warn('could not delete moved spill items; they are sent again next run', { error });
    total.failed += 1;
  }
}

export async function drainSpills(deps: DrainDeps): Promise<DrainResult> {
  const total: DrainResult = { moved: 0, failed: 0 };
  try {
    for await (const page of spillPages(deps.dynamodb, deps.tableName, deps.pageSize ?? 100)) {
      await drainPage(deps, page, total);
      if (deps.outOfTime?.()) break;
    }
  } catch (error) {
    total.failed += 1;
    deps.log.error('drain failed; the spill items stay for the next run', { error, moved: total.moved });
  }
  if (total.moved || total.failed) {
    deps.metrics.add(DRAINER_METRICS.drained, total.moved);
    deps.metrics.add(DRAINER_METRICS.failed, total.failed);
    deps.log.info('drained spill items to the queue', { ...total });
  }
  deps.metrics.flush();
  return total;
}
