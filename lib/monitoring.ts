// One dashboard and the alarms, all to the alarm topic. Handler metrics are CloudWatch EMF lines written
// by lambdas/shared/metrics.ts; their names are the handlers' own constants (EMITTED_METRICS).

import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { PROCESSED_OUTCOMES, type ProcessedOutcome } from '../lambdas/consumer/event-record';
import { CONSUMER_METRICS } from '../lambdas/consumer/metric-names';
import { DRAINER_METRICS } from '../lambdas/drainer/drain';
import { ANSWER_KINDS, FORWARDER_METRICS } from '../lambdas/forwarder/metric-names';
import { INGEST_METRICS, INGEST_OUTCOMES } from '../lambdas/ingest/outcomes';
import { DRIFT_KINDS, RECONCILER_METRICS, REPAIRS_OUTCOME } from '../lambdas/reconciler/metric-names';
import { CONSUMER_TABLE_ACCESS, TABLE, WEBHOOK_PATH } from './definitions';

/**
 * The metrics each function emits, by its `Service` dimension: the handlers' own constants, so a
 * renamed metric cannot leave an alarm or a widget watching a name nothing emits.
 */
export const EMITTED_METRICS = {
  ingest: INGEST_METRICS,
  consumer: CONSUMER_METRICS,
  drainer: DRAINER_METRICS,
  reconciler: RECONCILER_METRICS,
  forwarder: FORWARDER_METRICS,
} as const;
type Service = keyof typeof EMITTED_METRICS;
type EmittedBy<S extends Service> = (typeof EMITTED_METRICS)[S][keyof (typeof EMITTED_METRICS)[S]] & string;

/** Every count ingest emits, named where ingest decides its outcomes. */
const INGEST_COUNTS = [
  INGEST_METRICS.received,
  ...Object.values(INGEST_OUTCOMES).map((row) => row.metric),
] as const;
/** Outcomes that answered Lava with a 503: the event is lost unless resent. */
const INGEST_FAILURES = [
  INGEST_METRICS.notStored,
  INGEST_METRICS.secretUnavailable,
  INGEST_METRICS.internalError,
] as const;
/** Counted from the API's access log: requests API Gateway's throttle refused with 429. */
export const API_THROTTLED_METRIC = 'ApiThrottled';
export type ReconcilerAlarm = 'ReconcileDrift' | 'ReconcileRefused' | 'ReconcileFailures';
export type ForwardingAlarm = 'ForwardDlqNotEmpty' | 'ForwardingOff';

/** What watchForwarding charts and alarms on. */
export interface ForwardingResources {
  fn: { function: lambda.IFunction };
  queue: sqs.IQueue;
  deadLetterQueue: sqs.IQueue;
}

export interface MonitoringProps {
  api: apigw.HttpApi;
  /** The API's JSON access log, where throttled requests (429) are counted. */
  accessLogs: logs.ILogGroup;
  ingest: lambda.IFunction;
  consumer: lambda.IFunction;
  drainer: lambda.IFunction;
  queue: sqs.IQueue;
  deadLetterQueue: sqs.IQueue;
  table: dynamodb.Table;
  alarmTopic: sns.ITopic;
  metricsNamespace: string;
  oldestMessageAlarmSeconds: number;
  signatureRejectedAlarmThreshold: number;
}

/** Every alarm of a stack is named `<stack name>-<alarm>`, e.g. `LavaWebhooks-prod-DlqNotEmpty`. */
export const alarmNamePrefix = (stackName: string) => `${stackName}-`;

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
    | 'DynamoDbThrottles'
    | 'ApiThrottled'
    | 'EventsSpilled'
    | 'SpillDrainFailures'
    | 'EventsRejected'
    | 'PayloadChanged',
    cloudwatch.Alarm
  >;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { api, ingest, consumer, queue, deadLetterQueue: dlq, table } = props;
    const emf = <S extends Service>(
      service: S,
      metricName: EmittedBy<S>,
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

    // Throttled requests never reach ingest: count the 429s in the API's access log.
    new logs.MetricFilter(this, 'ApiThrottledFilter', {
      logGroup: props.accessLogs,
      metricNamespace: props.metricsNamespace,
      metricName: API_THROTTLED_METRIC,
      filterPattern: logs.FilterPattern.stringValue('$.status', '=', '429'),
      metricValue: '1',
    });
    const throttled = new cloudwatch.Metric({
      namespace: props.metricsNamespace,
      metricName: API_THROTTLED_METRIC,
      ...sum,
    });

    // Alarms. Missing data means nothing happened, which is not a failure.
    const prefix = alarmNamePrefix(Stack.of(this).stackName);
    const alarm = (
      name: keyof Monitoring['alarms'] | ReconcilerAlarm | ForwardingAlarm,
      description: string,
      metric: cloudwatch.IMetric,
      threshold: number,
      evaluationPeriods = 1,
      treatMissingData = cloudwatch.TreatMissingData.NOT_BREACHING,
    ) => {
      const created = new cloudwatch.Alarm(this, name, {
        alarmName: `${prefix}${name}`,
        alarmDescription: `${description} Runbook: README.md "Operation", ${name}.`,
        metric,
        threshold,
        evaluationPeriods,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData,
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
        'Webhooks were answered with 5xx: the API failed, SQS did not take a message, the secret could not be read, or ingest hit a bug.',
        anyOf(`API 5xx + ${INGEST_FAILURES.join(' + ')}`, {
          api5xx: api.metricServerError(sum),
          ...Object.fromEntries(
            INGEST_FAILURES.map((name) => [name[0]?.toLowerCase() + name.slice(1), emf('ingest', name)]),
          ),
        }),
        1,
      ),
      SignatureRejectedSpike: alarm(
        'SignatureRejectedSpike',
        `${props.signatureRejectedAlarmThreshold}+ requests with a missing or wrong signature in five minutes.`,
        emf('ingest', INGEST_METRICS.signatureRejected),
        props.signatureRejectedAlarmThreshold,
      ),
      ConsumerFailures: alarm(
        'ConsumerFailures',
        'The consumer failed messages (they will be retried, then dead-lettered) or crashed.',
        anyOf(`consumer Errors + ${CONSUMER_METRICS.failed}`, {
          errors: consumer.metricErrors(sum),
          failed: emf('consumer', CONSUMER_METRICS.failed),
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
      ApiThrottled: alarm(
        'ApiThrottled',
        "API Gateway's throttle refused requests with 429: Lava does not retry, so each one is an event lost.",
        throttled,
        1,
      ),
      EventsSpilled: alarm(
        'EventsSpilled',
        'SQS did not confirm requests; they were stored in the spill table (safe) for the drainer to move.',
        emf('ingest', INGEST_METRICS.spilled),
        1,
      ),
      SpillDrainFailures: alarm(
        'SpillDrainFailures',
        'The drainer could not move spilled requests to the queue; they wait in the table.',
        anyOf(`drainer Errors + ${DRAINER_METRICS.failed}`, {
          errors: props.drainer.metricErrors(sum),
          failed: emf('drainer', DRAINER_METRICS.failed),
        }),
        1,
      ),
      EventsRejected: alarm(
        'EventsRejected',
        'Signed requests could not be applied (not a Lava envelope, or no customer id); archived as rejected.',
        emf('consumer', CONSUMER_METRICS.processed, { Outcome: 'rejected' satisfies ProcessedOutcome }),
        1,
      ),
      PayloadChanged: alarm(
        'PayloadChanged',
        "Lava's payload changed: a known field came with a value of another type. The events applied; each such field kept its stored value.",
        emf('consumer', CONSUMER_METRICS.payloadFieldUnread),
        1,
      ),
    };

    const graph = (title: string, left: cloudwatch.IMetric[], width = 8) =>
      new cloudwatch.GraphWidget({ title, left, width, height: 6 });
    const section = (title: string) =>
      new cloudwatch.TextWidget({ markdown: `## ${title}`, width: 24, height: 1 });

    /** How a function's row ends: its latency, then Lambda's errors and throttles. */
    const latencyAndFailures = (
      title: string,
      fn: lambda.IFunction,
      latencyMetric: cloudwatch.Metric,
      latencyTitle = `${latencyMetric.metricName} (ms)`,
    ) => [
      graph(latencyTitle, latency(latencyMetric)),
      graph(`${title} errors, throttles`, [
        fn.metricErrors({ ...sum, label: 'Errors' }),
        fn.metricThrottles({ ...sum, label: 'Throttles' }),
      ]),
    ];

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.hours(3),
      widgets: [
        [section(`API (POST ${WEBHOOK_PATH})`)],
        [
          graph('Requests, 4xx, 5xx', [
            api.metricCount({ ...sum, label: 'Requests' }),
            api.metricClientError({ ...sum, label: '4xx' }),
            api.metricServerError({ ...sum, label: '5xx' }),
            throttled.with({ label: '429 (throttled)' }),
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
          // Lambda's Duration: the handler's time, which ingest no longer logs a copy of.
          ...latencyAndFailures(
            'Ingest',
            ingest,
            ingest.metricDuration({ period: FIVE_MINUTES }),
            'Ingest duration (ms)',
          ),
        ],
        [
          graph(
            'Spill path: spilled by ingest, moved to the queue by the drainer',
            [
              emf('ingest', INGEST_METRICS.spilled).with({ label: INGEST_METRICS.spilled }),
              emf('drainer', DRAINER_METRICS.drained).with({ label: DRAINER_METRICS.drained }),
              emf('drainer', DRAINER_METRICS.failed).with({ label: DRAINER_METRICS.failed }),
              props.drainer.metricErrors({ ...sum, label: 'drainer Errors' }),
            ],
            24,
          ),
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
            ...PROCESSED_OUTCOMES.map((outcome) =>
              emf('consumer', CONSUMER_METRICS.processed, { Outcome: outcome }).with({ label: outcome }),
            ),
            ...[
              CONSUMER_METRICS.failed,
              CONSUMER_METRICS.signatureUnverified,
              CONSUMER_METRICS.domainEventsPublished,
              CONSUMER_METRICS.duplicatesPromoted,
            ].map((name) => emf('consumer', name).with({ label: name })),
          ]),
          ...latencyAndFailures('Consumer', consumer, emf('consumer', CONSUMER_METRICS.latency)),
        ],
        [
          graph(
            "Lava's payload: fields not read, by field; events with new field names",
            [
              new cloudwatch.MathExpression({
                // One line per field that came with a value of another type (the Field dimension).
                expression: `SEARCH('{${props.metricsNamespace},Service,Field} Service="consumer" MetricName="${CONSUMER_METRICS.payloadFieldUnread}"', 'Sum', 300)`,
                label: '',
                period: FIVE_MINUTES,
              }),
              emf('consumer', CONSUMER_METRICS.payloadNewFields).with({
                label: 'events with new field names',
              }),
            ],
            24,
          ),
        ],
        [
          // Ingest's duration is in its own row.
          graph(
            'Consumer duration (ms)',
            [
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
          // One line per operation the consumer sends, each filled: an operation without errors has
          // no data points at all, and a sum of them without FILL would draw nothing.
          graph(
            'System errors',
            CONSUMER_TABLE_ACCESS.operations.map(
              (operation) =>
                new cloudwatch.MathExpression({
                  expression: `FILL(${operation.toLowerCase()}, 0)`,
                  usingMetrics: {
                    [operation.toLowerCase()]: table.metric('SystemErrors', {
                      ...sum,
                      dimensionsMap: { TableName: table.tableName, Operation: operation },
                    }),
                  },
                  label: operation,
                  period: FIVE_MINUTES,
                }),
            ),
          ),
        ],
      ],
    });
  }

  private readonly alarm: (
    name: ReconcilerAlarm | ForwardingAlarm,
    description: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    evaluationPeriods?: number,
    treatMissingData?: cloudwatch.TreatMissingData,
  ) => cloudwatch.Alarm;
  private readonly emf: <S extends 'reconciler' | 'forwarder'>(
    service: S,
    metricName: EmittedBy<S>,
    extra?: Record<string, string>,
  ) => cloudwatch.Metric;
  reconcilerAlarms?: Record<ReconcilerAlarm, cloudwatch.Alarm>;
  forwardingAlarms?: Record<ForwardingAlarm, cloudwatch.Alarm>;

  /** The reconciler's widgets and alarms: drift found means webhooks are being missed. */
  watchReconciler(fn: lambda.IFunction): void {
    const hourly = (m: cloudwatch.IMetric) => (m as cloudwatch.Metric).with({ period: Duration.hours(1) });
    const metric = (name: EmittedBy<'reconciler'>, extra?: Record<string, string>) =>
      this.emf('reconciler', name, extra);
    this.reconcilerAlarms = {
      ReconcileDrift: this.alarm(
        'ReconcileDrift',
        "The reconciler found the table differing from Lava's customers: webhooks are being missed.",
        hourly(metric(RECONCILER_METRICS.drift)),
        1,
      ),
      ReconcileRefused: this.alarm(
        'ReconcileRefused',
        'The reconciler refused to tombstone more than max(5, 10 %) of the active connections.',
        hourly(metric(RECONCILER_METRICS.refusals)),
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
        metric(RECONCILER_METRICS.customersRead).with({ label: RECONCILER_METRICS.customersRead }),
        metric(RECONCILER_METRICS.repairs, { Outcome: REPAIRS_OUTCOME.applied }).with({ label: 'repaired' }),
        metric(RECONCILER_METRICS.repairs, { Outcome: REPAIRS_OUTCOME.superseded }).with({
          label: 'superseded by a newer event',
        }),
        metric(RECONCILER_METRICS.refusals).with({ label: RECONCILER_METRICS.refusals }),
      ]),
      graph(
        'Drift by kind',
        DRIFT_KINDS.map((kind) => metric(RECONCILER_METRICS.drift, { Kind: kind }).with({ label: kind })),
      ),
      graph('Reconciler errors, duration (ms)', [
        fn.metricErrors({ statistic: 'Sum', period: FIVE_MINUTES, label: 'Errors' }),
        fn.metricDuration({ statistic: 'Maximum', period: FIVE_MINUTES, label: 'duration max' }),
      ]),
    );
  }

  /**
   * Forwarding to the app: a dead letter means an event the app never took in 24 hours; a 410 turned
   * forwarding off. ForwardingOff keeps its state while no data comes (the forwarder does not run
   * while off) and clears at the first batch after `forward on`, which reports 0.
   */
  watchForwarding(forwarding: ForwardingResources): void {
    const fn = forwarding.fn.function;
    const { queue, deadLetterQueue: dlq } = forwarding;
    const metric = (name: EmittedBy<'forwarder'>, extra?: Record<string, string>) =>
      this.emf('forwarder', name, extra);
    this.forwardingAlarms = {
      ForwardDlqNotEmpty: this.alarm(
        'ForwardDlqNotEmpty',
        'Domain events the app did not take (no 2xx) for 24 hours wait in the forwarding DLQ.',
        dlq.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period: ONE_MINUTE }),
        1,
      ),
      ForwardingOff: this.alarm(
        'ForwardingOff',
        'The app answered 410 Gone: forwarding is off and domain events wait in the forwarding queue (14 days).',
        metric(FORWARDER_METRICS.off),
        1,
        1,
        cloudwatch.TreatMissingData.IGNORE,
      ),
    };
    const graph = (title: string, left: cloudwatch.IMetric[], right: cloudwatch.IMetric[] = []) =>
      new cloudwatch.GraphWidget({ title, left, right, width: 6, height: 6 });
    const sum = { statistic: 'Sum', period: FIVE_MINUTES };
    this.dashboard.addWidgets(
      new cloudwatch.TextWidget({ markdown: '## Forwarding to the app', width: 24, height: 1 }),
    );
    this.dashboard.addWidgets(
      graph('Forwarded, retried, failed', [
        metric(FORWARDER_METRICS.forwarded).with({ label: 'forwarded (2xx)' }),
        ...ANSWER_KINDS.map((kind) =>
          metric(FORWARDER_METRICS.retried, { Answer: kind }).with({ label: `retried after ${kind}` }),
        ),
        metric(FORWARDER_METRICS.failed).with({ label: 'failed (to the DLQ)' }),
        metric(FORWARDER_METRICS.off).with({ label: 'turned off (410)' }),
      ]),
      graph(
        'Age of the oldest',
        [queue.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum', label: 'queued message (s)' })],
        [
          metric(FORWARDER_METRICS.delay).with({
            statistic: 'Maximum',
            label: 'event published → attempt (ms)',
          }),
        ],
      ),
      graph('Forwarding queue, DLQ', [
        queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', label: 'waiting' }),
        queue.metric('ApproximateNumberOfMessagesDelayed', {
          statistic: 'Maximum',
          label: 'waiting to retry',
        }),
        dlq.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', label: 'dead letters' }),
      ]),
      graph('Forwarder errors, duration (ms)', [
        fn.metricErrors({ ...sum, label: 'Errors' }),
        fn.metricThrottles({ ...sum, label: 'Throttles' }),
        fn.metricDuration({ statistic: 'p99', period: FIVE_MINUTES, label: 'duration p99' }),
      ]),
    );
  }

  /** Console link for the CfnOutput. */
  dashboardUrl(): string {
    const region = Stack.of(this).region;
    return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards:name=${this.dashboard.dashboardName}`;
  }
}
