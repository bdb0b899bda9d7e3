// `lava-webhooks redrive`: the DLQ's messages back to the queue.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DeleteMessageBatchCommand,
  ListMessageMoveTasksCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { plural } from '../../local/format';
import { type CommandRun, targetOptions } from '../command';
import { CommandError, type Io } from '../io';
import { noPositionals } from '../options';
import { progressBar } from '../progress';
import { queueDepth, resolveTarget, type Target } from '../target';

/** A dead-letter queue and the queue its messages go back to. */
export interface RedrivePair {
  queueUrl: string;
  queueArn: string;
  dlqUrl: string;
  dlqArn: string;
}

/**
 * Locally: receive, send with the same body and attributes, then delete, ten at a time. The send
 * comes first, so a crash in between duplicates a message (harmless: the consumer dedupes) rather
 * than losing it.
 */
async function redriveByCopy(target: Target, pair: RedrivePair, io: Io): Promise<number> {
  const sqs = target.sqs();
  const progress = progressBar(io, 'Redriving', (await queueDepth(target, pair.dlqUrl)).waiting);
  let moved = 0;
  for (;;) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: pair.dlqUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        VisibilityTimeout: 30,
        MessageAttributeNames: ['All'],
      }),
    );
    const messages = out.Messages ?? [];
    if (messages.length === 0) break;
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: pair.queueUrl,
        Entries: messages.map((m, i) => ({
          Id: String(i),
          MessageBody: m.Body ?? '',
          MessageAttributes: m.MessageAttributes,
        })),
      }),
    );
    if (sent.Failed?.length) {
      throw new CommandError(`SQS refused ${sent.Failed.length} messages: ${sent.Failed[0]?.Message ?? ''}`);
    }
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: pair.dlqUrl,
        Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
      }),
    );
    moved += messages.length;
    progress.update(moved);
  }
  progress.finish();
  return moved;
}

/** On AWS: SQS's own message move task, followed until it ends. */
async function redriveByMoveTask(target: Target, pair: RedrivePair, io: Io): Promise<number> {
  const sqs = target.sqs();
  const total = (await queueDepth(target, pair.dlqUrl)).waiting;
  if (total === 0) return 0;
  await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: pair.dlqArn, DestinationArn: pair.queueArn }));
  const progress = progressBar(io, 'Redriving', total);
  for (;;) {
    await sleep(2_000);
    const out = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: pair.dlqArn, MaxResults: 1 }));
    const task = out.Results?.[0];
    const moved = task?.ApproximateNumberOfMessagesMoved ?? 0;
    progress.update(moved, task?.ApproximateNumberOfMessagesToMove ?? total);
    if (task?.Status === 'COMPLETED') {
      progress.finish();
      return moved;
    }
    if (task?.Status && task.Status !== 'RUNNING') {
      progress.finish();
      throw new CommandError(
        `The move task ended ${task.Status}: ${task.FailureReason ?? 'no reason given'}`,
      );
    }
  }
}

/** Moves a DLQ's messages back to its queue: by copy locally, by SQS's move task on AWS. */
export const redrive = (target: Target, pair: RedrivePair, io: Io) =>
  target.kind === 'local' ? redriveByCopy(target, pair, io) : redriveByMoveTask(target, pair, io);

export const run: CommandRun = async (values, positionals, io) => {
  noPositionals(positionals);
  const target = await resolveTarget(targetOptions(values, io.env));
  try {
    const moved = await redrive(target, target, io);
    io.out(`Moved ${plural(moved, 'message')} from the DLQ back to the queue.`);
    return 0;
  } finally {
    target.close();
  }
};
