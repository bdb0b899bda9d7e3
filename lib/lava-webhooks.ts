// Everything of docs/design.md's flow as one construct to put in any stack: HTTP API → ingest → SQS
// (+ DLQ) → consumer → DynamoDB and EventBridge, with the drainer, the reconciler (docs/healing.md),
// optional forwarding, the signing secret, alarms, a dashboard and the outputs the CLI reads. Settings
// are validated here by the code the app uses (resolveSettings). Grants are written out statement by
// statement so that each function can do exactly what its handler does and nothing more.
import { Annotations, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { DomainEventType } from '../lambdas/core/decide';
import { DOMAIN_EVENT_SOURCE } from '../lambdas/core/eventbridge-publisher';
import { ENV } from '../lambdas/shared/env';
import { connectionKey } from '../lambdas/shared/table-schema';
import { alarmNamePrefix } from './alarm-names';
import { AlarmTopic } from './alarm-topic';
import {
  type LavaWebhooksConfig,
  type LavaWebhooksSettings,
  QUOTA_HINT,
  reservedConcurrency,
  resolveSettings,
  STANDARD_LAMBDA_CONCURRENCY_QUOTA,
} from './config';
import { Consumer } from './consumer';
import { FUNCTION_LIMITS } from './definitions';
import { EventQueue } from './event-queue';
import { Forwarding } from './forwarding';
import { Ingest } from './ingest';
import { IngestApi } from './ingest-api';
import type { FunctionLogs, LavaFunction } from './lambda-function';
import { Monitoring } from './monitoring';
import { addOutputs } from './outputs';
import { Reconciler } from './reconciler';
import { SpillDrainer } from './spill-drainer';
import { StateTable } from './state-table';

export interface LavaWebhooksProps {
  /**
   * Any of the settings (docs/configuration.md); the rest take their defaults. Validated as the app
   * validates context: an unknown key or a bad value throws a ConfigError naming it.
   */
  settings?: LavaWebhooksSettings;
}

/** Which domain events a subscription takes: all of them, or these detail-types. */
export interface DomainEventSubscription {
  target: events.IRuleTarget;
  detailTypes?: DomainEventType[];
  description?: string;
}

/** The IAM condition that holds a table action to connection items (keys `CONNECTION#<id>`). */
export const connectionItemsOnly = {
  'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${connectionKey('')}*`] },
  // Required to be there, so that the condition never holds vacuously (ForAllValues on no key).
  Null: { 'dynamodb:LeadingKeys': 'false' },
};

export class LavaWebhooks extends Construct {
  /** The settings, every default filled in. */
  readonly config: LavaWebhooksConfig;
  /** Connection items (`CONNECTION#<id>`) and the event archive: grant reads with grantReadConnections. */
  readonly table: dynamodb.Table;
  /** The domain events (source `lava-webhooks`): subscribe with onDomainEvent, or a rule of your own. */
  readonly bus: events.EventBus;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  /** The URL to register in Lava's dashboard. */
  readonly webhookUrl: string;
  /** Every alarm notifies this topic, on alarm and on recovery. */
  readonly alarmTopic: sns.Topic;
  readonly signingSecret: secretsmanager.Secret;
  readonly ingest: LavaFunction;
  readonly consumer: LavaFunction;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: LavaWebhooksProps = {}) {
    super(scope, id);
    this.config = resolveSettings([
      { origin: 'the LavaWebhooks construct\'s "settings"', values: props.settings ?? {} },
    ]);
    this.refuseASecondInTheStack();
    const config = this.config;
    this.warnOfAssumedQuota();
    // Data is kept in production; elsewhere `cdk destroy` cleans up completely.
    const dataRemoval = config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logs: FunctionLogs = { logRetentionDays: config.logRetentionDays, logRemovalPolicy: dataRemoval };
    const stackName = Stack.of(this).stackName;

    this.signingSecret = this.createSigningSecret(dataRemoval);
    const { queue, deadLetterQueue } = new EventQueue(this, 'Events', { removalPolicy: dataRemoval });
    const state = new StateTable(this, 'State', {
      deletionProtection: config.production,
      removalPolicy: dataRemoval,
    });
    const { bus, archive } = this.createBus();
    const alarms = new AlarmTopic(this, 'Alarms', {
      email: config.alarmEmail,
      alarmNamePrefix: alarmNamePrefix(stackName),
      removalPolicy: dataRemoval,
    });
    const table = state.table;
    this.queue = queue;
    this.deadLetterQueue = deadLetterQueue;
    this.table = table;
    this.bus = bus;
    this.alarmTopic = alarms.topic;
    const withLevel = { [ENV.logLevel]: config.logLevel, [ENV.metricsNamespace]: config.metricsNamespace };

    const ingest = new Ingest(this, 'Ingest', {
      signingSecret: this.signingSecret,
      queue,
      table,
      metricsNamespace: config.metricsNamespace,
      signatureToleranceSeconds: config.signatureToleranceSeconds,
      reservedConcurrency: config.ingestReservedConcurrency,
      ...logs,
    });
    const spill = new SpillDrainer(this, 'Spill', {
      table,
      byTimeIndexArn: state.byTimeIndexArn,
      queue,
      environment: withLevel,
      ...logs,
    });
    const consumer = new Consumer(this, 'Consumer', {
      signingSecret: this.signingSecret,
      queue,
      table,
      bus,
      settings: config,
      ...logs,
    });
    const api = new IngestApi(this, 'Webhooks', {
      name: stackName,
      handler: ingest.fn.function,
      timeoutSeconds: FUNCTION_LIMITS.ingest.integrationTimeoutSeconds,
      throttlingRateLimit: config.throttlingRateLimit,
      throttlingBurstLimit: config.throttlingBurstLimit,
      ...logs,
    });
    const reconciler = new Reconciler(this, 'Reconciler', {
      config,
      table,
      byStatusIndexArn: state.byStatusIndexArn,
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
      ingestLogs: ingest.fn.logGroup,
      ingest: ingest.fn.function,
      consumer: consumer.fn.function,
      drainer: spill.drainer.function,
      reconciler: reconciler.fn.function,
      forwarding,
      queue,
      deadLetterQueue,
      table,
      alarmTopic: alarms.topic,
      metricsNamespace: config.metricsNamespace,
      oldestMessageAlarmSeconds: config.oldestMessageAlarmSeconds,
      signatureRejectedAlarmThreshold: config.signatureRejectedAlarmThreshold,
    });
    this.ingest = ingest.fn;
    this.consumer = consumer.fn;
    this.webhookUrl = api.webhookUrl;
    this.addOutputs({ archive, api, spill, reconciler, forwarding });
  }

  /**
   * Lets `grantee` read connection items, and nothing else of the table: GetItem and Query on keys
   * `CONNECTION#<id>` (a `dynamodb:LeadingKeys` condition). The item's fields: docs/state-model.md.
   */
  grantReadConnections(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:GetItem', 'dynamodb:Query'],
      resourceArns: [this.table.tableArn],
      conditions: connectionItemsOnly,
    });
  }

  /**
   * Sends the domain events (all, or some detail-types) to `target` through a rule on the bus, created
   * in `scope` (this construct by default). The events: docs/domain-events.md.
   */
  onDomainEvent(id: string, subscription: DomainEventSubscription, scope: Construct = this): events.Rule {
    return new events.Rule(scope, id, {
      description: subscription.description ?? 'lava-webhooks domain events',
      eventBus: this.bus,
      eventPattern: {
        source: [DOMAIN_EVENT_SOURCE],
        ...(subscription.detailTypes ? { detailType: subscription.detailTypes } : {}),
      },
      targets: [subscription.target],
    });
  }

  /** Alarm names and the API's name are the stack's: two of these in one stack would collide. */
  private refuseASecondInTheStack(): void {
    const stack = Stack.of(this);
    const others = stack.node.findAll().filter((c) => c !== this && c instanceof LavaWebhooks);
    if (others.length > 0)
      throw new Error(
        `${stack.stackName} already has a LavaWebhooks construct (${others[0]?.node.path}): one per stack, ` +
          'as its alarms and API are named after the stack',
      );
  }

  /** Said at synth time, because Lambda only refuses a reservation the quota cannot hold mid-deploy. */
  private warnOfAssumedQuota(): void {
    const { config } = this;
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
  private createBus() {
    const bus = new events.EventBus(this, 'DomainEvents', {
      description: 'Connection changes applied by lava-webhooks',
    });
    const archive = bus.archive('DomainEventArchive', {
      description: 'Domain events of lava-webhooks, for replay to new subscribers',
      eventPattern: { account: [Stack.of(this).account] },
      retention: Duration.days(this.config.domainEventRetentionDays),
    });
    // The CDK writes `KmsKeyIdentifier: ""` when no key is given (aws-cdk issue 37847), which some
    // regions refuse; without the property the archive uses an AWS-owned key, as intended.
    (archive.node.defaultChild as events.CfnArchive).addPropertyDeletionOverride('KmsKeyIdentifier');
    return { bus, archive };
  }

  /** The CLI reads these by key: keep the keys stable. */
  private addOutputs(r: {
    archive: events.Archive;
    api: IngestApi;
    spill: SpillDrainer;
    reconciler: Reconciler;
    forwarding?: Forwarding;
  }): void {
    const { forwarding } = r;
    addOutputs(this, {
      LavaKeySecretArn: r.reconciler.keySecret.secretArn,
      WebhookUrl: this.webhookUrl,
      SecretArn: this.signingSecret.secretArn,
      TableName: this.table.tableName,
      QueueUrl: this.queue.queueUrl,
      QueueArn: this.queue.queueArn,
      DlqUrl: this.deadLetterQueue.queueUrl,
      DlqArn: this.deadLetterQueue.queueArn,
      EventBusName: this.bus.eventBusName,
      EventBusArn: this.bus.eventBusArn,
      EventArchiveArn: r.archive.archiveArn,
      AlarmTopicArn: this.alarmTopic.topicArn,
      IngestFunctionName: this.ingest.function.functionName,
      ConsumerFunctionName: this.consumer.function.functionName,
      DashboardUrl: this.monitoring.dashboardUrl(),
      TableArn: this.table.tableArn,
      IngestLogGroupName: this.ingest.logGroup.logGroupName,
      ConsumerLogGroupName: this.consumer.logGroup.logGroupName,
      DrainerLogGroupName: r.spill.drainer.logGroup.logGroupName,
      ReconcilerLogGroupName: r.reconciler.fn.logGroup.logGroupName,
      ApiAccessLogGroupName: r.api.accessLogs.logGroupName,
      ...(forwarding && {
        ForwardUrl: forwarding.url,
        ForwardSecretArn: forwarding.secret.secretArn,
        ForwardQueueUrl: forwarding.queue.queueUrl,
        ForwardQueueArn: forwarding.queue.queueArn,
        ForwardDlqUrl: forwarding.deadLetterQueue.queueUrl,
        ForwardDlqArn: forwarding.deadLetterQueue.queueArn,
        ForwarderFunctionName: forwarding.fn.function.functionName,
        ForwardingMappingId: forwarding.mappingId,
        ForwarderLogGroupName: forwarding.fn.logGroup.logGroupName,
      }),
    });
  }
}
