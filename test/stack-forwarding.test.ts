// Forwarding in the deployed stack (context forwardUrl): off by default; on, the rule on the bus, the
// queue and DLQ, the generated secret, the forwarder with its grants one by one, its mapping, its
// alarms and dashboard row, its outputs; cdk-nag passes (synthStack throws on a finding).
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_EVENT_SOURCE } from '../lambdas/core/eventbridge-publisher';
import { ANSWER_KINDS, FORWARDER_METRICS } from '../lambdas/forwarder/metric-names';
import { ENV } from '../lambdas/shared/env';
import { resolveSettings } from '../lib/config';
import { FORWARDING, FORWARDING_OUTPUTS, FUNCTION_LIMITS } from '../lib/definitions';
import { SQS_EVENT_SOURCE_ACTIONS, type Synthesized, synthStack } from './helpers/synth-stack';

const URL = 'https://app.example.com/api/lava-events';
let s: Synthesized;
beforeAll(() => {
  s = synthStack({ forwardUrl: URL });
}, 180_000);

type Resource = { Type: string; Properties: Record<string, unknown> };
const find = (type: string, props: Record<string, unknown> = {}) =>
  Object.entries(s.template.findResources(type, { Properties: Match.objectLike(props) })) as [
    string,
    Resource,
  ][];
const one = (type: string, props: Record<string, unknown> = {}) => {
  const found = find(type, props);
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
};
const ref = (id: string) => ({ Ref: id });
const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const forwarder = () =>
  one('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('^Domain events → the app') });
const queues = () => {
  const [queueId, queue] = one('AWS::SQS::Queue', {
    VisibilityTimeout: FORWARDING.visibilityTimeoutSeconds,
    MessageRetentionPeriod: FORWARDING.retentionSeconds,
  });
  const dlqId = (queue.Properties.RedrivePolicy as { deadLetterTargetArn: { 'Fn::GetAtt': [string] } })
    .deadLetterTargetArn['Fn::GetAtt'][0];
  return { queueId, queue, dlqId };
};
const secretId = () =>
  one('AWS::SecretsManager::Secret', { Description: Match.stringLikeRegexp('forwarded to the app') })[0];

describe('forwarding, off by default', () => {
  it('adds nothing without forwardUrl', () => {
    const off = synthStack({}, { bundle: false });
    expect(JSON.stringify(off.template.toJSON())).not.toMatch(/Forward/);
  });

  it('takes only an https URL without credentials, and never echoes it', () => {
    const from = (forwardUrl: string) => resolveSettings([{ origin: '-c', values: { forwardUrl } }]);
    expect(from(URL).forwardUrl).toBe(URL);
    expect(() => from('http://app.example.com/hook')).toThrow(/https:\/\//);
    expect(() => from('https://user:tok3n@app.example.com/hook')).toThrow(/credentials/);
    expect(() => from('app.example.com/hook?token=s3cret')).toThrow(/must be a URL/);
    try {
      from('https://user:tok3n@app.example.com/hook');
    } catch (error) {
      expect((error as Error).message).not.toContain('tok3n');
    }
  });
});

describe('forwarding on', () => {
  it('routes every detail-type of this stack from the bus to the queue, EventBridge retrying a day then the DLQ', () => {
    const { queueId, dlqId } = queues();
    const [, rule] = one('AWS::Events::Rule', { EventPattern: { source: [DOMAIN_EVENT_SOURCE] } });
    expect(rule.Properties.EventPattern).toEqual({ source: [DOMAIN_EVENT_SOURCE] }); // no detail-type list
    expect(rule.Properties.EventBusName).toEqual(ref(one('AWS::Events::EventBus')[0]));
    expect(rule.Properties.Targets).toEqual([
      {
        Arn: arn(queueId),
        Id: 'Target0',
        DeadLetterConfig: { Arn: arn(dlqId) },
        RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
      },
    ]);
  });

  it('keeps events 14 days in an encrypted queue whose redrive policy is a backstop into an encrypted DLQ', () => {
    const { queue, dlqId } = queues();
    expect(queue.Properties).toMatchObject({
      MessageRetentionPeriod: 14 * 24 * 3600,
      SqsManagedSseEnabled: true,
      RedrivePolicy: { maxReceiveCount: FORWARDING.maxReceiveCount },
    });
    expect(s.template.toJSON().Resources[dlqId].Properties).toEqual({
      MessageRetentionPeriod: 14 * 24 * 3600,
      SqsManagedSseEnabled: true,
    });
    // Only this rule may send to the queue (besides the forwarder's own role), and only over TLS.
    const { queueId } = queues();
    const [ruleId] = one('AWS::Events::Rule', { EventPattern: { source: [DOMAIN_EVENT_SOURCE] } });
    const [, policy] = one('AWS::SQS::QueuePolicy', { Queues: [ref(queueId)] });
    expect((policy.Properties.PolicyDocument as { Statement: unknown[] }).Statement).toEqual([
      {
        Action: 'sqs:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Resource: arn(queueId),
      },
      {
        Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
        Condition: { ArnEquals: { 'aws:SourceArn': arn(ruleId) } },
        Effect: 'Allow',
        Principal: { Service: 'events.amazonaws.com' },
        Resource: arn(queueId),
      },
    ]);
  });

  it('generates the secret as 48 letters and digits: valid base64, the key of whsec_<value>', () => {
    const [, secret] = one('AWS::SecretsManager::Secret', {
      Description: Match.stringLikeRegexp('forwarded'),
    });
    expect(secret.Properties.GenerateSecretString).toEqual({
      PasswordLength: 48,
      ExcludePunctuation: true,
      IncludeSpace: false,
    });
  });

  it('runs the forwarder on ARM64, Node 24, with names and settings only in its environment', () => {
    const { queueId, dlqId } = queues();
    const [, fn] = forwarder();
    expect(fn.Properties).toMatchObject({
      Architectures: ['arm64'],
      Runtime: 'nodejs24.x',
      MemorySize: FUNCTION_LIMITS.forwarder.memoryMb,
      Timeout: FUNCTION_LIMITS.forwarder.timeoutSeconds,
    });
    expect((fn.Properties.Environment as { Variables: unknown }).Variables).toEqual({
      [ENV.forwardUrl]: URL,
      [ENV.forwardSecretId]: ref(secretId()),
      [ENV.forwardQueueUrl]: ref(queueId),
      [ENV.forwardQueueArn]: arn(queueId),
      [ENV.forwardDlqUrl]: ref(dlqId),
      [ENV.logLevel]: 'info',
      [ENV.metricsNamespace]: 'LavaWebhooks/dev',
    });
    const [, mapping] = one('AWS::Lambda::EventSourceMapping', { EventSourceArn: arn(queueId) });
    expect(mapping.Properties).toMatchObject({
      BatchSize: FORWARDING.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: FORWARDING.maxConcurrency },
    });
  });

  it('may read its secret, re-queue and dead-letter, consume its queue, and disable its own mapping; nothing else', () => {
    const { queueId, dlqId } = queues();
    const [, fn] = forwarder();
    const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const policies = find('AWS::IAM::Policy', { Roles: [ref(roleId)] });
    const statements = policies.flatMap(
      ([, p]) => (p.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement,
    );
    const [mappingId] = one('AWS::Lambda::EventSourceMapping', { EventSourceArn: arn(queueId) });
    expect(statements.slice(1)).toEqual([
      { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: ref(secretId()) },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: [arn(dlqId), arn(queueId)] },
      {
        Effect: 'Allow',
        Action: SQS_EVENT_SOURCE_ACTIONS,
        Resource: arn(queueId),
      },
      // Listing has no resource-level permission; the update is of its own mapping only.
      { Effect: 'Allow', Action: 'lambda:ListEventSourceMappings', Resource: '*' },
      {
        Effect: 'Allow',
        Action: 'lambda:UpdateEventSourceMapping',
        Resource: {
          'Fn::Join': [
            '',
            [
              'arn:',
              ref('AWS::Partition'),
              ':lambda:',
              ref('AWS::Region'),
              ':',
              ref('AWS::AccountId'),
              ':event-source-mapping:',
              ref(mappingId),
            ],
          ],
        },
      },
    ]);
    expect(statements[0]).toMatchObject({ Action: ['logs:CreateLogStream', 'logs:PutLogEvents'] });
  });

  it('alarms on dead letters and on a 410, and charts forwarded, retried, failed and the age of the oldest', () => {
    const { dlqId } = queues();
    const [, dlqAlarm] = one('AWS::CloudWatch::Alarm', { AlarmName: 'LavaWebhooks-dev-ForwardDlqNotEmpty' });
    expect(dlqAlarm.Properties).toMatchObject({
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlqId, 'QueueName'] } }],
      Threshold: 1,
      TreatMissingData: 'notBreaching',
    });
    const [, off] = one('AWS::CloudWatch::Alarm', { AlarmName: 'LavaWebhooks-dev-ForwardingOff' });
    expect(off.Properties).toMatchObject({
      MetricName: FORWARDER_METRICS.off,
      Namespace: 'LavaWebhooks/dev',
      Dimensions: [{ Name: 'Service', Value: 'forwarder' }],
      Threshold: 1,
      // The forwarder does not run while off: the alarm keeps its state until it reports 0 again.
      TreatMissingData: 'ignore',
    });
    for (const [, alarm] of [dlqAlarm, off].map((a) => ['', a] as const))
      expect(alarm.Properties.AlarmActions).toEqual(alarm.Properties.OKActions);
    const body = JSON.stringify(one('AWS::CloudWatch::Dashboard')[1].Properties.DashboardBody);
    for (const name of [
      ...Object.values(FORWARDER_METRICS),
      'Forwarding to the app',
      'ApproximateAgeOfOldestMessage',
    ])
      expect(body).toContain(name);
    for (const kind of ANSWER_KINDS) expect(body).toContain(`\\"Answer\\",\\"${kind}\\"`);
  });

  it('outputs what the command-line tool needs for forward secret, test, on and redrive', () => {
    const outputs = Object.keys(s.template.toJSON().Outputs);
    expect(FORWARDING_OUTPUTS.length).toBe(9); // the eight the CLI reads, and the forwarder's log group
    for (const o of FORWARDING_OUTPUTS) expect(outputs).toContain(o);
    expect(s.template.toJSON().Outputs.ForwardUrl.Value).toBe(URL);
  });
});
