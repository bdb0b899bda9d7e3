// Configuration: context parsing and validation, and a production stage with every setting overridden.
// Synthesized once without bundling (the bundles are covered by stack.test.ts).
import { readdirSync } from 'node:fs';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../lambdas/shared/env';
import { ConfigError, DEFAULTS, stackNameFor } from '../lib/config';
import { configFromContext } from '../lib/context-settings';
import { runApp } from './helpers/run-app';
import { type Synthesized, synthStack } from './helpers/synth-stack';

/** Settings as `-c` flags give them. */
const from = (context: Record<string, unknown>) => configFromContext(context);

describe('settings from context', () => {
  it('defaults every setting', () => {
    expect(from({})).toEqual({
      stage: 'dev',
      production: false,
      alarmEmail: undefined,
      signatureToleranceSeconds: 300,
      eventTtlDays: 30,
      duplicateWindowSeconds: 60,
      domainEventRetentionDays: 30,
      batchSize: 10,
      maxBatchingWindowSeconds: 1,
      maxConcurrency: 5,
      ingestReservedConcurrency: undefined,
      consumerReservedConcurrency: undefined,
      lambdaConcurrencyQuota: undefined,
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
    const config = from({
      stage: 'qa',
      batchSize: '25',
      maxBatchingWindowSeconds: '5',
      production: 'true',
      noAlarmEmail: 'true',
    });
    expect(config).toMatchObject({
      stage: 'qa',
      batchSize: 25,
      maxBatchingWindowSeconds: 5,
      production: true,
    });
  });

  it('sizes the API throttle for Lava, which never retries: at least 1,000/s with a burst of 2,000', () => {
    expect(from({}).throttlingRateLimit).toBeGreaterThanOrEqual(1_000);
    expect(from({}).throttlingBurstLimit).toBeGreaterThanOrEqual(2_000);
  });

  it('treats prod and production as production stages unless told otherwise', () => {
    const subscribed = { alarmEmail: 'oncall@example.com' };
    expect(from({ stage: 'prod', ...subscribed }).production).toBe(true);
    expect(from({ stage: 'production', ...subscribed }).production).toBe(true);
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
    [{ throttlingRateLimit: 0 }, /throttlingRateLimit/],
    [{ throttlingRateLimit: 20_000 }, /throttlingRateLimit/],
    [{ throttlingBurstLimit: 6_000 }, /throttlingBurstLimit/],
    [{ consumerReservedConcurrency: 3, maxConcurrency: 5 }, /consumerReservedConcurrency/],
    [{ metricsNamespace: 'AWS/Foo' }, /does not start with "AWS\/"/],
    [{ metricsNamespace: 'Acme\nLava' }, /metricsNamespace/],
    [{ metricsNamespace: '   ' }, /metricsNamespace/],
    [{ metricsNamespace: 'x'.repeat(256) }, /metricsNamespace/],
    // A new account's quota: nothing can be reserved.
    [{ ingestReservedConcurrency: 5, lambdaConcurrencyQuota: 10 }, /at most 0 .* is 10,/],
    // The standard quota leaves 900 to reserve.
    [{ ingestReservedConcurrency: 450, consumerReservedConcurrency: 451 }, /at most 900 .* reserve 901/],
    [{ oldestMessageAlarmSeconds: 8 * 24 * 3600 }, /oldestMessageAlarmSeconds/],
    [{ domainEventRetentionDays: -1 }, /domainEventRetentionDays/],
  ])('rejects %j', (context, message) => {
    expect(() => from(context)).toThrow(ConfigError);
    expect(() => from(context)).toThrow(message);
  });

  it('accepts namespaces CloudWatch accepts, and reservations that leave 100 of the quota', () => {
    expect(from({ metricsNamespace: 'Acme/Lava Webhooks#1:prod_2.x-y' }).metricsNamespace).toBe(
      'Acme/Lava Webhooks#1:prod_2.x-y',
    );
    expect(from({ metricsNamespace: 'aws-lava/dev' }).metricsNamespace).toBe('aws-lava/dev');
    const tight = {
      ingestReservedConcurrency: 50,
      consumerReservedConcurrency: 50,
      lambdaConcurrencyQuota: 200,
    };
    expect(from(tight)).toMatchObject(tight);
  });

  it('prints a bad setting as one message, without a stack trace, and synthesizes nothing', () => {
    const { outdir, ...result } = runApp({ metricsNamespace: 'AWS/Foo' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'lava-webhooks: setting "metricsNamespace" must be a namespace that does not start with "AWS/"',
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(outdir)).toEqual([]);
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
        domainEventRetentionDays: 0,
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

  it('warns that the reservations assume the standard Lambda quota, since none was given', () => {
    Annotations.fromStack(s.stack).hasWarning(
      '/LavaWebhooks-prod/Default',
      Match.stringLikeRegexp('Reserving 75 concurrent executions assumes .* quota of 10,'),
    );
  });

  it('keeps application logs at INFO with logLevel warn (metric lines count as INFO)', () => {
    for (const fn of Object.values(s.template.findResources('AWS::Lambda::Function'))) {
      expect((fn as { Properties: Record<string, unknown> }).Properties.LoggingConfig).toMatchObject({
        LogFormat: 'JSON',
        SystemLogLevel: 'WARN',
        ApplicationLogLevel: 'INFO',
      });
    }
  });

  it('turns on termination protection', () => {
    expect(s.assembly.getStackByName('LavaWebhooks-prod').terminationProtection).toBe(true);
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

  it('passes tolerance and namespace to ingest, TTL, log level and namespace to the consumer', () => {
    /** The function whose description starts with `prefix` has at least these variables. */
    const hasVariables = (prefix: string, variables: Record<string, string>) =>
      s.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: Match.stringLikeRegexp(`^${prefix}`),
        Environment: { Variables: Match.objectLike(variables) },
      });
    hasVariables('POST', { [ENV.toleranceSeconds]: '120', [ENV.metricsNamespace]: 'Acme/LavaWebhooks' });
    hasVariables('Queue', {
      [ENV.eventTtlDays]: '90',
      [ENV.duplicateWindowSeconds]: '30',
      [ENV.logLevel]: 'warn',
      [ENV.metricsNamespace]: 'Acme/LavaWebhooks',
    });
  });

  it('keeps archived domain events indefinitely when told 0', () => {
    s.template.hasResourceProperties('AWS::Events::Archive', { RetentionDays: 0 });
  });

  it('names the HTTP API after the stage', () => {
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { Name: 'LavaWebhooks-prod' });
  });

  it('applies throttling and log retention', () => {
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
    });
    const groups = Object.values(s.template.findResources('AWS::Logs::LogGroup'));
    expect(groups).toHaveLength(5); // ingest, consumer, drainer, reconciler, API access
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

describe('logLevel debug', () => {
  it('lets Lambda pass the handlers’ debug lines', () => {
    const s = synthStack({ logLevel: 'debug' }, { bundle: false });
    const levels = Object.values(s.template.findResources('AWS::Lambda::Function')).map(
      (fn) =>
        (fn as { Properties: { LoggingConfig: { ApplicationLogLevel: string } } }).Properties.LoggingConfig
          .ApplicationLogLevel,
    );
    // Ingest takes no LOG_LEVEL (its one line per request is also its metrics): INFO.
    expect(levels.sort()).toEqual(['DEBUG', 'DEBUG', 'DEBUG', 'INFO']);
  }, 120_000);
});
