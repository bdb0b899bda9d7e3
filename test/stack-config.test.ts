// Configuration: context parsing and validation.
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, readConfig, stackNameFor } from '../lib/config';

const from = (context: Record<string, unknown>) => readConfig((key) => context[key]);

describe('readConfig', () => {
  it('defaults every setting', () => {
    expect(from({})).toEqual({
      stage: 'dev',
      production: false,
      alarmEmail: undefined,
      signatureToleranceSeconds: 300,
      eventTtlDays: 30,
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
