// Everything of docs/design.md's flow, deployed: HTTP API → ingest → SQS (+ DLQ) → consumer → DynamoDB
// and EventBridge, with the drainer, the reconciler (docs/healing.md), optional forwarding, the signing
// secret, alarms and a dashboard. Grants are written out statement by statement so that each function
// can do exactly what its handler does and nothing more.
import {
  Annotations,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ENV } from '../lambdas/shared/env';
import { alarmNamePrefix } from './alarm-names';
import { AlarmTopic } from './alarm-topic';
import {
  type LavaWebhooksConfig,
  QUOTA_HINT,
  reservedConcurrency,
  STANDARD_LAMBDA_CONCURRENCY_QUOTA,
} from './config';
import { Consumer } from './consumer';
import { type ForwardingOutput, FUNCTION_LIMITS, type StackOutput } from './definitions';
import { EventQueue } from './event-queue';
import { Forwarding } from './forwarding';
import { Ingest } from './ingest';
import { IngestApi } from './ingest-api';
import type { FunctionLogs, LavaFunction } from './lambda-function';
import { Monitoring } from './monitoring';
import { Reconciler } from './reconciler';
import { SpillDrainer } from './spill-drainer';
import { StateTable } from './state-table';

export interface LavaWebhooksStackProps extends StackProps {
  config: LavaWebhooksConfig;
}

export class LavaWebhooksStack extends Stack {
  readonly ingest: LavaFunction;
  readonly consumer: LavaFunction;
  readonly monitoring: Monitoring;
  /** For tests that drive the deployed stack (test/integ). */
  readonly signingSecret: secretsmanager.Secret;
  readonly table: dynamodb.Table;
  readonly bus: events.EventBus;
  readonly webhookUrl: string;

  constructor(scope: Construct, id: string, props: LavaWebhooksStackProps) {
    // A production stack cannot be deleted by a stray `cdk destroy` or console click; its data is
    // retained anyway, but the API, queues and functions would go.
    super(scope, id, {
      ...props,
      terminationProtection: props.terminationProtection ?? props.config.production,
    });
    const { config } = props;
    this.warnOfAssumedQuota(config);
    // Data is kept in production; elsewhere `cdk destroy` cleans up completely.
    const dataRemoval = config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logs: FunctionLogs = { logRetentionDays: config.logRetentionDays, logRemovalPolicy: dataRemoval };

    const secret = this.createSigningSecret(dataRemoval);
    const { queue, deadLetterQueue } = new EventQueue(this, 'Events', { removalPolicy: dataRemoval });
    const { table, byTimeIndexArn, byStatusIndexArn } = new StateTable(this, 'State', {
      deletionProtection: config.production,
      removalPolicy: dataRemoval,
    });
    const { bus, archive } = this.createBus(config);
    const alarmTopic = new AlarmTopic(this, 'Alarms', {
      email: config.alarmEmail,
      alarmNamePrefix: alarmNamePrefix(this.stackName),
      removalPolicy: dataRemoval,
    });
    const withLevel = { [ENV.logLevel]: config.logLevel, [ENV.metricsNamespace]: config.metricsNamespace };

    const ingest = new Ingest(this, 'Ingest', {
      signingSecret: secret,
      queue,
      table,
      metricsNamespace: config.metricsNamespace,
      signatureToleranceSeconds: config.signatureToleranceSeconds,
      reservedConcurrency: config.ingestReservedConcurrency,
      ...logs,
    });
    const spill = new SpillDrainer(this, 'Spill', {
      table,
      byTimeIndexArn,
      queue,
      environment: withLevel,
      ...logs,
    });
    const consumer = new Consumer(this, 'Consumer', {
      signingSecret: secret,
      queue,
      table,
      bus,
      settings: config,
      ...logs,
    });
    const api = new IngestApi(this, 'Webhooks', {
      name: this.stackName,
      handler: ingest.fn.function,
      timeoutSeconds: FUNCTION_LIMITS.ingest.integrationTimeoutSeconds,
      throttlingRateLimit: config.throttlingRateLimit,
      throttlingBurstLimit: config.throttlingBurstLimit,
      ...logs,
    });
    const reconciler = new Reconciler(this, 'Reconciler', {
      config,
      table,
      byStatusIndexArn,
      bus,
      environment: { ...withLevel, [ENV.eventTtlDays]: String(config.eventTtlDays) },
      ...logs,
      removalPolicy: dataRemoval,
    });
    const forwarding = config.forwardUrl
      ? new Forwarding(this, 'Forwarding', {
          url: config.forwardUrl,
          bus,
          environment: withLevel,
          ...logs,
          removalPolicy: dataRemoval,
        })
      : undefined;

    this.monitoring = new Monitoring(this, 'Monitoring', {
      api: api.api,
      accessLogs: api.accessLogs,
      ingest: ingest.fn.function,
      consumer: consumer.fn.function,
      drainer: spill.drainer.function,
      reconciler: reconciler.fn.function,
      forwarding,
      queue,
      deadLetterQueue,
      table,
      alarmTopic: alarmTopic.topic,
      metricsNamespace: config.metricsNamespace,
      oldestMessageAlarmSeconds: config.oldestMessageAlarmSeconds,
      signatureRejectedAlarmThreshold: config.signatureRejectedAlarmThreshold,
    });

    this.ingest = ingest.fn;
    this.consumer = consumer.fn;
    this.signingSecret = secret;
    this.table = table;
    this.bus = bus;
    this.webhookUrl = api.webhookUrl;

    this.addOutputs({
      secret,
      queue,
      deadLetterQueue,
      table,
      bus,
      archive,
      alarmTopic,
      ingest,
      consumer,
      api,
      reconciler,
      forwarding,
    });
  }

  /** The CLI reads these by key: keep the keys stable. */
  private addOutputs(r: {
    secret: secretsmanager.ISecret;
    queue: sqs.IQueue;
    deadLetterQueue: sqs.IQueue;
    table: dynamodb.ITable;
    bus: events.IEventBus;
    archive: events.Archive;
    alarmTopic: AlarmTopic;
    ingest: Ingest;
    consumer: Consumer;
    api: IngestApi;
    reconciler: Reconciler;
    forwarding?: Forwarding;
  }): void {
    const {
      secret,
      queue,
      deadLetterQueue,
      table,
      bus,
      archive,
      alarmTopic,
      ingest,
      consumer,
      api,
      reconciler,
      forwarding,
    } = r;
    const outputs: Record<Exclude<StackOutput, ForwardingOutput>, string> &
      Partial<Record<StackOutput, string>> = {
      LavaKeySecretArn: reconciler.keySecret.secretArn,
      WebhookUrl: api.webhookUrl,
      SecretArn: secret.secretArn,
      TableName: table.tableName,
      QueueUrl: queue.queueUrl,
      QueueArn: queue.queueArn,
      DlqUrl: deadLetterQueue.queueUrl,
      DlqArn: deadLetterQueue.queueArn,
      EventBusName: bus.eventBusName,
      EventBusArn: bus.eventBusArn,
      EventArchiveArn: archive.archiveArn,
      AlarmTopicArn: alarmTopic.topic.topicArn,
      IngestFunctionName: ingest.fn.function.functionName,
      ConsumerFunctionName: consumer.fn.function.functionName,
      DashboardUrl: this.monitoring.dashboardUrl(),
    };
    if (forwarding) {
      Object.assign(outputs, {
        ForwardUrl: forwarding.url,
        ForwardSecretArn: forwarding.secret.secretArn,
        ForwardQueueUrl: forwarding.queue.queueUrl,
        ForwardQueueArn: forwarding.queue.queueArn,
        ForwardDlqUrl: forwarding.deadLetterQueue.queueUrl,
        ForwardDlqArn: forwarding.deadLetterQueue.queueArn,
        ForwarderFunctionName: forwarding.fn.function.functionName,
        ForwardingMappingId: forwarding.mappingId,
      } satisfies Record<ForwardingOutput, string>);
    }
    for (const [key, value] of Object.entries(outputs)) new CfnOutput(this, key, { value });
  }

  /** Said at synth time, because Lambda only refuses a reservation the quota cannot hold mid-deploy. */
  private warnOfAssumedQuota(config: LavaWebhooksConfig): void {
    if (reservedConcurrency(config) === 0 || config.lambdaConcurrencyQuota !== undefined) return;
    Annotations.of(this).addWarningV2(
      'lava-webhooks:reservedConcurrencyQuota',
      `Reserving ${reservedConcurrency(config)} concurrent executions assumes Lambda's standard ` +
        `quota of ${STANDARD_LAMBDA_CONCURRENCY_QUOTA} (100 stay unreserved). ${QUOTA_HINT} Set ` +
        'context "lambdaConcurrencyQuota" to the real value to have it checked here.',
    );
  }

  private createSigningSecret(removalPolicy: RemovalPolicy): secretsmanager.Secret {
    const secret = new secretsmanager.Secret(this, 'SigningSecret', {
      description:
        'Lava\'s webhook signing secret: the value itself, or JSON {"current":"…","previous":"…"} during a rotation. Replace the generated placeholder with Lava\'s value.',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy,
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Lava issues the signing secret; it cannot be rotated by a Lambda here. Rotation is done in Lava ' +
        'and written with `lava-webhooks secret` as {"current","previous"} JSON, which both functions ' +
        'accept, so there is no downtime (docs/deploy.md).',
    });
    return secret;
  }

  /**
   * The domain-event bus, and an archive of everything this account puts on it (only domain events),
   * so that a subscriber whose rule comes later can replay what it missed (docs/domain-events.md).
   */
  private createBus(config: LavaWebhooksConfig) {
    const bus = new events.EventBus(this, 'DomainEvents', {
      description: 'Connection changes applied by lava-webhooks',
    });
    const archive = bus.archive('DomainEventArchive', {
      description: 'Domain events of lava-webhooks, for replay to new subscribers',
      eventPattern: { account: [this.account] },
      retention: Duration.days(config.domainEventRetentionDays),
    });
    // The CDK writes `KmsKeyIdentifier: ""` when no key is given (aws-cdk issue 37847), which some
    // regions refuse; without the property the archive uses an AWS-owned key, as intended.
    (archive.node.defaultChild as events.CfnArchive).addPropertyDeletionOverride('KmsKeyIdentifier');
    return { bus, archive };
  }
}
