// The deployed stack with default settings (stage dev): resources, IAM statements, monitoring, outputs
// and cdk-nag. Synthesized once, with the real esbuild bundles.
import { type Dirent, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerHandlerFromEnv } from '../lambdas/consumer/from-env';
import { CONSUMER_METRICS } from '../lambdas/consumer/metric-names';
import { PROCESSED_OUTCOMES } from '../lambdas/core/archive-record';
import { DRAINER_METRICS } from '../lambdas/drainer/metric-names';
import { ingestHandlerFromEnv } from '../lambdas/ingest/from-env';
import { createIngestHandler } from '../lambdas/ingest/ingest';
import { INGEST_METRICS } from '../lambdas/ingest/outcomes';
import {
  DEFAULT_DUPLICATE_WINDOW_SECONDS,
  DEFAULT_EVENT_TTL_DAYS,
  DEFAULT_TOLERANCE_SECONDS,
  ENV,
} from '../lambdas/shared/env';
import { sampleBody } from '../lambdas/shared/sample-events';
import { signPlain } from '../lambdas/shared/sign-webhook';
import { SPILL_PARTITION } from '../lambdas/shared/table-schema';
import { esbuildOptionsFor, filesLoadedAtStart, OUTPUT_FILE } from '../lib/bundling';
import { DEFAULTS } from '../lib/config';
import {
  CONSUMER_TABLE_ACCESS,
  DRAINER_TABLE_ACCESS,
  FORWARDING_OUTPUTS,
  FUNCTION_LIMITS,
  QUEUE,
  STACK_OUTPUTS,
  TABLE,
  WEBHOOK_PATH,
} from '../lib/definitions';
import { ACCESS_LOG_GROUP_PREFIX } from '../lib/ingest-api';
import { API_THROTTLED_METRIC, EMITTED_METRICS } from '../lib/monitoring';
import { mathId } from '../lib/monitoring-metrics';
import { apiEvent } from './helpers/api-event';
import { dynamoDbCallsOf, sortedAccess } from './helpers/dynamodb-calls';
import { SQS_EVENT_SOURCE_ACTIONS, type Synthesized, synthStack } from './helpers/synth-stack';

let s: Synthesized;
beforeAll(() => {
  s = synthStack();
}, 120_000);

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
const only = (type: string, props: Record<string, unknown> = {}): [string, Resource] => {
  const found = Object.entries(s.template.findResources(type, { Properties: Match.objectLike(props) }));
  expect(found, `exactly one ${type} matching ${JSON.stringify(props)}`).toHaveLength(1);
  return found[0] as [string, Resource];
};
const logicalId = (type: string, props: Record<string, unknown> = {}) => only(type, props)[0];
const FUNCTION_DESCRIPTIONS = {
  ingest: `^POST ${WEBHOOK_PATH}`,
  consumer: '^Queue',
  drainer: '^Every minute',
};
const functionId = (name: keyof typeof FUNCTION_DESCRIPTIONS) =>
  logicalId('AWS::Lambda::Function', { Description: Match.stringLikeRegexp(FUNCTION_DESCRIPTIONS[name]) });
const policyOf = (fnId: string) => {
  const fn = s.template.findResources('AWS::Lambda::Function')[fnId] as Resource;
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
  const policies = Object.values(
    s.template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: roleId }] },
    }),
  ) as Resource[];
  expect(policies).toHaveLength(1);
  return {
    roleId,
    statements: (
      (policies[0] as Resource).Properties.PolicyDocument as { Statement: Record<string, unknown>[] }
    ).Statement,
  };
};
const ref = (type: string, props: Record<string, unknown> = {}) => ({ Ref: logicalId(type, props) });
const arn = (type: string, props: Record<string, unknown> = {}) => ({
  'Fn::GetAtt': [logicalId(type, props), 'Arn'],
});
const mainQueueProps = { RedrivePolicy: Match.anyValue() };
/** The signing secret (the other one, Lava's API key, is created empty). */
const signingSecret = { GenerateSecretString: Match.anyValue() };
const dlqProps = { RedrivePolicy: Match.absent() };

describe('checks', () => {
  it('has no unacknowledged cdk-nag AwsSolutions findings', () => {
    expect(s.nag.violations).toEqual([]);
    expect(s.nag.success).toBe(true);
  });

  it('has no warning or error annotations', () => {
    expect(Annotations.fromStack(s.stack).findWarning('*', Match.anyValue())).toEqual([]);
    expect(Annotations.fromStack(s.stack).findError('*', Match.anyValue())).toEqual([]);
  });

  it('acknowledges exactly the findings that cannot be fixed (SMG4 twice: Lava issues both secrets), each with a reason', () => {
    const acknowledged = s.stack.node
      .findAll()
      .flatMap((c) =>
        c.node.metadata
          .filter((m) => m.type === 'aws:cdk:acknowledged-rules')
          .map((m) => ({ path: c.node.path, data: m.data as unknown })),
      );
    const flat = JSON.stringify(acknowledged);
    expect(flat).toContain('AwsSolutions-APIG4');
    expect(flat).toContain('AwsSolutions-SMG4');
    expect(flat.match(/AwsSolutions-/g)).toHaveLength(3);
    expect(acknowledged.map((a) => a.path).sort()).toEqual([
      'LavaWebhooks-dev/Default/Reconciler/LavaSecretKey',
      'LavaWebhooks-dev/Default/SigningSecret',
      'LavaWebhooks-dev/Default/Webhooks/Api/POST--webhooks--lava',
    ]);
  });

  it('is named after the stage, has no hard-coded account and no termination protection', () => {
    expect(s.stack.stackName).toBe('LavaWebhooks-dev');
    expect(s.assembly.getStackByName('LavaWebhooks-dev').terminationProtection).toBe(false);
    expect(JSON.stringify(s.template.toJSON())).not.toMatch(/\b\d{12}\b/);
  });
});

describe('HTTP API', () => {
  it(`routes POST ${WEBHOOK_PATH} to the ingest function with a v2 proxy integration`, () => {
    s.template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      Name: 'LavaWebhooks-dev',
    });
    s.template.resourceCountIs('AWS::ApiGatewayV2::Route', 1);
    const integrationId = logicalId('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [functionId('ingest'), 'Arn'] },
      TimeoutInMillis: FUNCTION_LIMITS.ingest.integrationTimeoutSeconds * 1000,
    });
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: `POST ${WEBHOOK_PATH}`,
      Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] },
    });
    s.template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'apigateway.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [functionId('ingest'), 'Arn'] },
    });
  });

  it('throttles the stage and writes access logs to a log group with retention', () => {
    const [, stage] = only('AWS::ApiGatewayV2::Stage');
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: DEFAULTS.throttlingRateLimit,
        ThrottlingBurstLimit: DEFAULTS.throttlingBurstLimit,
      },
    });
    const settings = stage.Properties.AccessLogSettings as { DestinationArn: unknown; Format: string };
    const logGroupId = (settings.DestinationArn as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const logGroup = s.template.findResources('AWS::Logs::LogGroup')[logGroupId] as Resource;
    expect(logGroup.Properties.RetentionInDays).toBe(DEFAULTS.logRetentionDays);
    // Under /aws/vendedlogs/ (no entry in the account's 5,120-character log resource policy), named
    // by the stack and its id.
    expect(logGroup.Properties.LogGroupName).toEqual({
      'Fn::Join': [
        '',
        [
          `${ACCESS_LOG_GROUP_PREFIX}LavaWebhooks-dev-access-`,
          { 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] },
        ],
      ],
    });
    expect(ACCESS_LOG_GROUP_PREFIX).toBe('/aws/vendedlogs/apigateway/');
    const format = JSON.parse(settings.Format) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
    // Never the signature headers or the body.
    expect(settings.Format).not.toMatch(/header|body/i);
  });
});

describe('functions', () => {
  it.each([
    ['ingest', FUNCTION_LIMITS.ingest.memoryMb, FUNCTION_LIMITS.ingest.timeoutSeconds],
    ['consumer', FUNCTION_LIMITS.consumer.memoryMb, FUNCTION_LIMITS.consumer.timeoutSeconds],
  ] as const)(
    '%s: ARM64, newest Node runtime, memory and timeout from definitions',
    (name, memory, timeout) => {
      const fn = s.template.findResources('AWS::Lambda::Function')[functionId(name)] as Resource;
      expect(fn.Properties).toMatchObject({
        Architectures: ['arm64'],
        Runtime: 'nodejs24.x',
        Handler: 'index.handler',
        MemorySize: memory,
        Timeout: timeout,
      });
      expect(fn.Properties.ReservedConcurrentExecutions).toBeUndefined();
      const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      const logGroup = s.template.findResources('AWS::Logs::LogGroup')[logGroupId] as Resource;
      expect(logGroup.Properties.RetentionInDays).toBe(DEFAULTS.logRetentionDays);
    },
  );

  it('logs as JSON without the per-invocation START/END/REPORT lines, application lines from INFO', () => {
    const functions = Object.values(s.template.findResources('AWS::Lambda::Function')) as Resource[];
    expect(functions).toHaveLength(4); // ingest, consumer, drainer, reconciler
    for (const fn of functions) {
      expect(fn.Properties.LoggingConfig).toEqual({
        LogFormat: 'JSON',
        SystemLogLevel: 'WARN',
        // Not stricter: EMF metric lines carry no level and count as INFO.
        ApplicationLogLevel: 'INFO',
        LogGroup: { Ref: expect.any(String) },
      });
    }
  });

  const environmentOf = (name: 'ingest' | 'consumer') =>
    (
      (s.template.findResources('AWS::Lambda::Function')[functionId(name)] as Resource).Properties
        .Environment as { Variables: Record<string, unknown> }
    ).Variables;

  it('gives ingest only names and settings in its environment', () => {
    expect(environmentOf('ingest')).toEqual({
      [ENV.queueUrl]: ref('AWS::SQS::Queue', mainQueueProps),
      [ENV.tableName]: ref('AWS::DynamoDB::Table'),
      [ENV.secretId]: ref('AWS::SecretsManager::Secret', signingSecret),
      [ENV.toleranceSeconds]: String(DEFAULT_TOLERANCE_SECONDS),
      [ENV.metricsNamespace]: 'LavaWebhooks/dev',
    });
  });

  it('gives the consumer only names and settings in its environment', () => {
    expect(environmentOf('consumer')).toEqual({
      [ENV.secretId]: ref('AWS::SecretsManager::Secret', signingSecret),
      [ENV.tableName]: ref('AWS::DynamoDB::Table'),
      [ENV.eventBusName]: ref('AWS::Events::EventBus'),
      [ENV.eventTtlDays]: String(DEFAULT_EVENT_TTL_DAYS),
      [ENV.duplicateWindowSeconds]: String(DEFAULT_DUPLICATE_WINDOW_SECONDS),
      [ENV.logLevel]: 'info',
      [ENV.metricsNamespace]: 'LavaWebhooks/dev',
    });
  });

  it.each([
    ['ingest', (env: NodeJS.ProcessEnv) => ingestHandlerFromEnv(env, { secretsManager: stubClient })],
    ['consumer', (env: NodeJS.ProcessEnv) => consumerHandlerFromEnv(env, { secretsManager: stubClient })],
  ] as const)('%s reads every variable the template gives it', (name, wire) => {
    const given = environmentOf(name);
    const read = new Set<string>();
    // Names and ARNs are tokens in the template; any string serves for the wiring.
    const values = Object.fromEntries(
      Object.entries(given).map(([k, v]) => [k, typeof v === 'string' ? v : `${k.toLowerCase()}-value`]),
    );
    const env = new Proxy(values, {
      get: (target, key) => {
        if (typeof key === 'string') read.add(key);
        return target[key as string];
      },
    });
    wire(env);
    const unread = Object.keys(given).filter((k) => !read.has(k));
    expect(unread).toEqual([]);
  });
});

/** Answers every call with a secret, so that wiring a handler touches no network. */
const stubClient = { send: async () => ({ SecretString: 'stub' }) } as unknown as SecretsManagerClient;

describe('bundles', () => {
  const assetDir = (name: keyof typeof FUNCTION_DESCRIPTIONS) => {
    const owner = {
      ingest: s.stack.ingest,
      consumer: s.stack.consumer,
      drainer: s.stack.lavaWebhooks.node.findChild('Spill').node.findChild('Drainer'),
    }[name];
    const fn = owner.node.findChild('Function');
    const asset = fn.node.findChild('Code').node.findChild('Stage') as unknown as {
      absoluteStagedPath: string;
    };
    return asset.absoluteStagedPath;
  };

  /** The same build through esbuild's API, with its metafile: which files a cold start reads. */
  const built: Partial<Record<keyof typeof FUNCTION_DESCRIPTIONS, { dir: string; atStart: string[] }>> = {};
  beforeAll(async () => {
    for (const name of ['ingest', 'consumer', 'drainer'] as const) {
      const dir = mkdtempSync(join(tmpdir(), `lava-bundle-${name}-`));
      const { metafile } = await build({
        ...esbuildOptionsFor(name, dir),
        metafile: true,
        logLevel: 'silent',
      });
      built[name] = { dir, atStart: filesLoadedAtStart(metafile, dir) };
    }
  }, 60_000);
  const startCode = (name: 'ingest' | 'consumer' | 'drainer') =>
    (built[name]?.atStart ?? []).map((f) => readFileSync(f, 'utf8')).join('\n');

  it("esbuild's API with esbuildOptionsFor() builds the very files the stack deploys", () => {
    for (const name of ['ingest', 'consumer', 'drainer'] as const) {
      const files = filesUnder(assetDir(name));
      expect(files).toEqual(filesUnder(built[name]?.dir ?? ''));
      for (const file of files)
        expect(
          readFileSync(join(assetDir(name), file)).equals(readFileSync(join(built[name]?.dir ?? '', file))),
        ).toBe(true);
    }
    // Everything bundled, the AWS SDK included: nothing left for the runtime's copy.
    expect(esbuildOptionsFor('ingest', tmpdir()).external ?? []).toEqual([]);
  });

  it.each(['ingest', 'consumer'] as const)(
    '%s: minified ESM with the SDK inside, and no source map for Node to parse at cold start',
    (name) => {
      expect(filesUnder(assetDir(name)).filter((f) => f.endsWith('.map'))).toEqual([]);
      expect(readFileSync(join(assetDir(name), OUTPUT_FILE), 'utf8')).toMatch(/export\s*\{[^}]*\bhandler\b/);
      const code = startCode(name);
      expect(code).not.toContain('sourceMappingURL');
      // Bundled, not imported from the runtime's copy.
      expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    },
  );

  it.each(['ingest', 'consumer'] as const)(
    '%s: env-only credentials, not the default provider chain',
    (name) => {
      const code = filesUnder(assetDir(name))
        .map((f) => readFileSync(join(assetDir(name), f), 'utf8'))
        .join('\n');
      for (const unused of ['credential_process', 'sso_start_url', 'AWS_WEB_IDENTITY_TOKEN_FILE']) {
        expect(code).not.toContain(unused);
      }
    },
  );

  it.each([
    ['ingest', 220],
    ['consumer', 300],
  ] as const)(
    '%s: at most %i KiB read at a cold start (the entry and the chunks it imports)',
    (name, kib) => {
      const bytes = (built[name]?.atStart ?? []).reduce((sum, f) => sum + statSync(f).size, 0);
      expect(bytes / 1024).toBeLessThanOrEqual(kib);
    },
  );

  it('counts every chunk the entry imports statically, transitively, as read at a cold start', () => {
    for (const name of ['ingest', 'consumer', 'drainer'] as const) {
      const dir = built[name]?.dir ?? '';
      // Static imports read from the minified code itself: `from"./chunks/x.mjs"`, `import"./x.mjs"`;
      // not `import("./x.mjs")`.
      const imported = (file: string) =>
        [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.mjs)"/g)].map((m) =>
          join(dirname(file), m[1] as string),
        );
      const reached = new Set<string>();
      const visit = (file: string) => {
        if (reached.has(file)) return;
        reached.add(file);
        for (const next of imported(file)) visit(next);
      };
      visit(join(dir, OUTPUT_FILE));
      expect([...(built[name]?.atStart ?? [])].sort()).toEqual([...reached].sort());
      expect(reached.size).toBeGreaterThan(1);
    }
  });

  it("ingest's cold start reads no DynamoDB client: the spill writer is a chunk loaded when SQS first fails", () => {
    const code = startCode('ingest');
    expect(code).toContain('"SQSClient"');
    expect(code).toContain('"SecretsManagerClient"');
    expect(code).not.toContain('"DynamoDBClient"');
    const all = filesUnder(assetDir('ingest')).map((f) => readFileSync(join(assetDir('ingest'), f), 'utf8'));
    expect(all.filter((c) => c.includes('"DynamoDBClient"'))).toHaveLength(1);
  });

  it("no cold start reads the SDK's event-stream or browser user-agent code, which only import() reaches", () => {
    const markers = ['"EventStreamMarshaller"', '"Bowser"'];
    for (const name of ['ingest', 'consumer', 'drainer'] as const) {
      const dir = built[name]?.dir ?? '';
      const code = startCode(name);
      const everything = filesUnder(dir)
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n');
      for (const marker of markers) {
        expect(everything).toContain(marker);
        expect(code).not.toContain(marker);
      }
    }
  });

  it('minifies identifiers but keeps the source names of functions and classes, for stack traces', () => {
    const code = startCode('ingest');
    expect(readFileSync(join(assetDir('ingest'), OUTPUT_FILE), 'utf8')).toMatch(
      /export\s*\{\s*[\w$]+ as handler\s*\}/,
    );
    // keepNames: a frame reads `at createIngestHandler (…)`, not `at Xe (…)`.
    for (const name of ['createIngestHandler', 'secretCacheFromEnv', 'SecretCache'])
      expect(code).toContain(`"${name}"`);
    expect(code).not.toMatch(/function createIngestHandler\(/);
  });

  it('gives no function NODE_OPTIONS (no source maps to enable)', () => {
    for (const [, fn] of Object.entries(s.template.findResources('AWS::Lambda::Function'))) {
      const vars = (
        (fn as Resource).Properties.Environment as { Variables?: Record<string, unknown> } | undefined
      )?.Variables;
      expect(vars?.NODE_OPTIONS).toBeUndefined();
    }
  });
});

/** Every file under `dir`, as sorted paths relative to it. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('queues', () => {
  it('has an encrypted queue with a 6× visibility timeout, 7-day retention and a DLQ after 5 receives', () => {
    s.template.resourceCountIs('AWS::SQS::Queue', 2);
    expect(only('AWS::SQS::Queue', mainQueueProps)[1].Properties).toEqual({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 7 * 24 * 3600,
      MaximumMessageSize: QUEUE.maxMessageSizeBytes,
      VisibilityTimeout: 6 * FUNCTION_LIMITS.consumer.timeoutSeconds,
      RedrivePolicy: { deadLetterTargetArn: arn('AWS::SQS::Queue', dlqProps), maxReceiveCount: 5 },
    });
  });

  it('has an encrypted DLQ with 14-day retention', () => {
    expect(only('AWS::SQS::Queue', dlqProps)[1].Properties).toEqual({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
      MaximumMessageSize: QUEUE.maxMessageSizeBytes,
    });
  });

  it('keeps dead letters longer than the queue keeps messages, so a late dead letter still has days', () => {
    const retention = (props: Record<string, unknown>) =>
      only('AWS::SQS::Queue', props)[1].Properties.MessageRetentionPeriod as number;
    expect(retention(dlqProps) - retention(mainQueueProps)).toBeGreaterThanOrEqual(7 * 24 * 3600);
  });

  it.each([
    ['queue', mainQueueProps],
    ['DLQ', dlqProps],
  ])('%s denies requests without TLS', (_, props) => {
    s.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [ref('AWS::SQS::Queue', props)],
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sqs:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ],
      },
    });
  });

  it('feeds the consumer through an event source mapping with partial batch failures', () => {
    s.template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    s.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arn('AWS::SQS::Queue', mainQueueProps),
      FunctionName: { Ref: functionId('consumer') },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: DEFAULTS.batchSize,
      MaximumBatchingWindowInSeconds: DEFAULTS.maxBatchingWindowSeconds,
      ScalingConfig: { MaximumConcurrency: DEFAULTS.maxConcurrency },
    });
  });
});

describe('table', () => {
  it('is on-demand with PITR, TTL and the byTime and byStatus indexes from table-schema.ts', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: TABLE.partitionKey, KeyType: 'HASH' }],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'gsi1pk', AttributeType: 'S' },
        { AttributeName: 'gsi1sk', AttributeType: 'S' },
        { AttributeName: 'status', AttributeType: 'S' },
        { AttributeName: 'connectionId', AttributeType: 'S' },
      ],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byTime',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...TABLE.byTime.projected] },
        },
        {
          IndexName: 'byStatus',
          KeySchema: [
            { AttributeName: 'status', KeyType: 'HASH' },
            { AttributeName: 'connectionId', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'KEYS_ONLY' },
        },
      ],
    });
  });

  it('is deletable outside production', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    expect(table.Properties.DeletionProtectionEnabled).toBe(false);
    expect(table.DeletionPolicy).toBe('Delete');
  });
});

describe('secret, bus, alarm topic', () => {
  it('creates the signing secret with a generated placeholder and no value in the template', () => {
    const [, secret] = only('AWS::SecretsManager::Secret', signingSecret);
    expect(secret.Properties.GenerateSecretString).toMatchObject({
      PasswordLength: 48,
      ExcludePunctuation: true,
    });
    expect(secret.Properties.SecretString).toBeUndefined();
  });

  it('creates one EventBridge bus for domain events, archived 30 days for replay', () => {
    s.template.resourceCountIs('AWS::Events::EventBus', 1);
    expect(only('AWS::Events::Archive')[1].Properties).toMatchObject({
      SourceArn: arn('AWS::Events::EventBus'),
      // Everything this account puts on the bus: only the consumer does.
      EventPattern: { account: [{ Ref: 'AWS::AccountId' }] },
      RetentionDays: DEFAULTS.domainEventRetentionDays,
    });
    expect(DEFAULTS.domainEventRetentionDays).toBe(30);
  });

  it("sets no resource property to an empty string (the archive's KmsKeyIdentifier was one)", () => {
    const empty = Object.entries(s.template.toJSON().Resources as Record<string, Resource>).flatMap(
      ([id, r]) =>
        Object.entries(r.Properties ?? {}).flatMap(([key, value]) => (value === '' ? [`${id}.${key}`] : [])),
    );
    expect(empty).toEqual([]);
    expect(only('AWS::Events::Archive')[1].Properties).not.toHaveProperty('KmsKeyIdentifier');
  });

  it('encrypts the alarm topic with a rotated KMS key that CloudWatch may use, and enforces TLS', () => {
    const keyId = logicalId('AWS::KMS::Key', { EnableKeyRotation: true });
    const topicId = logicalId('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    // AWS's documented statement for alarms publishing to an encrypted topic, exactly: no condition.
    const [, key] = only('AWS::KMS::Key');
    const keyStatements = (key.Properties.KeyPolicy as { Statement: Record<string, unknown>[] }).Statement;
    expect(keyStatements.filter((st) => JSON.stringify(st).includes('cloudwatch'))).toEqual([
      {
        Sid: 'Allow_CloudWatch_for_CMK',
        Effect: 'Allow',
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
      },
    ]);
    s.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sns:Publish',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          {
            Sid: 'Allow_Publish_Alarms',
            Effect: 'Allow',
            Action: 'sns:Publish',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Resource: { Ref: topicId },
            // Only this stack's alarms, as AWS documents the condition for alarm notifications.
            Condition: {
              ArnLike: {
                'aws:SourceArn': {
                  'Fn::Join': [
                    '',
                    [
                      'arn:',
                      { Ref: 'AWS::Partition' },
                      ':cloudwatch:',
                      { Ref: 'AWS::Region' },
                      ':',
                      { Ref: 'AWS::AccountId' },
                      ':alarm:LavaWebhooks-dev-*',
                    ],
                  ],
                },
              },
            },
          },
        ]),
      },
    });
    s.template.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});

describe('least privilege', () => {
  const logWrite = (fnId: string) => {
    const fn = s.template.findResources('AWS::Lambda::Function')[fnId] as Resource;
    const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    return {
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] },
    };
  };
  const secretRead = () => ({
    Effect: 'Allow',
    Action: 'secretsmanager:GetSecretValue',
    Resource: ref('AWS::SecretsManager::Secret', signingSecret),
  });

  const spillKeysOnly = { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SPILL#*'] } };

  it('lets ingest write its logs, read the one secret, send to the one queue and put spill items only', () => {
    const { statements } = policyOf(functionId('ingest'));
    expect(statements).toEqual([
      logWrite(functionId('ingest')),
      secretRead(),
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn('AWS::SQS::Queue', mainQueueProps) },
      {
        Effect: 'Allow',
        Action: 'dynamodb:PutItem',
        Resource: arn('AWS::DynamoDB::Table'),
        Condition: spillKeysOnly,
      },
    ]);
  });

  it('lets the drainer list the spill partition, read and delete spill items only, and send to the one queue', () => {
    const { statements } = policyOf(functionId('drainer'));
    const tableArn = arn('AWS::DynamoDB::Table');
    expect(statements).toEqual([
      logWrite(functionId('drainer')),
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [tableArn, '/index/byTime']] },
        // The spill partition only, and never vacuously (the key must be in the request).
        Condition: {
          'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [SPILL_PARTITION] },
          Null: { 'dynamodb:LeadingKeys': 'false' },
        },
      },
      {
        Effect: 'Allow',
        Action: ['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem'],
        Resource: tableArn,
        Condition: spillKeysOnly,
      },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn('AWS::SQS::Queue', mainQueueProps) },
    ]);
  });

  it('runs the drainer every minute', () => {
    s.template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionId('drainer'), 'Arn'] } })],
    });
  });

  it('lets the consumer read the secret, use table items, publish to the bus and consume the queue', () => {
    const { statements } = policyOf(functionId('consumer'));
    expect(statements).toEqual([
      logWrite(functionId('consumer')),
      secretRead(),
      {
        Effect: 'Allow',
        // No Query, and nothing on the byTime index: the consumer never reads it. ConditionCheckItem: an
        // event put with no connection write holds the connection's version (two-write commits).
        Action: [
          'dynamodb:BatchGetItem',
          'dynamodb:ConditionCheckItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
        ],
        Resource: arn('AWS::DynamoDB::Table'),
      },
      { Effect: 'Allow', Action: 'events:PutEvents', Resource: arn('AWS::Events::EventBus') },
      {
        Effect: 'Allow',
        Action: SQS_EVENT_SOURCE_ACTIONS,
        Resource: arn('AWS::SQS::Queue', mainQueueProps),
      },
    ]);
  });

  it.each([
    ['consumer', CONSUMER_TABLE_ACCESS],
    ['drainer', DRAINER_TABLE_ACCESS],
  ] as const)('grants the %s exactly the DynamoDB calls its bundle makes', async (name, access) => {
    expect(await dynamoDbCallsOf(name)).toEqual(sortedAccess(access));
  });

  it('uses roles without managed policies, never allows Scan or DeleteItem, deletes spill items only', () => {
    for (const role of Object.values(s.template.findResources('AWS::IAM::Role')) as Resource[]) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
    const policies = JSON.stringify(s.template.findResources('AWS::IAM::Policy'));
    expect(policies).not.toMatch(/dynamodb:(Scan|DeleteItem|\*)/);
    expect(policies.match(/dynamodb:BatchWriteItem/g)).toHaveLength(1); // the drainer's, conditioned above
    expect(policies).not.toContain('"*"');
    s.template.resourceCountIs('AWS::IAM::Policy', 4); // ingest, consumer, drainer, reconciler
  });
});

/** The dashboard body with tokens rendered as JSON, for substring checks. */
function dashboardBody(): string {
  const [, dashboard] = only('AWS::CloudWatch::Dashboard');
  const body = dashboard.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] };
  return body['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join('');
}

describe('monitoring', () => {
  it('has one dashboard with API, ingest, queue, consumer and DynamoDB metrics', () => {
    const body = dashboardBody();
    for (const metric of ['"Count"', '"4xx"', '"5xx"', '"Latency"', '"p50"', '"p99"'])
      expect(body).toContain(metric);
    for (const name of Object.values(INGEST_METRICS)) {
      expect(body).toContain(`["LavaWebhooks/dev","${name}","Service","ingest"`);
    }
    for (const outcome of PROCESSED_OUTCOMES) {
      expect(body).toContain(`"${CONSUMER_METRICS.processed}","Outcome","${outcome}","Service","consumer"`);
    }
    const byField = [CONSUMER_METRICS.processed, CONSUMER_METRICS.payloadFieldUnread] as string[];
    for (const name of Object.values(CONSUMER_METRICS).filter((n) => !byField.includes(n))) {
      expect(body).toContain(`["LavaWebhooks/dev","${name}","Service","consumer"`);
    }
    // Every field the reader could not read, one line each, whatever fields Lava changes.
    expect(body).toContain(
      `SEARCH('{LavaWebhooks/dev,Service,Field} Service=\\"consumer\\" MetricName=\\"${CONSUMER_METRICS.payloadFieldUnread}\\"', 'Sum', 300)`,
    );
    for (const name of Object.values(DRAINER_METRICS)) {
      expect(body).toContain(`["LavaWebhooks/dev","${name}","Service","drainer"`);
    }
    for (const name of [
      'ApproximateNumberOfMessagesVisible',
      'ApproximateAgeOfOldestMessage',
      'Errors',
      'Throttles',
      'Duration',
      'ConsumedReadCapacityUnits',
      'ConsumedWriteCapacityUnits',
      'ReadThrottleEvents',
      'WriteThrottleEvents',
      'SystemErrors',
    ]) {
      expect(body).toContain(`"${name}"`);
    }
  });

  it("charts ingest's Received as the sum of every outcome it counts (it sends no Received of its own)", () => {
    const body = dashboardBody();
    const widget = body.slice(
      body.indexOf('"title":"Ingest outcomes"'),
      body.indexOf('"title":"Ingest duration'),
    );
    const [, expression] = widget.match(/\{"label":"Received","expression":"([^"]+)"\}/) ?? [];
    const outcomes = Object.values(INGEST_METRICS);
    expect(expression?.split(' + ').sort()).toEqual(
      outcomes.map((name) => `FILL(${mathId(name)}, 0)`).sort(),
    );
    // Each term is the outcome's own series, which the widget also charts.
    for (const name of outcomes)
      expect(widget).toContain(`["LavaWebhooks/dev","${name}","Service","ingest",{"id":"${mathId(name)}"`);
  });

  it('names no unit in any alarm or chart, so a count sent without one is read (EMF leaves it out)', () => {
    expect(JSON.stringify(s.template.findResources('AWS::CloudWatch::Alarm'))).not.toMatch(/"Unit"/i);
    expect(dashboardBody()).not.toMatch(/"unit"/i);
  });

  it("charts DynamoDB system errors of exactly the consumer's operations, each filled with 0", () => {
    const body = dashboardBody();
    const widget = body.slice(body.indexOf('"title":"System errors"'));
    const charted = [...widget.matchAll(/"SystemErrors","Operation","(\w+)"/g)].map((m) => m[1]);
    expect(charted.sort()).toEqual([...CONSUMER_TABLE_ACCESS.operations].sort());
    const lines = [...widget.matchAll(/\{"label":"(\w+)","expression":"([^"]+)"\}/g)];
    expect(lines.map((m) => m[1]).sort()).toEqual([...CONSUMER_TABLE_ACCESS.operations].sort());
    for (const [, operation, expression] of lines) {
      expect(expression).toBe(`FILL(${operation?.toLowerCase()}, 0)`);
    }
  });

  const alarm = (name: string) => {
    const [, resource] = only('AWS::CloudWatch::Alarm', { AlarmName: `LavaWebhooks-dev-${name}` });
    return resource.Properties;
  };
  const topicRef = () => ref('AWS::SNS::Topic');
  const metricsOf = (props: Record<string, unknown>) =>
    JSON.stringify(props.Metrics ?? [props.MetricName, props.Namespace, props.Dimensions]);

  /** Whether the function named by a `Service` dimension emits the metric (its handler's constants). */
  const emits = (service: unknown, name: unknown) =>
    Object.hasOwn(EMITTED_METRICS, String(service)) &&
    (Object.values(EMITTED_METRICS[service as keyof typeof EMITTED_METRICS]) as unknown[]).includes(name);

  it("alarms on and charts only metrics of ours that the handlers' constants name", () => {
    type Dimension = { Name: string; Value: unknown };
    type Stat = { Namespace?: unknown; MetricName?: unknown; Dimensions?: Dimension[] };
    const watched: Stat[] = [];
    for (const a of Object.values(s.template.findResources('AWS::CloudWatch::Alarm')) as Resource[]) {
      const p = a.Properties as Stat & { Metrics?: { MetricStat?: { Metric: Stat } }[] };
      if (p.Metrics) for (const m of p.Metrics) if (m.MetricStat) watched.push(m.MetricStat.Metric);
      if (p.MetricName) watched.push(p);
    }
    // The dashboard's metric arrays: [namespace, name, dimension name, value, …, {options}].
    for (const m of dashboardBody().matchAll(/\["LavaWebhooks\/dev","(\w+)"((?:,"[^"]*")*)/g)) {
      const pairs = [...(m[2] ?? '').matchAll(/,"([^"]*)","([^"]*)"/g)];
      const Dimensions = pairs.map(([, Name, Value]) => ({ Name: Name as string, Value }));
      watched.push({ Namespace: 'LavaWebhooks/dev', MetricName: m[1], Dimensions });
    }
    const ours = watched.filter((m) => m.Namespace === 'LavaWebhooks/dev');
    expect(ours.length).toBeGreaterThan(20);
    for (const m of ours) {
      const service = m.Dimensions?.find((d) => d.Name === 'Service')?.Value;
      // The one metric of ours no handler emits: counted from the API's access log.
      if (m.MetricName === API_THROTTLED_METRIC) expect(service).toBeUndefined();
      else
        expect(emits(service, m.MetricName), `${String(service)} emits ${String(m.MetricName)}`).toBe(true);
    }
  });

  it('sends every alarm to the topic and treats missing data as not breaching', () => {
    const alarms = Object.values(s.template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
    // Each alarm the runbook explains, and no other.
    expect(alarms.map((a) => String(a.Properties.AlarmName).replace('LavaWebhooks-dev-', '')).sort()).toEqual(
      [
        'ApiThrottled',
        'ConsumerFailures',
        'DlqNotEmpty',
        'DynamoDbThrottles',
        'EventsRejected',
        'EventsSpilled',
        'IngestFailures',
        'LambdaThrottles',
        'OldestMessageAge',
        'PayloadChanged',
        'ReconcileDrift',
        'ReconcileFailures',
        'ReconcileRefused',
        'SignatureRejectedSpike',
        'SpillDrainFailures',
      ].sort(),
    );
    for (const a of alarms) {
      const name = String(a.Properties.AlarmName).replace('LavaWebhooks-dev-', '');
      // The operator's next step: the alarm's own heading in the runbook.
      expect(a.Properties.AlarmDescription).toMatch(
        new RegExp(`\\. Runbook: docs/runbook\\.md#${name.toLowerCase()}$`),
      );
      expect(a.Properties).toMatchObject({
        AlarmActions: [topicRef()],
        OKActions: [topicRef()],
        TreatMissingData: 'notBreaching',
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });

  it('alarms when the DLQ is not empty', () => {
    expect(alarm('DlqNotEmpty')).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', dlqProps), 'QueueName'] } },
      ],
      Threshold: 1,
    });
  });

  it('alarms when the oldest message is older than the threshold', () => {
    expect(alarm('OldestMessageAge')).toMatchObject({
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [
        {
          Name: 'QueueName',
          Value: { 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', mainQueueProps), 'QueueName'] },
        },
      ],
      Threshold: DEFAULTS.oldestMessageAlarmSeconds,
    });
  });

  it('alarms on API 5xx, EnqueueFailed, SecretUnavailable or InternalError', () => {
    const props = alarm('IngestFailures');
    expect(props.Threshold).toBe(1);
    const metrics = metricsOf(props);
    expect(metrics).toContain(
      'FILL(api5xx, 0) + FILL(enqueueFailed, 0) + FILL(secretUnavailable, 0) + FILL(internalError, 0)',
    );
    for (const name of ['"5xx"', '"EnqueueFailed"', '"SecretUnavailable"', '"InternalError"'])
      expect(metrics).toContain(name);
  });

  it("counts accepted requests from ingest's own lines: one filter on its log group, matching the line ingest writes", async () => {
    const functions = Object.entries(s.template.findResources('AWS::Lambda::Function')) as [
      string,
      Resource,
    ][];
    const ingest = functions.find(([id]) => id.startsWith('IngestFunction'))?.[1].Properties;
    const logGroup = JSON.stringify((ingest?.LoggingConfig as { LogGroup?: unknown } | undefined)?.LogGroup);
    expect(logGroup).toMatch(/"Ref"/);
    const filters = (Object.values(s.template.findResources('AWS::Logs::MetricFilter')) as Resource[])
      .map(
        (f) =>
          f.Properties as { LogGroupName: unknown; FilterPattern: string; MetricTransformations: unknown[] },
      )
      .filter((f) => JSON.stringify(f.LogGroupName) === logGroup);
    expect(filters).toHaveLength(1);
    const [filter] = filters;
    // The metric the alarms and the dashboard read: its name, namespace and Service dimension.
    expect(filter?.MetricTransformations).toEqual([
      {
        MetricName: INGEST_METRICS.accepted,
        MetricNamespace: 'LavaWebhooks/dev',
        MetricValue: '1',
        Dimensions: [{ Key: 'Service', Value: '$.Service' }],
      },
    ]);
    // The line ingest writes for an accepted request matches the pattern and holds the dimension.
    const lines: string[] = [];
    const handler = createIngestHandler({
      secrets: { get: async () => ['whsec_filter'], refreshAfterMiss: async () => undefined },
      enqueue: async () => {},
      write: (line) => lines.push(line),
      namespace: 'LavaWebhooks/dev',
      toleranceSeconds: 300,
    });
    const body = sampleBody();
    expect(
      (await handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, 'whsec_filter') }))).statusCode,
    ).toBe(200);
    const line = JSON.parse(lines[0] as string) as Record<string, unknown>;
    const [, field, value] = filter?.FilterPattern.match(/^\{ \$\.(\w+) = "([^"]*)" \}$/) ?? [];
    expect(line[field as string]).toBe(value);
    expect(line.Service).toBe('ingest');
    expect(line).not.toHaveProperty('_aws'); // counted once: by the filter, not by EMF as well
  });

  it('counts throttled requests (429) from the access log and alarms on any', () => {
    s.template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.status = "429" }',
      MetricTransformations: [
        { MetricName: 'ApiThrottled', MetricNamespace: 'LavaWebhooks/dev', MetricValue: '1' },
      ],
    });
    expect(alarm('ApiThrottled')).toMatchObject({
      MetricName: 'ApiThrottled',
      Threshold: 1,
      Statistic: 'Sum',
    });
  });

  it('alarms on spilled requests, on a drainer that cannot move them, and on rejected events', () => {
    expect(alarm('EventsSpilled')).toMatchObject({
      MetricName: 'Spilled',
      Dimensions: [{ Name: 'Service', Value: 'ingest' }],
      Threshold: 1,
    });
    const drain = metricsOf(alarm('SpillDrainFailures'));
    expect(drain).toContain('"DrainFailed"');
    expect(drain).toContain(functionId('drainer'));
    expect(alarm('EventsRejected')).toMatchObject({
      MetricName: 'Processed',
      Dimensions: expect.arrayContaining([{ Name: 'Outcome', Value: 'rejected' }]),
      Threshold: 1,
    });
  });

  it("alarms when Lava's payload changed: any field the reader could not read, whatever the field", () => {
    expect(alarm('PayloadChanged')).toMatchObject({
      MetricName: CONSUMER_METRICS.payloadFieldUnread,
      Dimensions: [{ Name: 'Service', Value: 'consumer' }],
      Threshold: 1,
    });
  });

  it('alarms on a SignatureRejected spike', () => {
    expect(alarm('SignatureRejectedSpike')).toMatchObject({
      Namespace: 'LavaWebhooks/dev',
      MetricName: 'SignatureRejected',
      Dimensions: [{ Name: 'Service', Value: 'ingest' }],
      Statistic: 'Sum',
      Threshold: DEFAULTS.signatureRejectedAlarmThreshold,
    });
  });

  it('alarms on consumer errors or Failed messages', () => {
    const metrics = metricsOf(alarm('ConsumerFailures'));
    expect(metrics).toContain('"Errors"');
    expect(metrics).toContain('"Failed"');
    expect(metrics).toContain(functionId('consumer'));
  });

  it('alarms on Lambda and DynamoDB throttles', () => {
    const lambdaMetrics = metricsOf(alarm('LambdaThrottles'));
    expect(lambdaMetrics).toContain(functionId('ingest'));
    expect(lambdaMetrics).toContain(functionId('consumer'));
    expect(lambdaMetrics).toContain('"Throttles"');
    const tableMetrics = metricsOf(alarm('DynamoDbThrottles'));
    for (const name of ['ReadThrottleEvents', 'WriteThrottleEvents', 'GlobalSecondaryIndexName']) {
      expect(tableMetrics).toContain(name);
    }
  });
});

describe('outputs', () => {
  it('exports exactly the keys the CLI and docs/deploy.md read', () => {
    // Forwarding's outputs exist only with forwardUrl (test/stack-forwarding.test.ts).
    expect(Object.keys(s.template.toJSON().Outputs).sort()).toEqual(
      STACK_OUTPUTS.filter((o) => !FORWARDING_OUTPUTS.includes(o)).sort(),
    );
    expect(STACK_OUTPUTS).toEqual(
      expect.arrayContaining(['WebhookUrl', 'QueueUrl', 'DlqArn', 'EventBusArn', 'EventArchiveArn']),
    );
    s.template.hasOutput('AlarmTopicArn', { Value: ref('AWS::SNS::Topic') });
    s.template.hasOutput('IngestFunctionName', { Value: { Ref: functionId('ingest') } });
    s.template.hasOutput('ConsumerFunctionName', { Value: { Ref: functionId('consumer') } });
    s.template.hasOutput('EventArchiveArn', {
      Value: { 'Fn::GetAtt': [logicalId('AWS::Events::Archive'), 'Arn'] },
    });
    const webhookUrl = JSON.stringify(s.template.toJSON().Outputs.WebhookUrl.Value);
    expect(webhookUrl).toContain(WEBHOOK_PATH);
    s.template.hasOutput('QueueUrl', { Value: ref('AWS::SQS::Queue', mainQueueProps) });
    s.template.hasOutput('DlqArn', { Value: arn('AWS::SQS::Queue', dlqProps) });
  });
});
