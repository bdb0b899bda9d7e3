// Configuration: context parsing and validation, and a production stage with every setting overridden.
// Synthesized once without bundling (the bundles are covered by stack.test.ts).
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, readConfig, stackNameFor } from '../lib/config';
import { type Synthesized, synthStack } from './helpers/synth-stack';

const from = (context: Record<string, unknown>) => readConfig((key) => context[key]);

describe('readConfig', () => {
  it('defaults every setting', () => {
    expect(from({})).toEqual({
      stage: 'dev',
      production: false,
      alarmEmail: undefined,
      signatureToleranceSeconds: 300,
      eventTtlDays: 30,
      duplicateWindowSeconds: 60,
      batchSize: 10,
      maxBatchingWindowSeconds: 1,
      maxConcurrency: 5,
      ingestReservedConcurrency: undefined,
      consumerReservedConcurrency: undefined,
      throttlingRateLimit: DEFAULTS.throttlingRateLimit,
      throttlingBurstLimit: DEFAULTS.throttlingBurstLimit,
      logRetentionDays: 30,
      logLevel: 'info',
      metricsNamespace: 'LavaWebhooks/dev',
      oldestMessageAlarmSeconds: 300,
      signatureRejectedAlarmThreshold: 20,
      reconcileIntervalMinutes: 60,
      reconcileRequestsPerSecond: 5,
    });
  });

  it('reads `-c key=value` strings as numbers and booleans', () => {
    const config = from({ stage: 'qa', batchSize: '25', maxBatchingWindowSeconds: '5', production: 'true' });
    expect(config).toMatchObject({
      stage: 'qa',
      batchSize: 25,
      maxBatchingWindowSeconds: 5,
      production: true,
    });
  });

  it('treats prod and production as production stages unless told otherwise', () => {
    expect(from({ stage: 'prod' }).production).toBe(true);
    expect(from({ stage: 'production' }).production).toBe(true);
    expect(from({ stage: 'prod', production: false }).production).toBe(false);
    expect(stackNameFor('prod')).toBe('LavaWebhooks-prod');
  });

  it.each([
    [{ stage: 'bad stage' }, /stage/],
    [{ batchSize: 0 }, /batchSize/],
    [{ batchSize: '1.5' }, /batchSize/],
    [{ maxConcurrency: 1 }, /maxConcurrency/],
    [{ logRetentionDays: 42 }, /logRetentionDays/],
    [{ logLevel: 'verbose' }, /logLevel/],
    [{ alarmEmail: 'not-an-address' }, /alarmEmail/],
    [{ production: 'yes' }, /production/],
    [{ batchSize: 100, maxBatchingWindowSeconds: 0 }, /maxBatchingWindowSeconds/],
    [{ consumerReservedConcurrency: 3, maxConcurrency: 5 }, /consumerReservedConcurrency/],
  ])('rejects %j', (context, message) => {
    expect(() => from(context)).toThrow(ConfigError);
    expect(() => from(context)).toThrow(message);
  });
});

describe('a production stage with every setting overridden', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthStack(
      {
        stage: 'prod',
        alarmEmail: 'oncall@example.com',
        signatureToleranceSeconds: 120,
        eventTtlDays: 90,
        duplicateWindowSeconds: 30,
        batchSize: 50,
        maxBatchingWindowSeconds: 5,
        maxConcurrency: 20,
        ingestReservedConcurrency: 50,
        consumerReservedConcurrency: 25,
        throttlingRateLimit: 200,
        throttlingBurstLimit: 400,
        logRetentionDays: 90,
        logLevel: 'warn',
        metricsNamespace: 'Acme/LavaWebhooks',
        oldestMessageAlarmSeconds: 900,
        signatureRejectedAlarmThreshold: 50,
      },
      { bundle: false },
    );
  }, 120_000);

  it('is clean under cdk-nag too', () => {
    expect(s.nag.violations).toEqual([]);
    expect(s.stack.stackName).toBe('LavaWebhooks-prod');
  });

  it('protects and retains the table, and retains the secret, queues, logs and key', () => {
    s.template.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    s.template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'Retain' });
    for (const type of ['AWS::SQS::Queue', 'AWS::Logs::LogGroup', 'AWS::KMS::Key']) {
      for (const resource of Object.values(s.template.findResources(type))) {
        expect(resource.DeletionPolicy, type).toBe('Retain');
      }
    }
  });

  it('subscribes the alarm e-mail address', () => {
    s.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.com',
    });
  });

  it('applies batch size, window, max concurrency and reserved concurrency', () => {
    s.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 50,
      MaximumBatchingWindowInSeconds: 5,
      ScalingConfig: { MaximumConcurrency: 20 },
    });
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^POST'),
      ReservedConcurrentExecutions: 50,
    });
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Queue'),
      ReservedConcurrentExecutions: 25,
    });
  });

  it('passes tolerance, TTL, log level and namespace to the functions', () => {
    s.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          SIGNATURE_TOLERANCE_SECONDS: '120',
          EVENT_TTL_DAYS: '90',
          DUPLICATE_WINDOW_SECONDS: '30',
          LOG_LEVEL: 'warn',
          METRICS_NAMESPACE: 'Acme/LavaWebhooks',
        }),
      },
    });
  });

  it('applies throttling and log retention', () => {
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
    });
    const groups = Object.values(s.template.findResources('AWS::Logs::LogGroup'));
    expect(groups).toHaveLength(4); // ingest, consumer, reconciler, API access
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(90);
  });

  it('applies the alarm thresholds and the metrics namespace', () => {
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'LavaWebhooks-prod-OldestMessageAge',
      Threshold: 900,
    });
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'LavaWebhooks-prod-SignatureRejectedSpike',
      Namespace: 'Acme/LavaWebhooks',
      Threshold: 50,
    });
  });
});
