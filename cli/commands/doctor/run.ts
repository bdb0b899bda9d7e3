// `lava-webhooks doctor --stage NAME` (declared in declaration.ts): is a deployed stack ready to receive Lava's webhooks, and is
// anyone told when it is not? Each check reads the stack as it is now and says plainly what it found.

import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import { DescribeSecretCommand, ListSecretVersionIdsCommand } from '@aws-sdk/client-secrets-manager';
import { ListSubscriptionsByTopicCommand, SNSClient, type Subscription } from '@aws-sdk/client-sns';
import { parseSecretString } from '../../../lambdas/shared/secret-value';
import { alarmNamePrefix } from '../../../lib/alarm-names';
import { errorText } from '../../../local/format';
import { type CommandRun, isDeployed, targetOptions } from '../../command';
import { type Io, UsageError } from '../../io';
import { noPositionals } from '../../options';
import { postProbe } from '../../probe';
import { DOCTOR_EVENT } from '../../probe-event';
import { queueDepth, resolveTarget, storedSigningSecret, type Target } from '../../target';
import { postWebhook } from '../../webhook-post';
import type { doctorOptions } from './declaration';

export type Status = 'ok' | 'warn' | 'FAIL';

export interface Finding {
  status: Status;
  check: string;
  detail: string;
}

/** A secret whose current version was created this close to the secret itself is CloudFormation's. */
const PLACEHOLDER_WINDOW_MS = 5 * 60_000;

const ok = (check: string, detail: string): Finding => ({ status: 'ok', check, detail });
const warn = (check: string, detail: string): Finding => ({ status: 'warn', check, detail });
const fail = (check: string, detail: string): Finding => ({ status: 'FAIL', check, detail });

/** The secret's current value, and whether it is still the placeholder the stack generated. */
async function checkSecret(target: Target): Promise<{ finding: Finding; secret?: string }> {
  const check = 'signing secret';
  let secrets: string[];
  try {
    secrets = parseSecretString((await storedSigningSecret(target)).value);
  } catch (error) {
    return { finding: fail(check, `cannot be read or used: ${errorText(error)}`) };
  }
  const [secret] = secrets as [string];
  const sm = target.secretsManager();
  try {
    const [described, versions] = await Promise.all([
      sm.send(new DescribeSecretCommand({ SecretId: target.secretId })),
      sm.send(new ListSecretVersionIdsCommand({ SecretId: target.secretId })),
    ]);
    const current = versions.Versions?.find((v) => v.VersionStages?.includes('AWSCURRENT'));
    const created = described.CreatedDate?.getTime();
    const currentSince = current?.CreatedDate?.getTime();
    if (
      created !== undefined &&
      currentSince !== undefined &&
      currentSince - created < PLACEHOLDER_WINDOW_MS
    ) {
      return {
        secret,
        finding: fail(
          check,
          "still the placeholder the stack generated, so no webhook from Lava verifies: store Lava's " +
            `secret with \`lava-webhooks secret set --stage ${target.name}\``,
        ),
      };
    }
    const since = current?.CreatedDate ? `, current since ${current.CreatedDate.toISOString()}` : '';
    const listed = secrets.length > 1 ? `; ${secrets.length} secrets listed (a rotation in progress)` : '';
    return { secret, finding: ok(check, `set${since}${listed}`) };
  } catch (error) {
    return {
      secret,
      finding: warn(check, `readable, but its versions could not be listed: ${errorText(error)}`),
    };
  }
}

async function checkUnsigned(url: string): Promise<Finding> {
  const check = 'unsigned request';
  try {
    const response = await postWebhook(url, JSON.stringify({ event: DOCTOR_EVENT, data: {} }));
    return response.status === 401
      ? ok(check, `refused with 401, as it should be (${url})`)
      : fail(
          check,
          `answered ${response.status} ${response.text}, not 401: the URL is not the ingest function's, or it accepts unsigned requests`,
        );
  } catch (error) {
    return fail(check, `no answer from ${url}: ${errorText(error)}`);
  }
}

async function checkSigned(url: string, secret: string | undefined): Promise<Finding> {
  const check = 'signed test event';
  if (secret === undefined) return fail(check, 'not sent: the signing secret could not be read');
  try {
    const response = await postProbe(url, secret, 'doctor');
    return response.accepted
      ? ok(
          check,
          `accepted with 200 ${response.text} (event ${DOCTOR_EVENT}, which the consumer archives as ignored)`,
        )
      : fail(
          check,
          `answered ${response.status} ${response.text}, not 200 {"received":true}: see the runbook for IngestFailures`,
        );
  } catch (error) {
    return fail(check, `no answer from ${url}: ${errorText(error)}`);
  }
}

async function checkSubscriptions(target: Target): Promise<Finding> {
  const check = 'alarm topic';
  const topicArn = target.outputs?.AlarmTopicArn;
  if (!topicArn)
    return fail(check, 'the stack has no AlarmTopicArn output: deploy this version of the stack');
  const sns = new SNSClient({});
  try {
    const subscriptions: Subscription[] = [];
    let NextToken: string | undefined;
    do {
      const page = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken }));
      subscriptions.push(...(page.Subscriptions ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    const describe = (s: Subscription) => `${s.Protocol} ${s.Endpoint}`;
    const confirmed = subscriptions.filter((s) => s.SubscriptionArn?.startsWith('arn:'));
    const pending = subscriptions.filter((s) => s.SubscriptionArn === 'PendingConfirmation');
    if (confirmed.length > 0) {
      const waiting = pending.length ? `; ${pending.length} pending` : '';
      return ok(
        check,
        `${confirmed.length} confirmed subscription(s): ${confirmed.map(describe).join(', ')}${waiting}`,
      );
    }
    return fail(
      check,
      pending.length
        ? `no confirmed subscription, nobody hears the alarms: ${pending.map(describe).join(', ')} must confirm the mail AWS sent`
        : 'no subscription, nobody hears the alarms: deploy with -c alarmEmail=ADDRESS, or subscribe to the topic',
    );
  } catch (error) {
    return fail(check, `its subscriptions could not be listed: ${errorText(error)}`);
  } finally {
    sns.destroy();
  }
}

async function checkDeadLetters(target: Target): Promise<Finding> {
  const check = 'dead-letter queue';
  try {
    const depth = await queueDepth(target, target.dlqUrl);
    const count = depth.waiting + depth.inFlight;
    return count === 0
      ? ok(check, 'empty')
      : fail(
          check,
          `${count} message(s) failed five times and wait there: fix the cause (runbook, DlqNotEmpty), then ` +
            `\`lava-webhooks redrive --stage ${target.name}\``,
        );
  } catch (error) {
    return fail(check, `could not be read: ${errorText(error)}`);
  }
}

async function checkAlarms(cloudWatch: CloudWatchClient, prefix: string): Promise<Finding> {
  const check = 'alarms';
  try {
    const alarms: MetricAlarm[] = [];
    let NextToken: string | undefined;
    do {
      const page = await cloudWatch.send(
        new DescribeAlarmsCommand({ AlarmNamePrefix: prefix, AlarmTypes: ['MetricAlarm'], NextToken }),
      );
      alarms.push(...(page.MetricAlarms ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    if (alarms.length === 0) return fail(check, `none named ${prefix}*: is this the stack's region?`);
    const firing = alarms.filter((a) => a.StateValue === 'ALARM');
    if (firing.length === 0) return ok(check, `${alarms.length}, none firing`);
    const names = firing.map(
      (a) => `${a.AlarmName?.slice(prefix.length)} (${a.StateReason ?? 'no reason given'})`,
    );
    return fail(
      check,
      `${firing.length} of ${alarms.length} firing: ${names.join('; ')}; see docs/runbook.md`,
    );
  } catch (error) {
    return fail(check, `could not be read: ${errorText(error)}`);
  }
}

async function checkFunctionErrors(
  cloudWatch: CloudWatchClient,
  target: Target,
  since: number,
): Promise<Finding> {
  const check = 'function errors';
  const functions = {
    ingest: target.outputs?.IngestFunctionName,
    consumer: target.outputs?.ConsumerFunctionName,
  };
  if (!functions.ingest || !functions.consumer) {
    return fail(
      check,
      'the stack has no IngestFunctionName/ConsumerFunctionName outputs: deploy this version of the stack',
    );
  }
  const end = Date.now();
  // One data point for the whole window: a period is a multiple of 60 s.
  const period = Math.max(60, Math.ceil((end - since) / 60_000) * 60);
  const hours = Math.round((end - since) / 360_000) / 10;
  try {
    const out = await cloudWatch.send(
      new GetMetricDataCommand({
        StartTime: new Date(since),
        EndTime: new Date(end),
        MetricDataQueries: Object.entries(functions).map(([id, name]) => ({
          Id: id,
          MetricStat: {
            Metric: {
              Namespace: 'AWS/Lambda',
              MetricName: 'Errors',
              Dimensions: [{ Name: 'FunctionName', Value: name }],
            },
            Period: period,
            Stat: 'Sum',
          },
        })),
      }),
    );
    const errors = Object.fromEntries(
      Object.keys(functions).map((id) => [
        id,
        (out.MetricDataResults?.find((r) => r.Id === id)?.Values ?? []).reduce((a, b) => a + b, 0),
      ]),
    );
    const counts = Object.entries(errors)
      .map(([id, n]) => `${id} ${n}`)
      .join(', ');
    return Object.values(errors).some((n) => n > 0)
      ? warn(
          check,
          `${counts} in the last ${hours} h: read the function's error logs (docs/runbook.md, "Logs")`,
        )
      : ok(check, `none in the last ${hours} h`);
  } catch (error) {
    return fail(check, `could not be read: ${errorText(error)}`);
  }
}

/** Every check against a deployed stack, in the order a first deploy needs them. */
async function diagnose(target: Target, since: number): Promise<Finding[]> {
  const cloudWatch = new CloudWatchClient({});
  try {
    const { finding, secret } = await checkSecret(target);
    const findings = [
      finding,
      await checkUnsigned(target.webhookUrl),
      await checkSigned(target.webhookUrl, secret),
    ];
    findings.push(
      ...(await Promise.all([
        checkSubscriptions(target),
        checkDeadLetters(target),
        checkAlarms(cloudWatch, alarmNamePrefix(target.stackName ?? '')),
        checkFunctionErrors(cloudWatch, target, since),
      ])),
    );
    return findings;
  } finally {
    cloudWatch.destroy();
  }
}

export function report(findings: Finding[], io: Io): number {
  const width = Math.max(...findings.map((f) => f.check.length));
  for (const f of findings) io.out(`${f.status.padEnd(4)}  ${f.check.padEnd(width)}  ${f.detail}`);
  const failed = findings.filter((f) => f.status === 'FAIL').length;
  const warned = findings.filter((f) => f.status === 'warn').length;
  io.out(
    failed
      ? `${failed} of ${findings.length} checks failed.`
      : `All ${findings.length} checks passed${warned ? `, ${warned} with a warning` : ''}.`,
  );
  return failed ? 1 : 0;
}

export const run: CommandRun<typeof doctorOptions> = async (values, positionals, io) => {
  noPositionals(positionals);
  if (!isDeployed(values))
    throw new UsageError('doctor checks a deployed stack: give --stage NAME (or --stack-name NAME)');
  const { since } = values;
  if (since >= Date.now()) throw new UsageError('--since must be a time in the past');
  const target = await resolveTarget(targetOptions(values, io.env));
  try {
    io.out(
      target.name === target.stackName
        ? `lava-webhooks doctor: stack ${target.stackName}`
        : `lava-webhooks doctor: stage ${target.name} (${target.stackName})`,
    );
    return report(await diagnose(target, since), io);
  } finally {
    target.close();
  }
};
