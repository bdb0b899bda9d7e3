// The reconciler in the deployed stack: its key secret (created empty), its schedule, its grants one
// by one, its alarms and widgets, its bundle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DRIFT_KINDS, RECONCILER_METRICS, REPAIRS_OUTCOME } from '../lambdas/reconciler/metric-names';
import { ENV } from '../lambdas/shared/env';
import { OUTPUT_FILE } from '../lib/bundling';
import { FUNCTION_LIMITS, RECONCILER_TABLE_ACCESS } from '../lib/definitions';
import { dynamoDbCallsOf, sortedAccess } from './helpers/dynamodb-calls';
import { type Synthesized, synthStack } from './helpers/synth-stack';

let s: Synthesized;
beforeAll(() => {
  s = synthStack();
}, 120_000);

type Resource = { Type: string; Properties: Record<string, unknown> };
const find = (type: string, props: Record<string, unknown>) =>
  Object.entries(s.template.findResources(type, { Properties: Match.objectLike(props) })) as [
    string,
    Resource,
  ][];
const one = (type: string, props: Record<string, unknown>) => {
  const found = find(type, props);
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
};
const reconcilerFn = () =>
  one('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('^Reconcile') });
const keySecret = () => one('AWS::SecretsManager::Secret', { GenerateSecretString: Match.absent() });

describe('reconciler', () => {
  it('keeps Lava’s key in its own secret, created without a value (the reconciler is off)', () => {
    const [, secret] = keySecret();
    expect(secret.Properties.SecretString).toBeUndefined();
    expect(String(secret.Properties.Description)).toContain('empty keeps it off');
  });

  it('runs on ARM64, Node 24, hourly by default, with names and settings only in its environment', () => {
    const [id, fn] = reconcilerFn();
    expect(fn.Properties).toMatchObject({
      Architectures: ['arm64'],
      Runtime: 'nodejs24.x',
      MemorySize: FUNCTION_LIMITS.reconciler.memoryMb,
      Timeout: FUNCTION_LIMITS.reconciler.timeoutSeconds,
    });
    expect((fn.Properties.Environment as { Variables: unknown }).Variables).toEqual({
      [ENV.tableName]: { Ref: one('AWS::DynamoDB::Table', {})[0] },
      [ENV.eventBusName]: { Ref: one('AWS::Events::EventBus', {})[0] },
      [ENV.lavaKeySecretId]: { Ref: keySecret()[0] },
      [ENV.lavaRequestsPerSecond]: '5',
      [ENV.eventTtlDays]: '30',
      [ENV.logLevel]: 'info',
      [ENV.metricsNamespace]: 'LavaWebhooks/dev',
    });
    const [, rule] = one('AWS::Events::Rule', { ScheduleExpression: 'rate(1 hour)' });
    expect(JSON.stringify(rule.Properties.Targets)).toContain(id);
  });

  it('may read its key, use table items, query byStatus and publish; nothing else', () => {
    const [, fn] = reconcilerFn();
    const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const [[, policy]] = find('AWS::IAM::Policy', { Roles: [{ Ref: roleId }] }) as [[string, Resource]];
    const statements = (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] })
      .Statement;
    const tableArn = { 'Fn::GetAtt': [one('AWS::DynamoDB::Table', {})[0], 'Arn'] };
    expect(statements.slice(1)).toEqual([
      { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: { Ref: keySecret()[0] } },
      {
        Effect: 'Allow',
        // Item reads and writes: no Scan, Query, ConditionCheckItem or deletes.
        Action: [...RECONCILER_TABLE_ACCESS.actions].sort(),
        Resource: tableArn,
      },
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [tableArn, '/index/byStatus']] },
      },
      {
        Effect: 'Allow',
        Action: 'events:PutEvents',
        Resource: { 'Fn::GetAtt': [one('AWS::Events::EventBus', {})[0], 'Arn'] },
      },
    ]);
    expect(statements[0]).toMatchObject({ Action: ['logs:CreateLogStream', 'logs:PutLogEvents'] });
  });

  it('is granted exactly the DynamoDB calls its bundle makes', async () => {
    expect(await dynamoDbCallsOf('reconciler')).toEqual(sortedAccess(RECONCILER_TABLE_ACCESS));
  });

  it('alarms on drift, refusals and failures, and charts what it read and repaired', () => {
    for (const name of ['ReconcileDrift', 'ReconcileRefused', 'ReconcileFailures']) {
      one('AWS::CloudWatch::Alarm', { AlarmName: `LavaWebhooks-dev-${name}`, Threshold: 1 });
    }
    const [, drift] = one('AWS::CloudWatch::Alarm', { AlarmName: 'LavaWebhooks-dev-ReconcileDrift' });
    expect(drift.Properties).toMatchObject({
      MetricName: RECONCILER_METRICS.drift,
      Period: 3600,
      Namespace: 'LavaWebhooks/dev',
    });
    const [, dashboard] = one('AWS::CloudWatch::Dashboard', {});
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const name of [
      RECONCILER_METRICS.customersRead,
      RECONCILER_METRICS.repairs,
      RECONCILER_METRICS.refusals,
      'Reconciler (Lava API)',
    ])
      expect(body).toContain(name);
    for (const kind of DRIFT_KINDS) expect(body).toContain(`\\"Kind\\",\\"${kind}\\"`);
    for (const outcome of Object.values(REPAIRS_OUTCOME))
      expect(body).toContain(`\\"${RECONCILER_METRICS.repairs}\\",\\"Outcome\\",\\"${outcome}\\"`);
  });

  it('bundles the handler with the Lava SDK inside', () => {
    const fn = s.stack.lavaWebhooks.node
      .findChild('Reconciler')
      .node.findChild('Function')
      .node.findChild('Function');
    const dir = (
      fn.node.findChild('Code').node.findChild('Stage') as unknown as { absoluteStagedPath: string }
    ).absoluteStagedPath;
    const code = readFileSync(join(dir, OUTPUT_FILE), 'utf8');
    expect(code).toContain('sandbox-api.lavapayments.com');
    expect(code).not.toMatch(/from\s*["']@lavapayments\//);
    // The whole bundle, chunks included.
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const bytes = files.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
    expect(files.length).toBeGreaterThan(1);
    expect(bytes).toBeLessThan(1024 * 1024);
  });

  it('has no schedule when reconcileIntervalMinutes is 0', () => {
    const off = synthStack({ reconcileIntervalMinutes: '0' }, { bundle: false });
    // Only the spill drainer's every-minute rule remains.
    const rules = Object.values(off.template.findResources('AWS::Events::Rule')) as {
      Properties: { ScheduleExpression?: string };
    }[];
    expect(rules.map((r) => r.Properties.ScheduleExpression)).toEqual(['rate(1 minute)']);
    const every15 = synthStack({ reconcileIntervalMinutes: '15' }, { bundle: false });
    every15.template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(15 minutes)' });
  });
});
