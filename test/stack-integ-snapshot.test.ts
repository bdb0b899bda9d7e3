// The integration test offline (CI): its app, synthesized as integ-runner synthesizes it, matches the
// snapshot that its last run on AWS wrote, in integ-runner's format; the assertions it would run are
// wired to the right things; integ-runner finds the test. `npm run integ` runs it on AWS.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST_METRICS } from '../lambdas/ingest/outcomes';
import { fromSqsRecord } from '../lambdas/shared/queue-message';
import { SPILL_KEY_PREFIX, SPILL_PARTITION } from '../lambdas/shared/table-schema';
import { verifySignature } from '../lambdas/shared/verify-signature';
import { PROJECT_ROOT } from '../lib/bundling';
import { assertionResults } from './integ/assertion-results';
import { INTEG_SECRET } from './integ/integ-app';
import {
  assemblyTemplates,
  canonicalTemplate,
  INTEG_TEST_FILE,
  SNAPSHOT_DIR,
  synthIntegAssembly,
  templateDifferences,
  testCases,
} from './integ/snapshot';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Template = { Resources: Record<string, Resource> };

let assembly: string;
let templates: Record<string, unknown>;
beforeAll(() => {
  assembly = synthIntegAssembly({ bundle: false });
  templates = assemblyTemplates(assembly);
}, 120_000);
afterAll(() => rmSync(assembly, { recursive: true, force: true }));

const assertStack = () =>
  Object.entries(templates).find(([file]) => file.includes('DeployAssert'))?.[1] as Template;
const callsOf = (type: string) =>
  Object.entries(assertStack().Resources).filter(([, r]) => r.Type === `Custom::DeployAssert@${type}`);
const calls = (type: string) => callsOf(type).map(([, r]) => r);
/** The API call's parameters as sent: each one JSON, tokens resolved at deploy time. */
const parameters = (r: Resource | undefined) => (r?.Properties.parameters ?? {}) as Record<string, unknown>;
const decoded = (value: unknown) => JSON.parse(String(value)) as unknown;
/** The logical id and attribute of a `Fn::GetAtt` inside a parameter's token. */
const getAtt = (value: unknown) =>
  JSON.stringify(value)
    .match(/"Fn::GetAtt":\["(\w+)","([^"]+)"\]/)
    ?.slice(1);

describe('integration test', () => {
  it('synthesizes, as integ-runner does, to its snapshot (a changed stack needs `npm run integ` to prove it again)', () => {
    const differences = templateDifferences(assemblyTemplates(SNAPSHOT_DIR), templates);
    expect(
      differences,
      `The integration test stacks differ from ${relative(PROJECT_ROOT, SNAPSHOT_DIR)}: run \`npm run integ\` ` +
        '(deploys a throwaway stage; docs/contributing.md, "Integration test"), which refreshes the snapshot when it passes.',
    ).toEqual([]);
    expect(testCases(SNAPSHOT_DIR)).toEqual(testCases(assembly));
  });

  it("keeps its snapshot in integ-runner's format, beside the test file, without asset folders or stack traces", () => {
    expect(SNAPSHOT_DIR).toBe(`${INTEG_TEST_FILE}.snapshot`);
    for (const file of ['manifest.json', 'integ.json', 'tree.json', ...Object.keys(templates)])
      expect(existsSync(join(SNAPSHOT_DIR, file)), file).toBe(true);
    for (const file of readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(join(SNAPSHOT_DIR, file), 'utf8');
      expect(text, file).not.toContain('"trace"');
      expect(text, file).not.toContain(PROJECT_ROOT); // nothing of the machine that wrote it
    }
    expect(readdirSync(SNAPSHOT_DIR).filter((f) => f.startsWith('asset.') || f === '.cache')).toEqual([]);
  });

  it('has the test stage and one assertion stack', () => {
    expect(Object.keys(templates).sort()).toEqual([
      'LavaWebhooks-integ.template.json',
      expect.stringMatching(/^LavaWebhooksIntegDefaultTestDeployAssert\w+\.template\.json$/),
    ]);
  });

  it('posts a webhook that the stored secret verifies, after storing that secret', () => {
    const [put] = calls('SdkCallSecretsManagerputSecretValue');
    expect(parameters(put)).toMatchObject({ SecretString: `"${INTEG_SECRET}"` });
    const [post] = calls('HttpCall');
    const { fetchOptions } = parameters(post) as {
      fetchOptions: { method: string; body: string; headers: Record<string, string> };
    };
    expect(fetchOptions.method).toBe('POST');
    const verified = verifySignature(
      Buffer.from(fetchOptions.body),
      { plain: fetchOptions.headers['x-webhook-signature'] },
      [INTEG_SECRET],
      { nowSeconds: 0, toleranceSeconds: 0 },
    );
    expect(verified.ok).toBe(true);
    expect(JSON.parse(fetchOptions.body)).toMatchObject({ event: 'connection.created' });
  });

  it('waits for each outcome with a deadline', () => {
    for (const type of [
      'HttpCall',
      'SdkCallDynamoDBgetItem',
      'SdkCallSQSreceiveMessage',
      'SdkCallCloudWatchgetMetricData',
      'SdkCallCloudWatchdescribeAlarmHistory',
      'SdkCallDynamoDBquery',
    ]) {
      expect(calls(type).length, type).toBeGreaterThan(0);
      for (const call of calls(type)) {
        expect(call.Properties, type).toHaveProperty('stateMachineArn');
        expect(call.Properties.expected, type).toEqual(expect.any(String));
      }
    }
  });

  it("reads only this run's alarm history: since the alarm's state change, its newest record, one field", () => {
    const [[describeId]] = callsOf('SdkCallCloudWatchdescribeAlarms') as [[string, Resource]];
    const [setAlarm] = calls('SdkCallCloudWatchsetAlarmState');
    expect(JSON.stringify(parameters(setAlarm))).toMatch(
      /"OutputName":"PublishOutputRefMonitoringDlqNotEmpty/,
    );
    const [history] = calls('SdkCallCloudWatchdescribeAlarmHistory');
    const p = parameters(history);
    expect(getAtt(p.StartDate)).toEqual([describeId, 'apiCallResponse.MetricAlarms.0.StateUpdatedTimestamp']);
    expect(decoded(p.MaxRecords)).toBe(1);
    expect(history?.Properties.outputPaths).toEqual(['AlarmHistoryItems.0.HistorySummary']);
    expect(String(history?.Properties.expected)).toContain('Successfully executed action');
  });

  it("sees ingest's Accepted metric (Service=ingest) between the alarm's change and the connection's write", () => {
    const [[describeId]] = callsOf('SdkCallCloudWatchdescribeAlarms') as [[string, Resource]];
    const [metric] = calls('SdkCallCloudWatchgetMetricData');
    const p = parameters(metric);
    expect(decoded(p.MetricDataQueries)).toEqual([
      {
        Id: 'accepted',
        MetricStat: {
          Metric: {
            Namespace: 'LavaWebhooks/integ',
            MetricName: INGEST_METRICS.accepted,
            Dimensions: [{ Name: 'Service', Value: 'ingest' }],
          },
          Period: 60,
          Stat: 'Maximum',
        },
      },
    ]);
    expect(getAtt(p.StartTime)).toEqual([describeId, 'apiCallResponse.MetricAlarms.0.StateUpdatedTimestamp']);
    expect(getAtt(p.EndTime)?.[1]).toBe('apiCallResponse.Item.updatedAt.S');
    expect(metric?.Properties.outputPaths).toEqual(['MetricDataResults.0.Values.0']);
  });

  it('seeds a spill item as ingest writes it, signed with the stored secret, and waits until the drainer moved it', () => {
    const [seed] = calls('SdkCallDynamoDBputItem');
    const item = decoded(parameters(seed).Item) as Record<string, { S?: string }>;
    expect(item.pk?.S?.startsWith(SPILL_KEY_PREFIX)).toBe(true);
    expect(item.gsi1pk?.S).toBe(SPILL_PARTITION);
    const message = fromSqsRecord({
      body: item.messageBody?.S ?? '',
      messageAttributes: Object.fromEntries(
        Object.entries(
          JSON.parse(item.messageAttributes?.S ?? '{}') as Record<string, { StringValue: string }>,
        ).map(([name, v]) => [name, { stringValue: v.StringValue, dataType: 'String' } as never]),
      ),
    });
    if (typeof message === 'string') throw new Error(message);
    const options = { nowSeconds: 0, toleranceSeconds: 0 };
    expect(verifySignature(message.raw, { plain: message.plainSignature }, [INTEG_SECRET], options).ok).toBe(
      true,
    );
    const [query] = calls('SdkCallDynamoDBquery');
    expect(decoded(parameters(query).ExpressionAttributeValues)).toEqual({
      ':spills': { S: SPILL_PARTITION },
    });
    expect(String(query?.Properties.expected)).toContain('"Count":0');
  });
});

describe('integ-runner', () => {
  const integRunner = (...args: string[]) =>
    promisify(execFile)(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/@aws-cdk/integ-runner/bin/integ-runner'), ...args],
      { cwd: PROJECT_ROOT, timeout: 60_000 },
    ).then(
      (out) => ({ ok: true, output: `${out.stdout}${out.stderr}` }),
      (error: { stdout?: string; stderr?: string }) => ({
        ok: false,
        output: `${error.stdout}${error.stderr}`,
      }),
    );
  const app = ['--directory', 'test/integ', '--language', 'typescript', '--app', 'npx tsx {filePath}'];

  it('finds this test with the command docs/contributing.md gives', async () => {
    const { ok, output } = await integRunner(...app, '--list');
    expect(ok, output).toBe(true);
    expect(output.trim().split('\n')).toEqual(['integ.lava-webhooks.ts']);
  });

  it("(the pinned release) still refuses this CDK's assemblies: when this fails, make `npm run integ` use integ-runner", async () => {
    const { ok, output } = await integRunner(...app);
    expect(ok).toBe(false);
    expect(output).toContain('Maximum schema version supported is 53.x.x, but found 55.0.0');
  }, 60_000);
});

describe('integration test tooling', () => {
  it('reads assertion results from cdk deploy outputs, failing on anything but success', () => {
    const results = assertionResults({
      LavaWebhooks: { WebhookUrl: 'https://x' },
      Assert: {
        AssertionResultsHttpApiCallabc: '{"status":"success"}',
        AssertionResultsAwsApiCallDynamoDBgetItemdef: '{"status":"fail","message":"Expected Item"}',
        AssertionResultsBroken: 'not json',
      },
    });
    expect(results).toEqual([
      { stack: 'Assert', assertion: 'HttpApiCallabc', status: 'success' },
      {
        stack: 'Assert',
        assertion: 'AwsApiCallDynamoDBgetItemdef',
        status: 'fail',
        message: 'Expected Item',
      },
      { stack: 'Assert', assertion: 'Broken', status: 'unreadable', message: 'not json' },
    ]);
  });

  it('keeps everything in a template but asset hashes and synth times', () => {
    const hash = 'a'.repeat(64);
    const signature = 'b'.repeat(64);
    const template = { S3Key: `${hash}.zip`, Sig: signature, salt: '1795818453161', Other: '1795818453161' };
    expect(canonicalTemplate(template, [hash])).toEqual({
      S3Key: '<asset-hash>.zip',
      Sig: signature,
      salt: '<synth time>',
      Other: '1795818453161',
    });
  });

  it('names what differs, by stack, section and logical id', () => {
    const before = { 'A.template.json': { Resources: { Q: { Type: 'q' }, R: { Type: 'r' } }, Outputs: {} } };
    const after = { 'A.template.json': { Resources: { Q: { Type: 'q2' }, S: { Type: 's' } }, Outputs: {} } };
    expect(templateDifferences(before, after)).toEqual([
      'A.template.json: Resources.Q changed',
      'A.template.json: Resources.R removed',
      'A.template.json: Resources.S added',
    ]);
    expect(templateDifferences(before, before)).toEqual([]);
  });
});
