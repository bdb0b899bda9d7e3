// Everything in DESIGN.md "Flow", deployed: HTTP API → ingest → SQS (+ DLQ) → consumer → DynamoDB and
// EventBridge, with the signing secret, alarms and a dashboard. Grants are written out statement by
// statement so that each function can do exactly what its handler does and nothing more.
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
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { ENV } from '../lambdas/shared/env';
import { AlarmTopic } from './alarm-topic';
import {
  type LavaWebhooksConfig,
  QUOTA_HINT,
  reservedConcurrency,
  STANDARD_LAMBDA_CONCURRENCY_QUOTA,
} from './config';
import {
  CONSUMER_TABLE_ACCESS,
  type ForwardingOutput,
  FUNCTION_LIMITS,
  type StackOutput,
  WEBHOOK_PATH,
} from './definitions';
import { EventQueue } from './event-queue';
import { Forwarding } from './forwarding';
import { IngestApi } from './ingest-api';
import { type FunctionLogs, LavaFunction, type LavaFunctionProps } from './lambda-function';
import { alarmNamePrefix, Monitoring } from './monitoring';
import { Reconciler } from './reconciler';
import { SpillDrainer, spillItemsOnly } from './spill-drainer';
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
    if (reservedConcurrency(config) > 0 && config.lambdaConcurrencyQuota === undefined) {
      // Said at synth time, because Lambda only refuses a reservation the quota cannot hold mid-deploy.
      Annotations.of(this).addWarningV2(
        'lava-webhooks:reservedConcurrencyQuota',
        `Reserving ${reservedConcurrency(config)} concurrent executions assumes Lambda's standard ` +
          `quota of ${STANDARD_LAMBDA_CONCURRENCY_QUOTA} (100 stay unreserved). ${QUOTA_HINT} Set ` +
          'context "lambdaConcurrencyQuota" to the real value to have it checked here.',
      );
    }
    // Data is kept in production; elsewhere `cdk destroy` cleans up completely.
    const dataRemoval = config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    const secret = new secretsmanager.Secret(this, 'SigningSecret', {
      description:
        'Lava\'s webhook signing secret: the value itself, or JSON {"current":"…","previous":"…"} during a rotation. Replace the generated placeholder with Lava\'s value.',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: dataRemoval,
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Lava issues the signing secret; it cannot be rotated by a Lambda here. Rotation is done in Lava ' +
        'and written with `lava-webhooks secret` as {"current","previous"} JSON, which both functions ' +
        'accept, so there is no downtime (README "Deploy").',
    });

    const { queue, deadLetterQueue } = new EventQueue(this, 'Events', {
      removalPolicy: dataRemoval,
    });

    const { table, byTimeIndexArn, byStatusIndexArn } = new StateTable(this, 'State', {
      deletionProtection: config.production,
      removalPolicy: dataRemoval,
    });
    const bus = new events.EventBus(this, 'DomainEvents', {
      description: 'Connection changes applied by lava-webhooks',
    });
    // Everything this account puts on the bus (only domain events), so that a subscriber whose rule
    // comes later can replay what it missed (README "Domain events").
    const archive = bus.archive('DomainEventArchive', {
      description: 'Domain events of lava-webhooks, for replay to new subscribers',
      eventPattern: { account: [this.account] },
      retention: Duration.days(config.domainEventRetentionDays),
    });
    // The CDK writes `KmsKeyIdentifier: ""` when no key is given (aws-cdk issue 37847), which some
    // regions refuse; without the property the archive uses an AWS-owned key, as intended.
    (archive.node.defaultChild as events.CfnArchive).addPropertyDeletionOverride('KmsKeyIdentifier');
    const alarmTopic = new AlarmTopic(this, 'Alarms', {
      email: config.alarmEmail,
      alarmNamePrefix: alarmNamePrefix(this.stackName),
      removalPolicy: dataRemoval,
    });

    // Only what each handler reads (a test checks): ingest checks the signed time's tolerance and
    // writes one EMF line per request without a log level; the consumer logs, and verifies without
    // a time check.
    const common = { [ENV.secretId]: secret.secretArn, [ENV.metricsNamespace]: config.metricsNamespace };
    const logs = { logRetentionDays: config.logRetentionDays, logRemovalPolicy: dataRemoval };
    // Ingest and the consumer both verify Lava's signatures: each reads the signing secret.
    const verifier = (id: string, fn: Omit<LavaFunctionProps, keyof FunctionLogs>) => {
      const verifying = new LavaFunction(this, id, {
        ...fn,
        environment: { ...common, ...fn.environment },
        ...logs,
      });
      verifying.allow(['secretsmanager:GetSecretValue'], [secret.secretArn]);
      return verifying;
    };

    this.ingest = verifier('Ingest', {
      name: 'ingest',
      description: `POST ${WEBHOOK_PATH}: verify the signature, enqueue, answer`,
      reservedConcurrency: config.ingestReservedConcurrency,
      // The table for the spill path only: ingest may put spill items and nothing else.
      environment: {
        [ENV.queueUrl]: queue.queueUrl,
        [ENV.tableName]: table.tableName,
        [ENV.toleranceSeconds]: String(config.signatureToleranceSeconds),
      },
    });
    this.ingest.allow(['sqs:SendMessage'], [queue.queueArn]);
    this.ingest.allow(['dynamodb:PutItem'], [table.tableArn], spillItemsOnly);
    const spill = new SpillDrainer(this, 'Spill', {
      table,
      byTimeIndexArn,
      queue,
      environment: { [ENV.logLevel]: config.logLevel, [ENV.metricsNamespace]: config.metricsNamespace },
      ...logs,
    });

    this.consumer = verifier('Consumer', {
      name: 'consumer',
      description: 'Queue → verify again → one DynamoDB transaction → domain events',
      reservedConcurrency: config.consumerReservedConcurrency,
      environment: {
        [ENV.tableName]: table.tableName,
        [ENV.eventBusName]: bus.eventBusName,
        [ENV.eventTtlDays]: String(config.eventTtlDays),
        [ENV.duplicateWindowSeconds]: String(config.duplicateWindowSeconds),
        [ENV.logLevel]: config.logLevel,
      },
    });
    this.consumer.allow([...CONSUMER_TABLE_ACCESS.actions], [table.tableArn]);
    this.consumer.allow(['events:PutEvents'], [bus.eventBusArn]);
    // Adds the receive/delete grants on the queue to the consumer's role.
    this.consumer.function.addEventSource(
      new SqsEventSource(queue, {
        batchSize: config.batchSize,
        maxBatchingWindow: Duration.seconds(config.maxBatchingWindowSeconds),
        maxConcurrency: config.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );

    const api = new IngestApi(this, 'Webhooks', {
      name: this.stackName,
      handler: this.ingest.function,
      timeoutSeconds: FUNCTION_LIMITS.ingest.integrationTimeoutSeconds,
      throttlingRateLimit: config.throttlingRateLimit,
      throttlingBurstLimit: config.throttlingBurstLimit,
      ...logs,
    });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      api: api.api,
      accessLogs: api.accessLogs,
      ingest: this.ingest.function,
      consumer: this.consumer.function,
      drainer: spill.drainer.function,
      queue,
      deadLetterQueue,
      table,
      alarmTopic: alarmTopic.topic,
      metricsNamespace: config.metricsNamespace,
      oldestMessageAlarmSeconds: config.oldestMessageAlarmSeconds,
      signatureRejectedAlarmThreshold: config.signatureRejectedAlarmThreshold,
    });

    this.signingSecret = secret;
    this.table = table;
    this.bus = bus;
    this.webhookUrl = api.webhookUrl;

    const reconciler = new Reconciler(this, 'Reconciler', {
      config,
      table,
      byStatusIndexArn,
      bus,
      environment: {
        [ENV.logLevel]: config.logLevel,
        [ENV.metricsNamespace]: config.metricsNamespace,
        [ENV.eventTtlDays]: String(config.eventTtlDays),
      },
      ...logs,
      removalPolicy: dataRemoval,
    });
    this.monitoring.watchReconciler(reconciler.fn.function);

    // The CLI reads these by key: keep the keys stable.
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
      IngestFunctionName: this.ingest.function.functionName,
      ConsumerFunctionName: this.consumer.function.functionName,
      DashboardUrl: this.monitoring.dashboardUrl(),
    };
    if (config.forwardUrl) {
      const forwarding = new Forwarding(this, 'Forwarding', {
        url: config.forwardUrl,
        bus,
        environment: { [ENV.logLevel]: config.logLevel, [ENV.metricsNamespace]: config.metricsNamespace },
        ...logs,
        removalPolicy: dataRemoval,
      });
      this.monitoring.watchForwarding(forwarding);
      Object.assign(outputs, {
        ForwardUrl: config.forwardUrl,
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
}
