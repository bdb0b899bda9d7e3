// The drainer: moves what ingest spilled to the table (SQS did not confirm it) on to the queue, then
// deletes it. Idempotent: a message sent twice carries one delivery id, which the consumer applies
// once. Runs every minute in AWS and every few seconds in the local stack.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Logger } from '../shared/log';
import type { Metrics } from '../shared/metrics';
import { deleteSpills, readSpills } from './spills';

export const DRAINER_METRICS = { drained: 'Drained', failed: 'DrainFailed' } as const;

export interface DrainDeps {
  dynamodb: DynamoDBClient;
  sqs: SQSClient;
  tableName: string;
  queueUrl: string;
  log: Logger;
  metrics: Metrics;
  /** Items read per round; rounds go on until the table holds no spill or a round moves none. */
  pageSize?: number;
}

export interface DrainResult {
  moved: number;
  failed: number;
}

/** One round: send up to a page of spills to SQS (ten a call), delete those SQS confirmed. */
async function drainPage(deps: DrainDeps, pageSize: number): Promise<DrainResult & { read: number }> {
  const spills = await readSpills(deps.dynamodb, deps.tableName, pageSize);
  const sent: string[] = [];
  let failed = 0;
  for (let i = 0; i < spills.length; i += 10) {
    const chunk = spills.slice(i, i + 10);
    const out = await deps.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: deps.queueUrl,
        Entries: chunk.map((s, n) => ({
          Id: String(n),
          MessageBody: s.messageBody,
          MessageAttributes: s.messageAttributes,
        })),
      }),
    );
    for (const ok of out.Successful ?? []) sent.push((chunk[Number(ok.Id)] as (typeof chunk)[number]).key);
    failed += out.Failed?.length ?? 0;
  }
  try {
    await deleteSpills(deps.dynamodb, deps.tableName, sent);
  } catch (error) {
    // Sent but not deleted: the next run sends them again, which is the same delivery.
    deps.log.warn('could not delete moved spill items; they are sent again next run', { error });
    return { moved: sent.length, failed: failed + 1, read: 0 };
  }
  return { moved: sent.length, failed, read: spills.length };
}

export async function drainSpills(deps: DrainDeps): Promise<DrainResult> {
  const pageSize = deps.pageSize ?? 100;
  const total: DrainResult = { moved: 0, failed: 0 };
  try {
    for (;;) {
      const round = await drainPage(deps, pageSize);
      total.moved += round.moved;
      total.failed += round.failed;
      if (round.read < pageSize || round.moved === 0) break;
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
