import { join, relative } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { PROCESSED_OUTCOMES } from '../../../lambdas/core/archive-record';
import { ENV } from '../../../lambdas/shared/env';
import { parseSecretString } from '../../../lambdas/shared/secret-value';
import { plural } from '../../../local/format';
import { readStoredSecret, SECRET_FILE } from '../../../local/local-secret';
import { type CommandRun, targetOptions } from '../../command';
import { noPositionals, readTime } from '../../options';
import type { Target } from '../../target';
import { archiveOf, queueDepth, resolveTarget, storedSigningSecret } from '../../target';
import { describeDistance } from '../../time';
import type { statusOptions } from './declaration';

/** One part of the status: its figures (or the error it answered with) and its line. */
interface Part {
  value: unknown;
  text: string;
  ok: boolean;
}

async function part<T>(read: () => Promise<T>, describe: (value: T) => string): Promise<Part> {
  try {
    const value = await read();
    return { value, text: describe(value), ok: true };
  } catch (error) {
    const message = `${(error as Error).name}: ${(error as Error).message}`;
    return { value: { error: message }, text: `does not answer: ${message}`, ok: false };
  }
}

async function secretPart(target: Target) {
  const out = await storedSigningSecret(target);
  const count = parseSecretString(out.value).length;
  let from = `Secrets Manager, ${target.secretId}`;
  if (target.local) {
    // The stack serves the state folder's secret unless LAVA_WEBHOOK_SECRET gave it another.
    const file = join(target.local.stateDir, SECRET_FILE);
    const kept = readStoredSecret(target.local.stateDir);
    from =
      kept?.versionId === out.versionId
        ? `${relative(process.cwd(), file) || file} (\`lava-webhooks secret show\` prints it)`
        : `${ENV.localSecret} of the running stack`;
  }
  return { from, secrets: count };
}

async function tablePart(target: Target) {
  const started = Date.now();
  const out = await target.dynamodb().send(new DescribeTableCommand({ TableName: target.tableName }));
  return {
    server: target.local ? `DynamoDB Local at ${target.local.dynamoEndpoint}` : 'DynamoDB',
    table: target.tableName,
    tableStatus: out.Table?.TableStatus ?? 'unknown',
    answeredMs: Date.now() - started,
  };
}

async function outcomes(target: Target, sinceMs: number) {
  const counts: Record<string, number> = Object.fromEntries(
    PROCESSED_OUTCOMES.filter((o) => o !== 'redelivered').map((o) => [o, 0]),
  );
  for await (const page of archiveOf(target).entries({ sinceMs, newestFirst: false })) {
    for (const entry of page) counts[entry.outcome] = (counts[entry.outcome] ?? 0) + 1;
  }
  return counts;
}

export const run: CommandRun<typeof statusOptions> = async (values, positionals, io) => {
  noPositionals(positionals);
  const sinceText = values.since;
  const since = readTime(sinceText, '--since');
  const target = await resolveTarget(targetOptions(values, io.env));
  try {
    const parts = await Promise.all([
      part(
        () => secretPart(target),
        (s) => `${s.from}; ${s.secrets > 1 ? 'current and previous both valid (a rotation)' : 'one secret'}`,
      ),
      part(
        () => queueDepth(target, target.queueUrl),
        (q) => `${q.waiting} waiting, ${q.inFlight} being processed`,
      ),
      part(
        () => queueDepth(target, target.dlqUrl),
        (d) =>
          d.waiting + d.inFlight
            ? `${plural(d.waiting + d.inFlight, 'message')}: find the cause in the console or logs, fix it, then \`lava-webhooks redrive\``
            : 'empty',
      ),
      part(
        () => tablePart(target),
        (t) => `${t.server}: ok in ${t.answeredMs} ms, table ${t.table} ${t.tableStatus}`,
      ),
      part(
        () => outcomes(target, since),
        (c) =>
          `${plural(
            Object.values(c).reduce((a, b) => a + b, 0),
            'delivery',
            'deliveries',
          )}: ${Object.entries(c)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
      ),
    ]);
    const [secret, queue, dlq, dynamodb, counts] = parts as [Part, Part, Part, Part, Part];
    const local = target.local;
    const ok = parts.every((p) => p.ok);
    if (values.json) {
      const stack = local
        ? { kind: 'local', pid: local.pid, startedAt: local.startedAt, stateDir: local.stateDir }
        : { kind: 'stage', name: target.name };
      io.out(
        JSON.stringify({
          ok,
          stack,
          url: target.webhookUrl,
          secret: secret.value,
          queue: queue.value,
          dlq: dlq.value,
          dynamodb: dynamodb.value,
          since: new Date(since).toISOString(),
          outcomes: counts.value,
        }),
      );
      return ok ? 0 : 1;
    }
    const stackText = local
      ? `local, pid ${local.pid}, up ${describeDistance(Date.now() - Date.parse(local.startedAt))}, state in ${relative(process.cwd(), local.stateDir) || '.'}/`
      : `stage ${target.name}`;
    const rows: [string, string][] = [
      ['stack', stackText],
      ['webhook URL', target.webhookUrl],
      ['secret', secret.text],
      ['queue', queue.text],
      ['DLQ', dlq.text],
      ['DynamoDB', dynamodb.text],
      [`since ${sinceText}`, counts.text],
    ];
    for (const [k, v] of rows) io.out(`${k.padEnd(13)}${v}`);
    return ok ? 0 : 1;
  } finally {
    target.close();
  }
};
