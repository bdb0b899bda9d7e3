// The integration test offline (CI): its app still synthesizes to the snapshot that its last run on
// AWS wrote, and the assertions it would run are wired to the right things. `npm run integ` runs it.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../lambdas/shared/signature';
import { assertionResults } from './integ/assertion-results';
import { INTEG_SECRET } from './integ/integ-app';
import { canonicalTemplate, readSnapshot, synthIntegTemplates, templateDifferences } from './integ/snapshot';

type Template = { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };

let templates: Record<string, unknown>;
beforeAll(() => {
  templates = synthIntegTemplates();
}, 120_000);

const assertStack = () =>
  Object.entries(templates).find(([file]) => file.includes('DeployAssert'))?.[1] as Template;
const calls = (type: string) =>
  Object.values(assertStack().Resources).filter((r) => r.Type.startsWith(`Custom::DeployAssert@${type}`));

describe('integration test', () => {
  it('synthesizes to its snapshot (a changed stack needs `npm run integ` to prove it again)', () => {
    const differences = templateDifferences(readSnapshot(), templates);
    expect(
      differences,
      'The integration test stacks differ from test/integ/integ.lava-webhooks.snapshot: run `npm run integ` ' +
        '(deploys a throwaway stage; README "Integration test"), which refreshes the snapshot when it passes.',
    ).toEqual([]);
  });

  it('has the test stage and one assertion stack', () => {
    expect(Object.keys(templates).sort()).toEqual([
      'LavaWebhooks-integ.template.json',
      expect.stringMatching(/^LavaWebhooksIntegDefaultTestDeployAssert\w+\.template\.json$/),
    ]);
  });

  it('posts a webhook that the stored secret verifies, after storing that secret', () => {
    const [put] = calls('SdkCallSecretsManagerputSecretValue');
    expect(put?.Properties.parameters).toMatchObject({ SecretString: `"${INTEG_SECRET}"` });
    const [post] = calls('HttpCall');
    const { fetchOptions } = (post?.Properties.parameters ?? {}) as {
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

  it('waits for the connection, the domain event and the alarm action, each with a deadline', () => {
    for (const type of [
      'HttpCall',
      'SdkCallDynamoDBgetItem',
      'SdkCallSQSreceiveMessage',
      'SdkCallCloudWatchdescribeAlarmHistory',
    ]) {
      const [call] = calls(type);
      expect(call?.Properties, type).toHaveProperty('stateMachineArn');
      expect(call?.Properties.expected, type).toEqual(expect.any(String));
    }
    // The alarm's name, by reference to the test stage's DlqNotEmpty alarm.
    const [setAlarm] = calls('SdkCallCloudWatchsetAlarmState');
    expect(JSON.stringify(setAlarm?.Properties.parameters)).toMatch(
      /"OutputName":"PublishOutputRefMonitoringDlqNotEmpty/,
    );
    const [history] = calls('SdkCallCloudWatchdescribeAlarmHistory');
    expect(String(history?.Properties.expected)).toContain('Successfully executed action');
  });
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

  it('keeps everything in the snapshot but asset hashes and synth times', () => {
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
