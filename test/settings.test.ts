// Strict settings: unknown keys refused with a suggestion (the CDK's own keys left alone), numbers in
// decimal digits only, a production stage with an alarm subscriber or an explicit opt-out, per-stage
// blocks in cdk.json merged over the defaults and under `-c` flags; every refusal one line naming the
// key, what it accepts and where the value came from.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, resolveSettings } from '../lib/config';
import { configFromContext } from '../lib/context-settings';
import { runApp } from './helpers/run-app';

/** The message configFromContext throws (and fails the test if it does not). */
const refusal = (context: Record<string, unknown>, cdkJson: Record<string, unknown> = {}) => {
  try {
    configFromContext(context, cdkJson);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error(`accepted ${JSON.stringify(context)}`);
};

describe('unknown keys', () => {
  it.each([
    ['alarmEmial', 'alarmEmail'],
    ['throttleRateLimit', 'throttlingRateLimit'],
    ['domainEventRetentonDays', 'domainEventRetentionDays'],
    ['LogLevel', 'logLevel'],
  ])('refuses %s from -c, suggesting %s', (key, suggestion) => {
    expect(refusal({ [key]: '7' })).toBe(
      `"${key}" (from -c) is not a setting; did you mean "${suggestion}"?`,
    );
  });

  it("says a key came from cdk.json's context when the file has it", () => {
    const context = { stage: 'dev', domainEventRetentonDays: 7 };
    expect(refusal(context, context)).toBe(
      '"domainEventRetentonDays" (from cdk.json "context") is not a setting; did you mean "domainEventRetentionDays"?',
    );
  });

  it('lists the settings when nothing is near', () => {
    expect(refusal({ colour: 'blue' })).toMatch(
      /^"colour" \(from -c\) is not a setting; known: stage, production, /,
    );
  });

  it("leaves the CDK's and its toolkit's keys alone", () => {
    const config = configFromContext({
      '@aws-cdk/core:enablePartitionLiterals': true,
      '@aws-cdk-containers/ecs-service-extensions:enableDefaultLogDriver': true,
      'aws:cdk:bundling-stacks': [],
      'availability-zones:account=123456789012:region=eu-west-1': ['eu-west-1a'],
      'cli-telemetry': false,
      'acknowledged-issue-numbers': [32775],
      stage: 'qa',
    });
    expect(config.stage).toBe('qa');
  });

  it("refuses an unknown key in any stage's block, and in the construct's settings", () => {
    const blocks = { lavaWebhooks: { stages: { prod: { alarmEmail: 'a@example.com', batchSise: 20 } } } };
    // Synthesizing dev still reads prod's block: the typo is found before the prod deploy.
    expect(refusal(blocks)).toBe(
      '"batchSise" (from cdk.json "context"."lavaWebhooks"."stages"."prod") is not a setting a stage may set ("stage" picks the block); did you mean "batchSize"?',
    );
    expect(refusal({ lavaWebhooks: { stage: {} } })).toMatch(
      /^"stage" \(from cdk.json "context"."lavaWebhooks"\) is not a key of "lavaWebhooks"; did you mean "stages"\?$/,
    );
    expect(() => resolveSettings([{ origin: 'LavaWebhooks settings', values: { alarmEmial: 'x' } }])).toThrow(
      '"alarmEmial" (from LavaWebhooks settings) is not a setting; did you mean "alarmEmail"?',
    );
  });
});

describe('numbers', () => {
  it.each(['0x10', '1e3', '1.0', '010', ' 16', '16 ', '+16', '', 'sixteen'].filter((v) => v !== ''))(
    'refuses %j: decimal digits only',
    (raw) => {
      expect(refusal({ throttlingRateLimit: raw })).toBe(
        `setting "throttlingRateLimit" must be a whole number from 1 to 10000, in decimal digits; got ${JSON.stringify(raw)} (from -c)`,
      );
    },
  );

  it('takes decimal strings from -c and numbers from cdk.json', () => {
    expect(configFromContext({ throttlingRateLimit: '16' }).throttlingRateLimit).toBe(16);
    expect(configFromContext({ throttlingRateLimit: 16 }).throttlingRateLimit).toBe(16);
    expect(refusal({ throttlingRateLimit: 16.5 })).toMatch(/got 16.5 \(from -c\)$/);
  });
});

describe('a production stage', () => {
  it('requires alarmEmail, naming where to set it', () => {
    expect(refusal({ stage: 'prod' })).toBe(
      'setting "alarmEmail" must be an e-mail address for the production stage "prod", or set "noAlarmEmail" to true to subscribe to the alarm topic another way; neither is set (set it in cdk.json "context"."lavaWebhooks"."stages"."prod", or -c alarmEmail=…)',
    );
    expect(refusal({ stage: 'qa', production: 'true' })).toMatch(/production stage "qa"/);
  });

  it('takes an explicit opt-out, but not beside an address', () => {
    expect(configFromContext({ stage: 'prod', noAlarmEmail: 'true' })).toMatchObject({
      production: true,
      alarmEmail: undefined,
      noAlarmEmail: true,
    });
    expect(refusal({ stage: 'prod', noAlarmEmail: 'true', alarmEmail: 'a@example.com' })).toMatch(
      /^setting "noAlarmEmail" must be false or unset when "alarmEmail" is set \(from -c\); got "true" \(from -c\)$/,
    );
  });

  it('needs nothing of a stage that is not production', () => {
    expect(configFromContext({ stage: 'dev' }).alarmEmail).toBeUndefined();
  });
});

describe('per-stage blocks in cdk.json', () => {
  const cdkJson = {
    stage: 'dev',
    logLevel: 'warn',
    lavaWebhooks: {
      stages: {
        prod: { alarmEmail: 'oncall@example.com', throttlingRateLimit: 500, logLevel: 'info' },
        dev: { logRetentionDays: 7 },
      },
    },
  };

  it("apply the stage's block over cdk.json's context and the defaults, and -c over both", () => {
    const dev = configFromContext(cdkJson, cdkJson);
    expect(dev).toMatchObject({
      stage: 'dev',
      logRetentionDays: 7,
      logLevel: 'warn',
      throttlingRateLimit: 1000,
    });
    expect(dev.alarmEmail).toBeUndefined();
    const prod = configFromContext({ ...cdkJson, stage: 'prod' }, cdkJson);
    expect(prod).toMatchObject({
      stage: 'prod',
      production: true,
      alarmEmail: 'oncall@example.com',
      throttlingRateLimit: 500,
      logLevel: 'info', // the block over the file's context
      logRetentionDays: 30,
    });
    const flagged = configFromContext({ ...cdkJson, stage: 'prod', throttlingRateLimit: '800' }, cdkJson);
    expect(flagged.throttlingRateLimit).toBe(800);
  });

  it('name the block a bad value came from', () => {
    const bad = {
      stage: 'prod',
      lavaWebhooks: { stages: { prod: { alarmEmail: 'a@example.com', batchSize: 0 } } },
    };
    expect(refusal(bad)).toBe(
      'setting "batchSize" must be a whole number from 1 to 10000, in decimal digits; got 0 (from cdk.json "context"."lavaWebhooks"."stages"."prod")',
    );
  });

  it('refuses a block that is not an object of settings', () => {
    expect(refusal({ lavaWebhooks: { stages: { prod: 'x' } } })).toMatch(
      /"prod" must be an object of settings/,
    );
    expect(refusal({ lavaWebhooks: [] })).toMatch(/must be \{"stages"/);
  });
});

describe('cdk synth', () => {
  it('fails on a misspelt setting with one line, nothing synthesized', () => {
    const { outdir, ...result } = runApp({ alarmEmial: 'oncall@example.com' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'lava-webhooks: "alarmEmial" (from -c) is not a setting; did you mean "alarmEmail"? (settings: docs/configuration.md)\n',
    );
    expect(readdirSync(outdir)).toEqual([]);
  }, 60_000);
});
