// The CLI without a running stack: help, usage errors, parsing, and the deployed-stage paths against
// mocked AWS clients (CloudFormation outputs, SQS message move task, Secrets Manager rotation).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  GetFunctionConfigurationCommand,
  LambdaClient,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
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
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../cli/cli';
import { COMMANDS } from '../cli/commands/all';
import { readHiddenLine } from '../cli/io';
import { progressBar } from '../cli/progress';
import { parseTime } from '../cli/time';
import { parseEvent } from '../lambdas/core/parse-event';
import { parseEnvelope } from '../lambdas/shared/envelope';
import { KNOWN_EVENTS, sampleData } from '../lambdas/shared/sample-events';
import { parseSecretString } from '../lambdas/shared/secret-value';
import { verifySignature } from '../lambdas/shared/verify-signature';
import { WEBHOOK_PATH } from '../lib/definitions';
import { STATE_DIR_ENV } from '../local/stack-file';
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
    expect(await cli(['secret', 'frobnicate'])).toMatchObject({ code: 2 });
    expect(await cli(['connection'])).toMatchObject({ code: 2 });
  });

  it('says clearly when the local stack is not running, or its stack.json is stale', async () => {
    const missing = await cli(['connection', 'con_x', '--state-dir', emptyState]);
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('npm start') });
    const stale = mkdtempSync(join(tmpdir(), 'lava-cli-stale-'));
    writeFileSync(join(stale, 'stack.json'), JSON.stringify({ pid: 2 ** 22 + 12_345, url: 'http://x' }));
    const gone = await cli(['events', '--state-dir', stale]);
    expect(gone).toMatchObject({ code: 1, err: expect.stringContaining('is gone') });
    // A pid that is alive but belongs to another process now (reused after a restart).
    const reused = mkdtempSync(join(tmpdir(), 'lava-cli-reused-'));
    const another = { pid: process.pid, startTime: 'not-this-process', url: 'http://x' };
    writeFileSync(join(reused, 'stack.json'), JSON.stringify(another));
    const reusedPid = await cli(['events', '--state-dir', reused]);
    expect(reusedPid).toMatchObject({ code: 1, err: expect.stringContaining('is gone') });
    // LOCAL_STATE_DIR in the command's environment chooses the folder, as --state-dir does.
    const byEnv = await cli(['events'], { env: { [STATE_DIR_ENV]: reused } });
    expect(byEnv).toMatchObject({ code: 1, err: expect.stringContaining(`${reused}/stack.json`) });
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
    ['-30m', now - 30 * 60_000],
    ['+5m', now + 5 * 60_000],
    ['now', now],
  ])('reads %s', (text, expected) => expect(parseTime(text, now)).toBe(expected));
  it.each(['', 'yesterday', '5w', '12', '2026-13-45', '--5m'])('refuses %j', (text) =>
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
    IngestFunctionName: 'LavaWebhooks-prod-Ingest',
    ConsumerFunctionName: 'LavaWebhooks-prod-Consumer',
  };
  // The deployed URL: verifies what it is sent against the secret last stored (API Gateway and
  // ingest have no local server of their own here), as the secret commands' probe needs.
  let deployed: Server;
  beforeAll(async () => {
    deployed = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const stored = sm.commandCalls(PutSecretValueCommand).at(-1)?.args[0].input.SecretString;
        const plain = req.headers['x-webhook-signature'];
        const ok = verifySignature(
          Buffer.concat(chunks),
          { plain: String(plain) },
          parseSecretString(stored),
          {
            nowSeconds: 0,
            toleranceSeconds: 0,
          },
        ).ok;
        res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
        res.end(ok ? '{"received":true}' : '{"error":"Invalid signature"}');
      });
    });
    await new Promise<void>((resolve) => deployed.listen(0, '127.0.0.1', resolve));
    outputs.WebhookUrl = `http://127.0.0.1:${(deployed.address() as AddressInfo).port}${WEBHOOK_PATH}`;
  });
  afterAll(() => deployed.close());
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
    // It returned once a probe signed with the new secret was accepted, the refresh gate waited out.
    expect(r.out).toContain('prod accepts it: a probe signed with it answered 200');
    expect(sm.commandCalls(PutSecretValueCommand)[0]?.args[0].input).toEqual({
      SecretId: outputs.SecretArn,
      SecretString: '{"current":"whsec_new","previous":"whsec_old"}',
    });
    expect(`${r.out}${r.err}`).not.toMatch(/whsec/);
  });

  it('asks for the new secret on a terminal, without echo', async () => {
    sm.on(GetSecretValueCommand).resolves({ SecretString: 'whsec_old' });
    sm.on(PutSecretValueCommand).resolves({ VersionId: 'v3' });
    const { io, out, err, prompts } = captureIo({ typed: 'whsec_typed' });
    expect(await run(['secret', 'rotate', '--stage', 'prod'], io)).toBe(0);
    expect(prompts).toEqual(['New signing secret (not echoed): ']);
    expect(sm.commandCalls(PutSecretValueCommand)[0]?.args[0].input.SecretString).toBe(
      '{"current":"whsec_typed","previous":"whsec_old"}',
    );
    expect([...out, ...err].join('\n')).not.toMatch(/whsec/);
  });

  it('with --now, restarts ingest and the consumer through a configuration update, keeping their variables', async () => {
    const lambda = mockClient(LambdaClient);
    try {
      sm.on(GetSecretValueCommand).resolves({
        SecretString: '{"current":"whsec_new","previous":"whsec_old"}',
      });
      sm.on(PutSecretValueCommand).resolves({ VersionId: 'v4' });
      const updating = { Environment: { Variables: { TABLE_NAME: 't' } }, RevisionId: 'rev1' };
      lambda
        .on(GetFunctionConfigurationCommand)
        .resolvesOnce({ ...updating, LastUpdateStatus: 'Successful' })
        .resolvesOnce({ ...updating, LastUpdateStatus: 'Successful' })
        .resolvesOnce({ ...updating, LastUpdateStatus: 'InProgress' })
        .resolves({ ...updating, LastUpdateStatus: 'Successful' });
      const r = await cli(['secret', 'retire', '--now', '--stage', 'prod']);
      expect(r).toMatchObject({
        code: 0,
        out: expect.stringContaining('1 secret(s) no longer stored: refused from now on'),
      });
      const updates = lambda.commandCalls(UpdateFunctionConfigurationCommand).map((c) => c.args[0].input);
      expect(updates).toEqual(
        [outputs.IngestFunctionName, outputs.ConsumerFunctionName].map((FunctionName) => ({
          FunctionName,
          RevisionId: 'rev1',
          Environment: { Variables: { TABLE_NAME: 't', SIGNING_SECRET_VERSION: 'v4' } },
        })),
      );
      // It waited for Lambda to finish the update before saying the old secret is refused.
      expect(lambda.commandCalls(GetFunctionConfigurationCommand).length).toBeGreaterThanOrEqual(5);
    } finally {
      lambda.restore();
    }
  });

  it('refuses a stage whose stack lacks outputs, naming them', async () => {
    cfn.on(DescribeStacksCommand).resolves({
      Stacks: [{ StackName: 'x', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [] }],
    });
    const r = await cli(['events', '--stage', 'dev']);
    expect(r).toMatchObject({ code: 1, err: expect.stringContaining('QueueUrl') });
  });
});

describe('version and help', () => {
  it('prints the version of package.json, and a command’s help with `help <command>`', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, out: version, err: '' });
    const help = await cli(['help', 'send']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: lava-webhooks send <event>/);
    expect(help.out).toBe((await cli(['send', '--help'])).out);
    expect(await cli(['help', 'nope'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown command'),
    });
  });
});

describe('send, to any URL', () => {
  let server: Server;
  let url: string;
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"received":true}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`;
  });
  afterAll(() => server.close());
  const send = (...args: string[]) => cli(['send', ...args, '--url', url, '--secret', 'whsec_test']);
  const last = () => {
    const r = received.at(-1);
    return { ...r, data: JSON.parse(r?.body ?? '{}').data as Record<string, unknown> };
  };

  it('--time implies the timestamped scheme; negative durations and ISO times parse', async () => {
    const before = Math.floor(Date.now() / 1000);
    expect(await send('connection.created', '--time', '-4m')).toMatchObject({ code: 0, err: '' });
    const t = Number(/^t=(\d+),v1=[0-9a-f]{64}$/.exec(String(last().headers?.['x-lava-signature']))?.[1]);
    expect(t).toBeGreaterThanOrEqual(before - 240);
    expect(t).toBeLessThanOrEqual(before - 239);
    expect(last().headers?.['x-webhook-signature']).toBeUndefined();

    expect((await send('connection.created', '--time', '2026-11-27T10:00:00Z')).code).toBe(0);
    expect(last().headers?.['x-lava-signature']).toMatch(/^t=1795773600,v1=/);
    expect(await send('connection.created', '--scheme', 'plain', '--time', '5m')).toMatchObject({ code: 2 });
  });

  it('warns before sending a time beyond the signature tolerance', async () => {
    const ahead = await send('connection.created', '--time', '+6m');
    expect(ahead.err).toMatch(/^warning: --time is 6 min ahead, beyond the signature tolerance \(300 s/);
  });

  it('--connection goes into --data (its id field, or the event’s usual one)', async () => {
    await send(
      'connection.created',
      '--connection',
      'con_1',
      '--data',
      '{"connection_id":"x","has_lava_credit_balance":true}',
    );
    expect(last().data).toEqual({ connection_id: 'con_1', has_lava_credit_balance: true });
    await send('customer.created', '--connection', 'con_2', '--data', '{"has_lava_credit_balance":true}');
    expect(last().data).toEqual({ customer_id: 'con_2', has_lava_credit_balance: true });
    await send('connection.deleted', '--data', '{"connection_id":"kept"}');
    expect(last().data).toEqual({ connection_id: 'kept' });
  });

  it('prints one JSON object with --json (no verdict for a URL that is not the local stack’s)', async () => {
    const r = await send('connection.created', '--json');
    expect(JSON.parse(r.out)).toEqual({
      status: 200,
      body: { received: true },
      deliveryId: null,
      verdict: null,
      connection: null,
    });
  });
});

describe('without a running stack', () => {
  it('domain-events reads the state folder: a table, or JSON lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lava-cli-domain-'));
    const line = (connectionId: string, detailType: string) =>
      JSON.stringify({
        id: 'x',
        time: '2026-11-27T12:00:00.000Z',
        eventBusName: 'bus',
        source: 'lava-webhooks',
        detailType,
        detail: {
          connectionId,
          eventType: 'connection.wallet.balance.updated',
          eventAt: '2026-11-27T12:00:00.000Z',
          sourceEventId: 'ab'.repeat(32),
          walletBalance: '0.00',
        },
      });
    writeFileSync(
      join(dir, 'domain-events.jsonl'),
      `${line('con_1', 'BalanceDepleted')}\n${line('con_2', 'BalanceRestored')}\n`,
    );
    const table = await cli(['domain-events', '--state-dir', dir, '--connection', 'con_1']);
    expect(table).toEqual({
      code: 0,
      out: '2026-11-27 12:00:00  BalanceDepleted    con_1                       connection.wallet.balance.updated  abababababab  walletBalance=0.00',
      err: '',
    });
    const json = await cli(['domain-events', '--state-dir', dir, '--json', '--limit', '1']);
    expect(JSON.parse(json.out)).toMatchObject({
      detailType: 'BalanceRestored',
      detail: { connectionId: 'con_2' },
    });
    expect(await cli(['domain-events', '--stage', 'prod'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('EventBridge'),
    });
  });

  it('secret show reads the state folder’s secret, and refuses a deployed stage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lava-cli-secret-'));
    const stored = {
      secretString: '{"current":"whsec_a","previous":"whsec_b"}',
      versionId: 'v',
      createdDate: 1,
    };
    writeFileSync(join(dir, 'secret.json'), JSON.stringify(stored));
    expect(await cli(['secret', 'show', '--state-dir', dir])).toMatchObject({ code: 0, out: 'whsec_a' });
    expect(await cli(['secret', 'show', '--stage', 'prod'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('local stack only'),
    });
  });

  it('status says the stack is not running', async () => {
    expect(await cli(['status', '--state-dir', emptyState])).toMatchObject({
      code: 1,
      err: expect.stringContaining('npm start'),
    });
  });

  it('ends quietly when the reader of its output goes away (… | head -1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lava-cli-pipe-'));
    const line = JSON.stringify({
      id: 'x',
      time: '2026-11-27T12:00:00.000Z',
      detailType: 'ConnectionCreated',
      detail: { connectionId: 'con_x' },
    });
    writeFileSync(join(dir, 'domain-events.jsonl'), `${line}\n`.repeat(5_000)); // far beyond a pipe's buffer
    const script = `node bin/lava-webhooks.js domain-events --limit 5000 --state-dir '${dir}' | head -1`;
    const { stdout, stderr } = await promisify(execFile)('bash', ['-o', 'pipefail', '-c', script]);
    expect(stdout).toMatch(/^2026-11-27 12:00:00 {2}ConnectionCreated/);
    expect(stderr).toBe('');
  });
});

describe('reading a secret without echo', () => {
  it('echoes nothing, honours backspace, ends at Enter; gives up on Ctrl-C', async () => {
    const terminal = () => {
      const input = Object.assign(new PassThrough(), { isTTY: true, raw: [] as boolean[] });
      const setRawMode = (raw: boolean) => input.raw.push(raw);
      return Object.assign(input, { setRawMode });
    };
    const input = terminal();
    const shown: string[] = [];
    const output = new Writable({
      write(chunk, _enc, done) {
        shown.push(String(chunk));
        done();
      },
    });
    const read = readHiddenLine(input, output, 'Secret: ');
    input.write('whsec_x');
    input.write('y\u007fz\r');
    expect(await read).toBe('whsec_xz');
    expect(shown.join('')).toBe('Secret: \n');
    expect(input.raw).toEqual([true, false]);

    const cancelled = terminal();
    const gaveUp = readHiddenLine(cancelled, output, 'Secret: ');
    cancelled.write('abc\u0003');
    expect(await gaveUp).toBeUndefined();
    expect(await readHiddenLine(new PassThrough(), output, 'Secret: ')).toBeUndefined(); // not a terminal
  });
});
