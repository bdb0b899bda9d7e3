// The LavaWebhooks construct on its own, as an app that embeds it uses it: partial settings validated
// in its constructor, the resources it exposes, the grant on connection items, subscriptions to the
// domain events, and outputs an operator can read. Synthesized without bundling.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_EVENT_SOURCE } from '../lambdas/core/eventbridge-publisher';
import { connectionKey } from '../lambdas/shared/table-schema';
import { ALARM_NAMES, RUNBOOK } from '../lib/alarm-names';
import { PROJECT_ROOT } from '../lib/bundling';
import { ConfigError } from '../lib/config';
import { FORWARDING_OUTPUTS, STACK_OUTPUTS } from '../lib/definitions';
import { LavaWebhooks } from '../lib/lava-webhooks';

const stackWith = (id = 'Product') => new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), id);

describe('settings', () => {
  it('takes a partial set and fills in the defaults', () => {
    const lava = new LavaWebhooks(stackWith(), 'Lava', { settings: { throttlingRateLimit: 50 } });
    expect(lava.config).toMatchObject({ stage: 'dev', throttlingRateLimit: 50, throttlingBurstLimit: 2000 });
    expect(new LavaWebhooks(stackWith(), 'Lava').config.logRetentionDays).toBe(30);
  });

  it.each([
    [{ throttlingRateLimit: -5 }, 'setting "throttlingRateLimit" must be a whole number from 1 to 10000'],
    [
      { metricsNamespace: 'AWS/x' },
      'setting "metricsNamespace" must be a namespace that does not start with "AWS/"',
    ],
    [{ stage: 'prod' }, 'setting "alarmEmail" must be an e-mail address for the production stage "prod"'],
    [
      { alarmEmial: 'a@example.com' },
      '"alarmEmial" (from the LavaWebhooks construct\'s "settings") is not a setting',
    ],
  ])('refuses %j in the constructor, as the app does', (settings, message) => {
    const construct = () => new LavaWebhooks(stackWith(), 'Lava', { settings: settings as object });
    expect(construct).toThrow(ConfigError);
    expect(construct).toThrow(message);
  });

  it('is one per stack: its alarms and API are named after the stack', () => {
    const stack = stackWith();
    new LavaWebhooks(stack, 'One');
    expect(() => new LavaWebhooks(stack, 'Two')).toThrow(
      /already has a LavaWebhooks construct \(Product\/One\)/,
    );
  });
});

describe('embedded in a product stack', () => {
  let template: Template;
  let lava: LavaWebhooks;
  beforeAll(() => {
    const stack = stackWith();
    lava = new LavaWebhooks(stack, 'Lava', { settings: { forwardUrl: 'https://app.example.com/hook' } });
    const reader = new iam.Role(stack, 'Reader', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    lava.grantReadConnections(reader);
    const inbox = new sqs.Queue(stack, 'Inbox', { enforceSSL: true });
    lava.onDomainEvent('Balances', {
      target: new targets.SqsQueue(inbox),
      detailTypes: ['BalanceDepleted', 'BalanceRestored'],
    });
    template = Template.fromStack(stack);
  }, 60_000);

  it('exposes the table, bus, queues, API URL and alarm topic', () => {
    const ref = (construct: { node: { defaultChild?: unknown } }) =>
      stackWith().resolve((construct.node.defaultChild as { ref: string }).ref);
    expect(template.toJSON().Resources[ref(lava.table).Ref]?.Type).toBe('AWS::DynamoDB::Table');
    expect(template.toJSON().Resources[ref(lava.bus).Ref]?.Type).toBe('AWS::Events::EventBus');
    expect(template.toJSON().Resources[ref(lava.queue).Ref]?.Type).toBe('AWS::SQS::Queue');
    expect(template.toJSON().Resources[ref(lava.deadLetterQueue).Ref]?.Type).toBe('AWS::SQS::Queue');
    expect(template.toJSON().Resources[ref(lava.alarmTopic).Ref]?.Type).toBe('AWS::SNS::Topic');
    expect(JSON.stringify(stackWith().resolve(lava.webhookUrl))).toContain('webhooks/lava');
  });

  it('grants GetItem and Query on connection items only', () => {
    const [tableId] = Object.keys(template.findResources('AWS::DynamoDB::Table'));
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^Reader') }],
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: ['dynamodb:GetItem', 'dynamodb:Query'],
            Resource: { 'Fn::GetAtt': [tableId, 'Arn'] },
            Condition: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${connectionKey('')}*`] },
              Null: { 'dynamodb:LeadingKeys': 'false' },
            },
          },
        ],
      },
    });
    expect(connectionKey('con_1')).toBe('CONNECTION#con_1'); // what the wildcard must match
  });

  it('subscribes a target to the domain events, all or some detail-types', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: Match.anyValue(),
      EventPattern: { source: [DOMAIN_EVENT_SOURCE], 'detail-type': ['BalanceDepleted', 'BalanceRestored'] },
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Inbox'), 'Arn'] } })],
    });
  });

  it('outputs every key the CLI reads under its own name, each described, wherever the construct sits', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Description?: string; Value: unknown }>;
    expect(Object.keys(outputs).sort()).toEqual([...STACK_OUTPUTS].sort());
    for (const [key, output] of Object.entries(outputs)) expect(output.Description, key).toMatch(/\w{3}/);
    expect(FORWARDING_OUTPUTS).toContain('ForwarderLogGroupName');
  });

  it('outputs the table ARN and the log group of every function and of the API', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const [tableId] = Object.keys(template.findResources('AWS::DynamoDB::Table'));
    expect(outputs.TableArn?.Value).toEqual({ 'Fn::GetAtt': [tableId, 'Arn'] });
    const groups = Object.keys(template.findResources('AWS::Logs::LogGroup'));
    const named = ['Ingest', 'Consumer', 'Drainer', 'Reconciler', 'Forwarder', 'ApiAccess'].map(
      (name) => (outputs[`${name}LogGroupName`]?.Value as { Ref?: string } | undefined)?.Ref,
    );
    expect(named.sort()).toEqual(groups.sort()); // one output per log group, none left out
  });

  it("names every alarm, forwarding's included, after a heading of the runbook, and links to it", () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
      (a) => a.Properties as { AlarmName: string; AlarmDescription: string },
    );
    const names = alarms.map((a) => a.AlarmName.replace(/^Product-/, ''));
    expect(names.sort()).toEqual([...ALARM_NAMES].sort());
    // GitHub's anchor of `## DlqNotEmpty` is `#dlqnotempty`: one heading per alarm, named exactly so.
    const headings = readFileSync(join(PROJECT_ROOT, RUNBOOK), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3).trim());
    for (const a of alarms) {
      const name = a.AlarmName.replace(/^Product-/, '');
      expect(headings, `${RUNBOOK} has no "## ${name}"`).toContain(name);
      expect(a.AlarmDescription.endsWith(` Runbook: ${RUNBOOK}#${name.toLowerCase()}`), name).toBe(true);
    }
  });
});
