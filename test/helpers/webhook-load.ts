// A steady stream of signed webhooks at a fixed rate (each a new connection), what the stack
// answered each, and checks on what a local stack made of them: the connections in its table, what
// is left in its queue and DLQ, the DynamoDB Local processes running on a state folder.
import { readdirSync, readFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { expect } from 'vitest';
import { postWebhook as postSigned } from '../../cli/webhook-post';
import { batchGetItems } from '../../lambdas/shared/table-reads';
import { connectionKey } from '../../lambdas/shared/table-schema';
import { localClientConfig } from '../../local/local-clients';
import { stillRunning } from '../../local/process-identity';
import type { StackInfo } from '../../local/stack-file';
import { until } from './until';

export interface Answer {
  connectionId: string;
  /** The HTTP status, or 0 when the request got no answer (connection refused or reset). */
  status: number;
}

function webhookBody(connectionId: string): string {
  return JSON.stringify({
    event: 'connection.created',
    data: { connection_id: connectionId, has_lava_credit_balance: true },
  });
}

export async function postWebhook(url: string, secret: string, connectionId: string): Promise<Answer> {
  try {
    const { status } = await postSigned(url, webhookBody(connectionId), { secret, scheme: 'plain' });
    return { connectionId, status };
  } catch {
    return { connectionId, status: 0 };
  }
}

/** Posts one new connection every 1000/perSecond ms until stopped; requests do not wait for each other. */
export function webhookStream(options: { url: string; secret: string; prefix: string; perSecond: number }) {
  const answers: Answer[] = [];
  const inFlight = new Set<Promise<void>>();
  let n = 0;
  const post = () => {
    const pending = postWebhook(options.url, options.secret, `${options.prefix}${n++}`).then((a) => {
      answers.push(a);
      inFlight.delete(pending);
    });
    inFlight.add(pending);
  };
  const timer = setInterval(post, 1000 / options.perSecond);
  return {
    answers,
    /** Also sends `count` at once, for a backlog; resolves when all are answered. */
    burst: async (count: number) => {
      const from = n;
      for (let i = 0; i < count; i++) post();
      await Promise.all(inFlight);
      return answers.filter((a) => Number(a.connectionId.slice(options.prefix.length)) >= from);
    },
    accepted: () => answers.filter((a) => a.status === 200).map((a) => a.connectionId),
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
    },
  };
}

/** The `version` of each connection found in the stack's table (absent ones are left out). */
export async function connectionVersions(info: StackInfo, ids: string[]): Promise<Map<string, number>> {
  const dynamodb = new DynamoDBClient(localClientConfig(info.dynamoEndpoint));
  const versions = new Map<string, number>();
  try {
    const items = await batchGetItems(dynamodb, info.tableName, ids.map(connectionKey));
    for (const item of items.values()) versions.set(String(item.connectionId), Number(item.version));
  } finally {
    dynamodb.destroy();
  }
  return versions;
}

/**
 * Waits until every accepted connection is in the stack's table, then expects each applied once
 * (version 1: each is a single creation) and the queue and the DLQ empty.
 */
export async function expectAllApplied(info: StackInfo, accepted: string[], timeoutMs: number) {
  const versions = await until(
    async () => {
      const found = await connectionVersions(info, accepted);
      return found.size === accepted.length ? found : undefined;
    },
    timeoutMs,
    'every accepted event applied',
  );
  expect([...versions.values()].filter((v) => v !== 1)).toEqual([]);
  await until(
    async () => ((await queueDepths(info)).queue === 0 ? true : undefined),
    15_000,
    'queue drained',
  );
  expect(await queueDepths(info)).toEqual({ queue: 0, dlq: 0 });
}

/** Messages in the queue and in the DLQ, visible or in flight. */
export async function queueDepths(info: StackInfo): Promise<{ queue: number; dlq: number }> {
  const sqs = new SQSClient(localClientConfig(info.sqsEndpoint));
  const depth = async (QueueUrl: string) => {
    const out = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return (
      Number(out.Attributes?.ApproximateNumberOfMessages) +
      Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible)
    );
  };
  try {
    return { queue: await depth(info.queueUrl), dlq: await depth(info.dlqUrl) };
  } finally {
    sqs.destroy();
  }
}

/**
 * Pids of the DynamoDB Local processes (JVMs and their watchers) whose command line names
 * `stateDir`: Linux, read from /proc.
 */
export function dynamoDbProcessesOn(stateDir: string): number[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return pids
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return (
          cmdline.includes('DynamoDBLocal.jar') &&
          cmdline.includes(stateDir) &&
          stillRunning({ pid: Number(pid) })
        );
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}
