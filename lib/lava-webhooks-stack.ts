// Everything in DESIGN.md "Flow", deployed: HTTP API → ingest → SQS (+ DLQ) → consumer → DynamoDB and
// EventBridge, with the signing secret, alarms and a dashboard. Grants are written out statement by
// statement so that each function can do exactly what its handler does and nothing more.
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { ENV } from '../lambdas/shared/env';
import { AlarmTopic } from './alarm-topic';
import type { LavaWebhooksConfig } from './config';
import { CONSUMER, INGEST } from './definitions';
import { EventQueue } from './event-queue';
import { IngestApi } from './ingest-api';
import { LavaFunction } from './lambda-function';
import { Monitoring } from './monitoring';
import { Reconciler } from './reconciler';
import { StateTable } from './state-table';

export interface LavaWebhooksStackProps extends StackProps {
  config: LavaWebhooksConfig;
}

/** What the consumer may do with table items; no Scan, DeleteItem or BatchWriteItem. */
export const CONSUMER_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:Query',
] as const;

export class LavaWebhooksStack extends Stack {
  readonly ingest: LavaFunction;
  readonly consumer: LavaFunction;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: LavaWebhooksStackProps) {
    super(scope, id, props);
    const { config } = props;
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
      consumerTimeoutSeconds: CONSUMER.timeoutSeconds,
      removalPolicy: dataRemoval,
    });

    const { table, byTimeIndexArn, byStatusIndexArn } = new StateTable(this, 'State', {
      deletionProtection: config.production,
      removalPolicy: dataRemoval,
    });
    const bus = new events.EventBus(this, 'DomainEvents', {
      description: 'Connection changes applied by lava-webhooks',
    });
    const alarmTopic = new AlarmTopic(this, 'Alarms', {
      email: config.alarmEmail,
      removalPolicy: dataRemoval,
    });

    const common = {
      [ENV.secretId]: secret.secretArn,
      [ENV.toleranceSeconds]: String(config.signatureToleranceSeconds),
      [ENV.logLevel]: config.logLevel,
      [ENV.metricsNamespace]: config.metricsNamespace,
    };
    const logs = { logRetentionDays: config.logRetentionDays, logRemovalPolicy: dataRemoval };

    this.ingest = new LavaFunction(this, 'Ingest', {
      name: 'ingest',
      description: 'POST /webhooks/lava: verify the signature, enqueue, answer',
      memoryMb: INGEST.memoryMb,
      timeoutSeconds: INGEST.timeoutSeconds,
      reservedConcurrency: config.ingestReservedConcurrency,
      environment: { ...common, [ENV.queueUrl]: queue.queueUrl },
      ...logs,
    });
    this.ingest.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }),
    );
    this.ingest.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }),
    );

    this.consumer = new LavaFunction(this, 'Consumer', {
      name: 'consumer',
      description: 'Queue → verify again → one DynamoDB transaction → domain events',
      memoryMb: CONSUMER.memoryMb,
      timeoutSeconds: CONSUMER.timeoutSeconds,
      reservedConcurrency: config.consumerReservedConcurrency,
      environment: {
        ...common,
        [ENV.tableName]: table.tableName,
        [ENV.eventBusName]: bus.eventBusName,
        [ENV.eventTtlDays]: String(config.eventTtlDays),
        [ENV.duplicateWindowSeconds]: String(config.duplicateWindowSeconds),
      },
      ...logs,
    });
    this.consumer.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }),
    );
    this.consumer.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: [...CONSUMER_TABLE_ACTIONS],
        resources: [table.tableArn, byTimeIndexArn],
      }),
    );
    this.consumer.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['events:PutEvents'], resources: [bus.eventBusArn] }),
    );
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
      handler: this.ingest.function,
      timeoutSeconds: INGEST.timeoutSeconds + 1,
      throttlingRateLimit: config.throttlingRateLimit,
      throttlingBurstLimit: config.throttlingBurstLimit,
      ...logs,
    });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      api: api.api,
      ingest: this.ingest.function,
      consumer: this.consumer.function,
      queue,
      deadLetterQueue,
      table,
      alarmTopic: alarmTopic.topic,
      metricsNamespace: config.metricsNamespace,
      oldestMessageAlarmSeconds: config.oldestMessageAlarmSeconds,
      signatureRejectedAlarmThreshold: config.signatureRejectedAlarmThreshold,
    });

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
      logRetentionDays: config.logRetentionDays,
      removalPolicy: dataRemoval,
    });
    this.monitoring.watchReconciler(reconciler.fn.function);

    // The CLI reads these by key: keep the keys stable.
    const outputs: Record<string, string> = {
      LavaKeySecretArn: reconciler.keySecret.secretArn,
      WebhookUrl: api.webhookUrl,
      SecretArn: secret.secretArn,
      TableName: table.tableName,
      QueueUrl: queue.queueUrl,
      QueueArn: queue.queueArn,
      DlqUrl: deadLetterQueue.queueUrl,
      DlqArn: deadLetterQueue.queueArn,
      EventBusName: bus.eventBusName,
      DashboardUrl: this.monitoring.dashboardUrl(),
    };
    for (const [key, value] of Object.entries(outputs)) new CfnOutput(this, key, { value });
  }
}
