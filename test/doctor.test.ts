// `lava-webhooks doctor --stage NAME` against mocked AWS APIs and, for the URL, a loopback server
// running the real ingest handler (or a misconfigured one that accepts anything).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretVersionIdsCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { ListSubscriptionsByTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DOCTOR_EVENT } from '../cli/probe-event';
import { createIngestHandler } from '../lambdas/ingest/ingest';
import type { QueuedWebhook } from '../lambdas/shared/queue-message';
import { WEBHOOK_PATH } from '../lib/definitions';
import { apiEvent } from './helpers/api-event';
import { cli } from './helpers/cli';
import { deployedStage } from './helpers/stack-outputs';

const SECRET = 'whsec_doctor_test_secret';
const DAY = 86_400_000;

/** A loopback URL answering like API Gateway in front of `handle`. */
async function serve(
  handle: (body: string, headers: Record<string, string>) => Promise<{ statusCode?: number; body?: string }>,
) {
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      Object.entries(req.headers as IncomingHttpHeaders).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
    const result = await handle(Buffer.concat(chunks).toString('utf8'), headers);
    res.writeHead(result.statusCode ?? 200, { 'content-type': 'application/json' });
    res.end(result.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`, close: () => new Promise((r) => server.close(r)) };
}

let enqueued: QueuedWebhook[];
let ingest: Awaited<ReturnType<typeof serve>>;
let acceptsAnything: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  // The real ingest decision with the stack's secret; enqueue only records.
  const handler = createIngestHandler({
    secrets: { get: async () => [SECRET], refreshAfterMiss: async () => undefined },
    enqueue: async (message) => void enqueued.push(message),
    write: () => {},
    namespace: 'Test',
    toleranceSeconds: 300,
  });
  ingest = await serve((body, headers) => handler(apiEvent(body, headers)));
  acceptsAnything = await serve(async () => ({ statusCode: 200, body: '{"ok":true}' }));
});
afterAll(async () => {
  await ingest.close();
  await acceptsAnything.close();
});

const cfn = mockClient(CloudFormationClient);
const sm = mockClient(SecretsManagerClient);
const sns = mockClient(SNSClient);
const sqs = mockClient(SQSClient);
const cw = mockClient(CloudWatchClient);

const outputs = (url: string, extra: Record<string, string> = {}) => ({
  WebhookUrl: url,
  SecretArn: 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:signing',
  TableName: 'table',
  QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/111111111111/q',
  QueueArn: 'arn:aws:sqs:eu-west-1:111111111111:q',
  DlqUrl: 'https://sqs.eu-west-1.amazonaws.com/111111111111/dlq',
  DlqArn: 'arn:aws:sqs:eu-west-1:111111111111:dlq',
  EventBusName: 'bus',
  ...extra,
});
const NEW_OUTPUTS = {
  AlarmTopicArn: 'arn:aws:sns:eu-west-1:111111111111:alarms',
  IngestFunctionName: 'LavaWebhooks-prod-IngestFunction',
  ConsumerFunctionName: 'LavaWebhooks-prod-ConsumerFunction',
};
const stackWith = (values: Record<string, string>) => deployedStage(cfn, 'prod', values);
const alarm = (
  name: string,
  state: MetricAlarm['StateValue'],
  reason = 'Threshold Crossed',
): MetricAlarm => ({
  AlarmName: `LavaWebhooks-prod-${name}`,
  StateValue: state,
  StateReason: reason,
});
const ALARMS = [
  'DlqNotEmpty',
  'OldestMessageAge',
  'IngestFailures',
  'SignatureRejectedSpike',
  'ConsumerFailures',
  'LambdaThrottles',
  'DynamoDbThrottles',
];

/** A healthy stage; tests break one thing or several. */
function healthy() {
  stackWith(outputs(ingest.url, NEW_OUTPUTS));
  const created = new Date(Date.now() - 30 * DAY);
  sm.on(GetSecretValueCommand).resolves({ SecretString: SECRET });
  sm.on(DescribeSecretCommand).resolves({ CreatedDate: created });
  sm.on(ListSecretVersionIdsCommand).resolves({
    Versions: [
      { VersionId: 'placeholder', VersionStages: [], CreatedDate: created },
      { VersionId: 'lava', VersionStages: ['AWSCURRENT'], CreatedDate: new Date(Date.now() - 29 * DAY) },
    ],
  });
  sns.on(ListSubscriptionsByTopicCommand).resolves({
    Subscriptions: [
      {
        SubscriptionArn: 'arn:aws:sns:eu-west-1:111111111111:alarms:1',
        Protocol: 'email',
        Endpoint: 'oncall@example.com',
      },
    ],
  });
  sqs.on(GetQueueAttributesCommand).resolves({
    Attributes: { ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' },
  });
  cw.on(DescribeAlarmsCommand).resolves({ MetricAlarms: ALARMS.map((n) => alarm(n, 'OK')) });
  cw.on(GetMetricDataCommand).resolves({
    MetricDataResults: [
      { Id: 'ingest', Values: [0] },
      { Id: 'consumer', Values: [] },
    ],
  });
}

const lineOf = (out: string, check: string) => out.split('\n').find((l) => l.includes(`  ${check}  `)) ?? '';

beforeEach(() => {
  enqueued = [];
  for (const mock of [cfn, sm, sns, sqs, cw]) mock.reset();
});
afterEach(() => {
  for (const mock of [cfn, sm, sns, sqs, cw]) mock.reset();
});

describe('doctor on a healthy stage', () => {
  it('passes every check, and says what it looked at', async () => {
    healthy();
    const r = await cli(['doctor', '--stage', 'prod']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('lava-webhooks doctor: stage prod (LavaWebhooks-prod)');
    expect(lineOf(r.out, 'signing secret')).toMatch(/^ok +signing secret +set, current since /);
    expect(lineOf(r.out, 'unsigned request')).toMatch(/^ok .*401/);
    expect(lineOf(r.out, 'signed test event')).toMatch(/^ok .*200 \{"received":true\}/);
    expect(lineOf(r.out, 'alarm topic')).toMatch(
      /^ok .*1 confirmed subscription\(s\): email oncall@example.com/,
    );
    expect(lineOf(r.out, 'dead-letter queue')).toMatch(/^ok .*empty/);
    expect(lineOf(r.out, 'alarms')).toMatch(/^ok .*7, none firing/);
    expect(lineOf(r.out, 'function errors')).toMatch(/^ok .*none in the last 24 h/);
    expect(r.out).toContain('All 7 checks passed.');
    expect(r.out).not.toContain(SECRET);
  });

  it('posts one signed test event, which the real ingest verified and queued, and one unsigned it refused', async () => {
    healthy();
    await cli(['doctor', '--stage', 'prod']);
    expect(enqueued).toHaveLength(1);
    expect(enqueued[0]).toMatchObject({ eventType: DOCTOR_EVENT });
    expect(JSON.parse(enqueued[0]?.raw.toString() ?? '{}').data.connection_id).toMatch(/^con_test_/);
  });

  it("reads the stack's own alarms, DLQ, topic and functions", async () => {
    healthy();
    await cli(['doctor', '--stage', 'prod', '--since', '2h']);
    expect(cw.commandCalls(DescribeAlarmsCommand)[0]?.args[0].input).toMatchObject({
      AlarmNamePrefix: 'LavaWebhooks-prod-',
    });
    expect(sqs.commandCalls(GetQueueAttributesCommand)[0]?.args[0].input.QueueUrl).toBe(outputs('').DlqUrl);
    expect(sns.commandCalls(ListSubscriptionsByTopicCommand)[0]?.args[0].input.TopicArn).toBe(
      NEW_OUTPUTS.AlarmTopicArn,
    );
    const query = cw.commandCalls(GetMetricDataCommand)[0]?.args[0].input;
    const functions = query?.MetricDataQueries?.map((q) => q.MetricStat?.Metric?.Dimensions?.[0]?.Value);
    expect(functions).toEqual([NEW_OUTPUTS.IngestFunctionName, NEW_OUTPUTS.ConsumerFunctionName]);
    const window = (query?.EndTime?.getTime() ?? 0) - (query?.StartTime?.getTime() ?? 0);
    expect(Math.round(window / 60_000)).toBe(120);
  });
});

describe('doctor on a stage with problems', () => {
  it('fails each broken check with what to do, and exits 1', async () => {
    healthy();
    stackWith(outputs(acceptsAnything.url, NEW_OUTPUTS));
    const created = new Date(Date.now() - DAY);
    sm.on(DescribeSecretCommand).resolves({ CreatedDate: created });
    sm.on(ListSecretVersionIdsCommand).resolves({
      Versions: [
        { VersionId: 'only', VersionStages: ['AWSCURRENT'], CreatedDate: new Date(created.getTime() + 2000) },
      ],
    });
    sns.on(ListSubscriptionsByTopicCommand).resolves({
      Subscriptions: [
        { SubscriptionArn: 'PendingConfirmation', Protocol: 'email', Endpoint: 'oncall@example.com' },
      ],
    });
    sqs.on(GetQueueAttributesCommand).resolves({
      Attributes: { ApproximateNumberOfMessages: '2', ApproximateNumberOfMessagesNotVisible: '1' },
    });
    cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        ...ALARMS.filter((n) => n !== 'DlqNotEmpty').map((n) => alarm(n, 'OK')),
        alarm('DlqNotEmpty', 'ALARM', 'Threshold Crossed: 1 datapoint [3.0]'),
      ],
    });
    cw.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'ingest', Values: [0] },
        { Id: 'consumer', Values: [3, 1] },
      ],
    });
    const r = await cli(['doctor', '--stage', 'prod']);
    expect(r.code).toBe(1);
    expect(lineOf(r.out, 'signing secret')).toMatch(
      /^FAIL .*placeholder.*lava-webhooks secret set --stage prod/,
    );
    expect(lineOf(r.out, 'unsigned request')).toMatch(/^FAIL .*answered 200 .*not 401/);
    // 200, but not the HTTP contract's answer: this is not the ingest function.
    expect(lineOf(r.out, 'signed test event')).toMatch(
      /^FAIL .*answered 200 \{"ok":true\}, not 200 \{"received":true\}/,
    );
    expect(lineOf(r.out, 'alarm topic')).toMatch(
      /^FAIL .*no confirmed subscription.*email oncall@example.com must confirm/,
    );
    expect(lineOf(r.out, 'dead-letter queue')).toMatch(/^FAIL .*3 message\(s\).*redrive --stage prod/);
    expect(lineOf(r.out, 'alarms')).toMatch(/^FAIL .*1 of 7 firing: DlqNotEmpty \(Threshold Crossed/);
    expect(lineOf(r.out, 'function errors')).toMatch(/^warn .*ingest 0, consumer 4 in the last 24 h/);
    expect(r.out).toContain('6 of 7 checks failed.');
  });

  it('fails the signed event when the URL refuses the stored secret', async () => {
    healthy();
    sm.on(GetSecretValueCommand).resolves({ SecretString: '{"current":"whsec_not_what_ingest_has"}' });
    const r = await cli(['doctor', '--stage', 'prod']);
    expect(r.code).toBe(1);
    expect(lineOf(r.out, 'signed test event')).toMatch(/^FAIL .*answered 401 .*not 200/);
    expect(enqueued).toEqual([]);
  });

  it('fails when nothing answers at the URL or the secret cannot be read', async () => {
    healthy();
    stackWith(outputs('http://127.0.0.1:9/webhooks/lava', NEW_OUTPUTS));
    sm.on(GetSecretValueCommand).rejects(new Error('AccessDeniedException: not allowed'));
    const r = await cli(['doctor', '--stage', 'prod']);
    expect(r.code).toBe(1);
    expect(lineOf(r.out, 'signing secret')).toMatch(/^FAIL .*cannot be read.*AccessDenied/);
    expect(lineOf(r.out, 'unsigned request')).toMatch(/^FAIL .*no answer from http:\/\/127.0.0.1:9/);
    expect(lineOf(r.out, 'signed test event')).toMatch(/^FAIL .*not sent/);
  });

  it('asks for a redeploy when the stack predates the outputs it needs', async () => {
    healthy();
    stackWith(outputs(ingest.url));
    const r = await cli(['doctor', '--stage', 'prod']);
    expect(r.code).toBe(1);
    expect(lineOf(r.out, 'alarm topic')).toMatch(/^FAIL .*no AlarmTopicArn output: deploy/);
    expect(lineOf(r.out, 'function errors')).toMatch(/^FAIL .*no IngestFunctionName\/ConsumerFunctionName/);
  });
});

describe('doctor usage', () => {
  it('needs --stage, and a readable --since', async () => {
    expect(await cli(['doctor'])).toMatchObject({ code: 2, err: expect.stringContaining('--stage NAME') });
    expect(await cli(['doctor', '--stage', 'prod', '--since', 'tomorrow'])).toMatchObject({ code: 2 });
  });
});
