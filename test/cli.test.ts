// The CLI without a running stack: help, usage errors, parsing, and the deployed-stage paths against
// mocked AWS clients (CloudFormation outputs, SQS message move task, Secrets Manager rotation).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import {
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../bin/cli';
import { KNOWN_EVENTS, sampleData } from '../bin/commands/sample-events';
import { progressBar } from '../bin/progress';
import { parseTime } from '../bin/time';
import { parseEvent } from '../lambdas/consumer/parse-event';
import { parseEnvelope } from '../lambdas/shared/envelope';
import { captureIo, cli } from './helpers/cli';
import { deployedStage } from './helpers/stack-outputs';

const emptyState = mkdtempSync(join(tmpdir(), 'lava-cli-'));

describe('command line', () => {
  it('prints help for the tool and for every command', async () => {
    const main = await cli(['--help']);
    expect(main.code).toBe(0);
    for (const command of COMMANDS) {
      expect(main.out).toContain(command.name);
      const help = await cli([command.name, '--help']);
      expect(help.code).toBe(0);
      expect(help.out).toContain(`Usage: lava-webhooks ${command.name}`);
      expect(help.out).toContain('--stage NAME');
    }
  });

  it('refuses unknown commands, unknown options and missing arguments with exit code 2', async () => {
    expect(await cli(['frobnicate'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown command'),
    });
    expect(await cli(['events', '--bogus'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--bogus'),
    });
    expect(await cli(['send'])).toMatchObject({ code: 2, err: expect.stringContaining('event name') });
    expect(await cli(['send', 'connection.created', '--scheme', 'md5'])).toMatchObject({ code: 2 });
    expect(await cli(['replay'])).toMatchObject({ code: 2, err: expect.stringContaining('--since') });
    expect(await cli(['replay', '--since', 'last tuesday'])).toMatchObject({ code: 2 });
    expect(await cli(['secret', 'show'])).toMatchObject({ code: 2 });
    expect(await cli(['connection'])).toMatchObject({ code: 2 });
  });

  it('says clearly when the local stack is not running, or its stack.json is stale', async () => {
    const missing = await cli(['connection', 'con_x', '--state-dir', emptyState]);
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('npm start') });
    const stale = mkdtempSync(join(tmpdir(), 'lava-cli-stale-'));
    writeFileSync(join(stale, 'stack.json'), JSON.stringify({ pid: 2 ** 22 + 12_345, url: 'http://x' }));
    const gone = await cli(['events', '--state-dir', stale]);
    expect(gone).toMatchObject({ code: 1, err: expect.stringContaining('is gone') });
  });
});

describe('sample events', () => {
  it.each(KNOWN_EVENTS)('%s is a valid Lava payload the consumer understands', (event) => {
    const envelope = parseEnvelope(JSON.stringify({ event, data: sampleData(event, 'con_s') }));
    expect(envelope.ok).toBe(true);
    if (!envelope.ok) return;
    const identity = {
      eventId: 'a'.repeat(64),
      contentId: 'a'.repeat(64),
      time: Date.now(),
      arrival: Date.now(),
    };
    const parsed = parseEvent(envelope.envelope, JSON.stringify(envelope.envelope), identity);
    expect(parsed).toMatchObject({ kind: 'event', event: { connectionId: 'con_s' } });
  });
});

describe('parseTime', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  it.each([
    ['30m', now - 30 * 60_000],
    ['2h', now - 7_200_000],
    ['7d', now - 7 * 86_400_000],
    ['1795000000', 1_795_000_000_000],
    ['2026-11-26', Date.parse('2026-11-26T00:00:00Z')],
    ['2026-11-26T10:00:00+01:00', Date.parse('2026-11-26T09:00:00Z')],
  ])('reads %s', (text, expected) => expect(parseTime(text, now)).toBe(expected));
  it.each(['', 'yesterday', '5w', '12', '2026-13-45'])('refuses %j', (text) =>
    expect(parseTime(text, now)).toBeUndefined(),
  );
});

describe('progress bar', () => {
  it('draws on a terminal only', () => {
    const tty = captureIo({ tty: true });
    const bar = progressBar(tty.io, 'Moving', 4);
    bar.update(1);
    bar.update(4);
    bar.finish();
    expect(tty.raw.join('')).toContain('4/4');
    expect(tty.raw.at(-1)).toBe('\n');
    const pipe = captureIo({ tty: false });
    const quiet = progressBar(pipe.io, 'Moving', 4);
    quiet.update(2);
    quiet.finish();
    expect(pipe.raw).toEqual([]);
  });
});

describe('a deployed stage', () => {
  const cfn = mockClient(CloudFormationClient);
  const sqs = mockClient(SQSClient);
  const sm = mockClient(SecretsManagerClient);
  const outputs = {
    WebhookUrl: 'https://abc.execute-api.eu-west-1.amazonaws.com/webhooks/lava',
    SecretArn: 'arn:aws:secretsmanager:eu-west-1:1:secret:lava',
    TableName: 'LavaWebhooks-prod-Table',
    QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/1/q',
    QueueArn: 'arn:aws:sqs:eu-west-1:1:q',
    DlqUrl: 'https://sqs.eu-west-1.amazonaws.com/1/dlq',
    DlqArn: 'arn:aws:sqs:eu-west-1:1:dlq',
    EventBusName: 'lava-bus',
    DashboardUrl: 'https://console.aws.amazon.com/cloudwatch',
  };
  beforeEach(() => {
    cfn.reset();
    sqs.reset();
    sm.reset();
    deployedStage(cfn, 'prod', outputs);
  });
  afterEach(() => {
    cfn.reset();
    sqs.reset();
    sm.reset();
  });

  it('redrives with an SQS message move task from the stack outputs’ DLQ to its queue', async () => {
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { ApproximateNumberOfMessages: '3' } });
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task' });
    sqs.on(ListMessageMoveTasksCommand).resolves({
      Results: [
        { Status: 'COMPLETED', ApproximateNumberOfMessagesMoved: 3, ApproximateNumberOfMessagesToMove: 3 },
      ],
    });
    const r = await cli(['redrive', '--stage', 'prod']);
    expect(r).toMatchObject({ code: 0, out: 'Moved 3 messages from the DLQ back to the queue.' });
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)[0]?.args[0].input).toEqual({
      SourceArn: outputs.DlqArn,
      DestinationArn: outputs.QueueArn,
    });
  });

  it('rotates the secret to {"current":new,"previous":old} without printing either', async () => {
    sm.on(GetSecretValueCommand).resolves({
      SecretString: '{"current":"whsec_old","previous":"whsec_older"}',
    });
    sm.on(PutSecretValueCommand).resolves({ VersionId: 'v2' });
    const r = await cli(['secret', 'rotate', '--stage', 'prod'], { stdin: 'whsec_new\n' });
    expect(r.code).toBe(0);
    expect(sm.commandCalls(PutSecretValueCommand)[0]?.args[0].input).toEqual({
      SecretId: outputs.SecretArn,
      SecretString: '{"current":"whsec_new","previous":"whsec_old"}',
    });
    expect(`${r.out}${r.err}`).not.toMatch(/whsec/);
  });

  it('refuses a stage whose stack lacks outputs, naming them', async () => {
    cfn.on(DescribeStacksCommand).resolves({
      Stacks: [{ StackName: 'x', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [] }],
    });
    const r = await cli(['events', '--stage', 'dev']);
    expect(r).toMatchObject({ code: 1, err: expect.stringContaining('QueueUrl') });
  });
});
