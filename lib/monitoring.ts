// One dashboard and the alarms, all to the alarm topic. Handler metrics are CloudWatch EMF lines written
// by lambdas/shared/metrics.ts; the names below are the ones the handlers emit.

import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { PROCESSED_OUTCOMES } from '../lambdas/consumer/event-record';
import { TABLE } from './definitions';

export const INGEST_COUNTS = [
  'Received',
  'Accepted',
  'SignatureRejected',
  'BadRequest',
  'TooLarge',
  'EnqueueFailed',
  'SecretUnavailable',
] as const;
/** Named once, where the consumer decides them. */
export const CONSUMER_OUTCOMES = PROCESSED_OUTCOMES;
export type ReconcilerAlarm = 'ReconcileDrift' | 'ReconcileRefused' | 'ReconcileFailures';
/** The reconciler's `Drift` metric's `Kind` values (lambdas/reconciler/drift.ts). */
export const RECONCILER_DRIFT_KINDS = ['missing', 'changed', 'gone'] as const;

/** The table operations the consumer is allowed; their system errors are charted. */
const TABLE_OPERATIONS = [
  dynamodb.Operation.GET_ITEM,
  dynamodb.Operation.BATCH_GET_ITEM,
  dynamodb.Operation.PUT_ITEM,
  dynamodb.Operation.UPDATE_ITEM,
  dynamodb.Operation.QUERY,
  dynamodb.Operation.TRANSACT_WRITE_ITEMS,
];

export interface MonitoringProps {
  api: apigw.HttpApi;
  ingest: lambda.IFunction;
  consumer: lambda.IFunction;
  queue: sqs.IQueue;
  deadLetterQueue: sqs.IQueue;
  table: dynamodb.Table;
  alarmTopic: sns.ITopic;
  metricsNamespace: string;
  oldestMessageAlarmSeconds: number;
  signatureRejectedAlarmThreshold: number;
}

const FIVE_MINUTES = Duration.minutes(5);
const ONE_MINUTE = Duration.minutes(1);

export class Monitoring extends Construct {
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarms: Record<
    | 'DlqNotEmpty'
    | 'OldestMessageAge'
    | 'IngestFailures'
    | 'SignatureRejectedSpike'
    | 'ConsumerFailures'
    | 'LambdaThrottles'
    | 'DynamoDbThrottles',
    cloudwatch.Alarm
  >;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { api, ingest, consumer, queue, deadLetterQueue: dlq, table } = props;
    const emf = (
      service: 'ingest' | 'consumer' | 'reconciler',
      metricName: string,
      extra: Record<string, string> = {},
    ) =>
      new cloudwatch.Metric({
        namespace: props.metricsNamespace,
        metricName,
        dimensionsMap: { Service: service, ...extra },
        statistic: 'Sum',
        period: FIVE_MINUTES,
      });
    const sum = { statistic: 'Sum', period: FIVE_MINUTES };
    const latency = (metric: cloudwatch.Metric) => [
      metric.with({ statistic: 'p50', label: 'p50' }),
      metric.with({ statistic: 'p99', label: 'p99' }),
    ];
    const gsiMetric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/DynamoDB',
        metricName,
        dimensionsMap: { TableName: table.tableName, GlobalSecondaryIndexName: TABLE.byTime.indexName },
        ...sum,
      });

    // Alarms. Missing data means nothing happened, which is not a failure.
    const prefix = Stack.of(this).stackName;
    const alarm = (
      name: keyof Monitoring['alarms'] | ReconcilerAlarm,
      description: string,
      metric: cloudwatch.IMetric,
      threshold: number,
      evaluationPeriods = 1,
    ) => {
      const created = new cloudwatch.Alarm(this, name, {
        alarmName: `${prefix}-${name}`,
        alarmDescription: `${description} Runbook: README.md "Operation", ${name}.`,
        metric,
        threshold,
        evaluationPeriods,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(new actions.SnsAction(props.alarmTopic));
      created.addOkAction(new actions.SnsAction(props.alarmTopic));
      return created;
    };
    this.alarm = alarm;
    this.emf = emf;
    const anyOf = (label: string, metrics: Record<string, cloudwatch.IMetric>, period = FIVE_MINUTES) =>
      new cloudwatch.MathExpression({
        // FILL keeps one silent series from blanking the sum.
        expression: Object.keys(metrics)
          .map((k) => `FILL(${k}, 0)`)
          .join(' + '),
        usingMetrics: metrics,
        label,
        period,
      });

    this.alarms = {
      DlqNotEmpty: alarm(
        'DlqNotEmpty',
        'Messages failed processing five times and wait in the dead-letter queue.',
        dlq.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period: ONE_MINUTE }),
        1,
      ),
      OldestMessageAge: alarm(
        'OldestMessageAge',
        `The oldest queued webhook waits longer than ${props.oldestMessageAlarmSeconds} s.`,
        queue.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum', period: ONE_MINUTE }),
        props.oldestMessageAlarmSeconds,
        3,
      ),
      IngestFailures: alarm(
        'IngestFailures',
        'Webhooks were answered with 5xx: the API failed, SQS did not take a message, or the secret could not be read.',
        anyOf('API 5xx + EnqueueFailed + SecretUnavailable', {
          api5xx: api.metricServerError(sum),
          enqueueFailed: emf('ingest', 'EnqueueFailed'),
          secretUnavailable: emf('ingest', 'SecretUnavailable'),
        }),
        1,
      ),
      SignatureRejectedSpike: alarm(
        'SignatureRejectedSpike',
        `${props.signatureRejectedAlarmThreshold}+ requests with a missing or wrong signature in five minutes.`,
        emf('ingest', 'SignatureRejected'),
        props.signatureRejectedAlarmThreshold,
      ),
      ConsumerFailures: alarm(
        'ConsumerFailures',
        'The consumer failed messages (they will be retried, then dead-lettered) or crashed.',
        anyOf('consumer Errors + Failed', {
          errors: consumer.metricErrors(sum),
          failed: emf('consumer', 'Failed'),
        }),
        1,
      ),
      LambdaThrottles: alarm(
        'LambdaThrottles',
        'Lambda throttled the ingest or consumer function.',
        anyOf('ingest + consumer Throttles', {
          ingestThrottles: ingest.metricThrottles(sum),
          consumerThrottles: consumer.metricThrottles(sum),
        }),
        1,
      ),
      DynamoDbThrottles: alarm(
        'DynamoDbThrottles',
        'DynamoDB throttled reads or writes on the table or its byTime index.',
        anyOf('table + index throttle events', {
          readThrottles: table.metric('ReadThrottleEvents', sum),
          writeThrottles: table.metric('WriteThrottleEvents', sum),
          indexWriteThrottles: gsiMetric('WriteThrottleEvents'),
        }),
        1,
      ),
    };

    const graph = (title: string, left: cloudwatch.IMetric[], width = 8) =>
      new cloudwatch.GraphWidget({ title, left, width, height: 6 });
    const section = (title: string) =>
      new cloudwatch.TextWidget({ markdown: `## ${title}`, width: 24, height: 1 });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.hours(3),
      widgets: [
        [section('API (POST /webhooks/lava)')],
        [
          graph('Requests, 4xx, 5xx', [
            api.metricCount({ ...sum, label: 'Requests' }),
            api.metricClientError({ ...sum, label: '4xx' }),
            api.metricServerError({ ...sum, label: '5xx' }),
          ]),
          graph('API latency (ms)', latency(api.metricLatency({ period: FIVE_MINUTES }))),
          graph('Integration latency (ms)', latency(api.metricIntegrationLatency({ period: FIVE_MINUTES }))),
        ],
        [section('Ingest function')],
        [
          graph(
            'Ingest outcomes',
            INGEST_COUNTS.map((name) => emf('ingest', name)),
          ),
          graph('IngestLatency (ms)', latency(emf('ingest', 'IngestLatency'))),
          graph('Ingest errors, throttles', [
            ingest.metricErrors({ ...sum, label: 'Errors' }),
            ingest.metricThrottles({ ...sum, label: 'Throttles' }),
          ]),
        ],
        [section('Queue')],
        [
          graph('Queue depth', [
            queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', label: 'visible' }),
            queue.metricApproximateNumberOfMessagesNotVisible({ statistic: 'Maximum', label: 'in flight' }),
          ]),
          graph('Age of oldest message (s)', [
            queue.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum', label: 'oldest' }),
          ]),
          graph('DLQ depth', [
            dlq.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', label: 'dead letters' }),
          ]),
        ],
        [section('Consumer function')],
        [
          graph('Consumer outcomes', [
            ...CONSUMER_OUTCOMES.map((outcome) =>
              emf('consumer', 'Processed', { Outcome: outcome }).with({ label: outcome }),
            ),
            emf('consumer', 'Failed').with({ label: 'Failed' }),
            emf('consumer', 'SignatureUnverified').with({ label: 'SignatureUnverified' }),
            emf('consumer', 'DomainEventsPublished').with({ label: 'DomainEventsPublished' }),
          ]),
          graph('ProcessingLatency (ms)', latency(emf('consumer', 'ProcessingLatency'))),
          graph('Consumer errors, throttles', [
            consumer.metricErrors({ ...sum, label: 'Errors' }),
            consumer.metricThrottles({ ...sum, label: 'Throttles' }),
          ]),
        ],
        [
          graph(
            'Duration (ms)',
            [
              ingest.metricDuration({ statistic: 'p99', period: FIVE_MINUTES, label: 'ingest p99' }),
              consumer.metricDuration({ statistic: 'p50', period: FIVE_MINUTES, label: 'consumer p50' }),
              consumer.metricDuration({ statistic: 'p99', period: FIVE_MINUTES, label: 'consumer p99' }),
            ],
            24,
          ),
        ],
        [section('DynamoDB')],
        [
          graph('Consumed capacity units', [
            table.metricConsumedReadCapacityUnits({ ...sum, label: 'read' }),
            table.metricConsumedWriteCapacityUnits({ ...sum, label: 'write' }),
            gsiMetric('ConsumedWriteCapacityUnits').with({ label: 'byTime index write' }),
          ]),
          graph('Throttle events', [
            table.metric('ReadThrottleEvents', { ...sum, label: 'read' }),
            table.metric('WriteThrottleEvents', { ...sum, label: 'write' }),
            gsiMetric('WriteThrottleEvents').with({ label: 'byTime index write' }),
          ]),
          graph('System errors', [
            table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: FIVE_MINUTES }),
          ]),
        ],
      ],
    });
  }

  private readonly alarm: (
    name: ReconcilerAlarm,
    description: string,
    metric: cloudwatch.IMetric,
    threshold: number,
  ) => cloudwatch.Alarm;
  private readonly emf: (
    service: 'reconciler',
    metricName: string,
    extra?: Record<string, string>,
  ) => cloudwatch.Metric;
  reconcilerAlarms?: Record<ReconcilerAlarm, cloudwatch.Alarm>;

  /** The reconciler's widgets and alarms: drift found means webhooks are being missed. */
  watchReconciler(fn: lambda.IFunction): void {
    const hourly = (m: cloudwatch.IMetric) => (m as cloudwatch.Metric).with({ period: Duration.hours(1) });
    const metric = (name: string, extra?: Record<string, string>) => this.emf('reconciler', name, extra);
    this.reconcilerAlarms = {
      ReconcileDrift: this.alarm(
        'ReconcileDrift',
        "The reconciler found the table differing from Lava's customers: webhooks are being missed.",
        hourly(metric('Drift')),
        1,
      ),
      ReconcileRefused: this.alarm(
        'ReconcileRefused',
        'The reconciler refused to tombstone more than max(5, 10 %) of the active connections.',
        hourly(metric('Refusals')),
        1,
      ),
      ReconcileFailures: this.alarm(
        'ReconcileFailures',
        'The reconciler failed (Lava unreachable or refusing the key, DynamoDB, EventBridge).',
        fn.metricErrors({ statistic: 'Sum', period: Duration.hours(1) }),
        1,
      ),
    };
    const graph = (title: string, left: cloudwatch.IMetric[]) =>
      new cloudwatch.GraphWidget({ title, left, width: 8, height: 6 });
    this.dashboard.addWidgets(
      new cloudwatch.TextWidget({ markdown: '## Reconciler (Lava API)', width: 24, height: 1 }),
    );
    this.dashboard.addWidgets(
      graph('Customers read, repairs, refusals', [
        metric('CustomersRead').with({ label: 'CustomersRead' }),
        metric('Repairs', { Outcome: 'applied' }).with({ label: 'repaired' }),
        metric('Repairs', { Outcome: 'superseded' }).with({ label: 'superseded by a newer event' }),
        metric('Refusals').with({ label: 'Refusals' }),
      ]),
      graph(
        'Drift by kind',
        RECONCILER_DRIFT_KINDS.map((kind) => metric('Drift', { Kind: kind }).with({ label: kind })),
      ),
      graph('Reconciler errors, duration (ms)', [
        fn.metricErrors({ statistic: 'Sum', period: FIVE_MINUTES, label: 'Errors' }),
        fn.metricDuration({ statistic: 'Maximum', period: FIVE_MINUTES, label: 'duration max' }),
      ]),
    );
  }

  /** Console link for the CfnOutput. */
  dashboardUrl(): string {
    const region = Stack.of(this).region;
    return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards:name=${this.dashboard.dashboardName}`;
  }
}
