// The dashboard, one small function per section: each returns its rows (a row is a list of widgets),
// top to bottom as the console shows them.
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { CONSUMER_METRICS } from '../lambdas/consumer/metric-names';
import { PROCESSED_OUTCOMES } from '../lambdas/core/archive-record';
import { DRAINER_METRICS } from '../lambdas/drainer/metric-names';
import { ANSWER_KINDS, FORWARDER_METRICS } from '../lambdas/forwarder/metric-names';
import { INGEST_METRICS, INGEST_OUTCOMES, RECEIVED_LABEL } from '../lambdas/ingest/outcomes';
import { DRIFT_KINDS, RECONCILER_METRICS, REPAIRS_OUTCOME } from '../lambdas/reconciler/metric-names';
import { CONSUMER_TABLE_ACCESS, WEBHOOK_PATH } from './definitions';
import { FIVE_MINUTES, type MonitoringMetrics, mathId, SUM } from './monitoring-metrics';

export type Row = cloudwatch.IWidget[];

const graph = (title: string, left: cloudwatch.IMetric[], width = 8) =>
  new cloudwatch.GraphWidget({ title, left, width, height: 6 });
const section = (title: string) =>
  new cloudwatch.TextWidget({ markdown: `## ${title}`, width: 24, height: 1 });
const maximum = (label: string) => ({ statistic: 'Maximum', label });

/** Every count ingest emits, one per outcome, named where ingest decides its outcomes. */
const INGEST_COUNTS = Object.values(INGEST_OUTCOMES).map((row) => row.metric);

/**
 * Ingest's outcomes and, first, the requests it received: their sum (ingest counts each request
 * once, under its outcome), added up here rather than sent as a count of its own on every line.
 */
function ingestOutcomes(m: MonitoringMetrics): cloudwatch.IMetric[] {
  return [
    m.anyOf(
      RECEIVED_LABEL,
      Object.fromEntries(INGEST_COUNTS.map((name) => [mathId(name), m.emf('ingest', name)])),
    ),
    ...INGEST_COUNTS.map((name) => m.emf('ingest', name)),
  ];
}

/** How a function's row ends: its latency, then Lambda's errors and throttles. */
function latencyAndFailures(
  m: MonitoringMetrics,
  title: string,
  fn: lambda.IFunction,
  latencyMetric: cloudwatch.Metric,
  latencyTitle = `${latencyMetric.metricName} (ms)`,
): Row {
  return [
    graph(latencyTitle, m.latency(latencyMetric)),
    graph(`${title} errors, throttles`, [
      fn.metricErrors({ ...SUM, label: 'Errors' }),
      fn.metricThrottles({ ...SUM, label: 'Throttles' }),
    ]),
  ];
}

export function apiRows(m: MonitoringMetrics): Row[] {
  const { api } = m.watched;
  return [
    [section(`API (POST ${WEBHOOK_PATH})`)],
    [
      graph('Requests, 4xx, 5xx', [
        api.metricCount({ ...SUM, label: 'Requests' }),
        api.metricClientError({ ...SUM, label: '4xx' }),
        api.metricServerError({ ...SUM, label: '5xx' }),
        m.apiThrottled.with({ label: '429 (throttled)' }),
      ]),
      graph('API latency (ms)', m.latency(api.metricLatency({ period: FIVE_MINUTES }))),
      graph('Integration latency (ms)', m.latency(api.metricIntegrationLatency({ period: FIVE_MINUTES }))),
    ],
  ];
}

export function ingestRows(m: MonitoringMetrics): Row[] {
  const { ingest, drainer } = m.watched;
  return [
    [section('Ingest function')],
    [
      graph('Ingest outcomes', ingestOutcomes(m)),
      // Lambda's Duration: the handler's time, which ingest no longer logs a copy of.
      ...latencyAndFailures(
        m,
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
          m.emf('ingest', INGEST_METRICS.spilled).with({ label: INGEST_METRICS.spilled }),
          m.emf('drainer', DRAINER_METRICS.drained).with({ label: DRAINER_METRICS.drained }),
          m.emf('drainer', DRAINER_METRICS.failed).with({ label: DRAINER_METRICS.failed }),
          drainer.metricErrors({ ...SUM, label: 'drainer Errors' }),
        ],
        24,
      ),
    ],
  ];
}

export function queueRows(m: MonitoringMetrics): Row[] {
  const { queue, deadLetterQueue } = m.watched;
  return [
    [section('Queue')],
    [
      graph('Queue depth', [
        queue.metricApproximateNumberOfMessagesVisible(maximum('visible')),
        queue.metricApproximateNumberOfMessagesNotVisible(maximum('in flight')),
      ]),
      graph('Age of oldest message (s)', [queue.metricApproximateAgeOfOldestMessage(maximum('oldest'))]),
      graph('DLQ depth', [deadLetterQueue.metricApproximateNumberOfMessagesVisible(maximum('dead letters'))]),
    ],
  ];
}

export function consumerRows(m: MonitoringMetrics): Row[] {
  const { consumer, metricsNamespace } = m.watched;
  const counted = [
    CONSUMER_METRICS.failed,
    CONSUMER_METRICS.signatureUnverified,
    CONSUMER_METRICS.domainEventsPublished,
    CONSUMER_METRICS.duplicatesPromoted,
  ] as const;
  return [
    [section('Consumer function')],
    [
      graph('Consumer outcomes', [
        ...PROCESSED_OUTCOMES.map((outcome) =>
          m.emf('consumer', CONSUMER_METRICS.processed, { Outcome: outcome }).with({ label: outcome }),
        ),
        ...counted.map((name) => m.emf('consumer', name).with({ label: name })),
      ]),
      ...latencyAndFailures(m, 'Consumer', consumer, m.emf('consumer', CONSUMER_METRICS.latency)),
    ],
    [
      graph(
        "Lava's payload: fields not read, by field; events with new field names",
        [
          new cloudwatch.MathExpression({
            // One line per field that came with a value of another type (the Field dimension).
            expression: `SEARCH('{${metricsNamespace},Service,Field} Service="consumer" MetricName="${CONSUMER_METRICS.payloadFieldUnread}"', 'Sum', 300)`,
            label: '',
            period: FIVE_MINUTES,
          }),
          m.emf('consumer', CONSUMER_METRICS.payloadNewFields).with({ label: 'events with new field names' }),
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
  ];
}

export function dynamoDbRows(m: MonitoringMetrics): Row[] {
  const { table } = m.watched;
  // One line per operation the consumer sends, each filled: an operation without errors has no data
  // points at all, and a sum of them without FILL would draw nothing.
  const systemErrors = CONSUMER_TABLE_ACCESS.operations.map((operation) => {
    const id = operation.toLowerCase();
    return new cloudwatch.MathExpression({
      expression: `FILL(${id}, 0)`,
      usingMetrics: {
        [id]: table.metric('SystemErrors', {
          ...SUM,
          dimensionsMap: { TableName: table.tableName, Operation: operation },
        }),
      },
      label: operation,
      period: FIVE_MINUTES,
    });
  });
  return [
    [section('DynamoDB')],
    [
      graph('Consumed capacity units', [
        table.metricConsumedReadCapacityUnits({ ...SUM, label: 'read' }),
        table.metricConsumedWriteCapacityUnits({ ...SUM, label: 'write' }),
        m.byTimeIndex('ConsumedWriteCapacityUnits').with({ label: 'byTime index write' }),
      ]),
      graph('Throttle events', [
        table.metric('ReadThrottleEvents', { ...SUM, label: 'read' }),
        table.metric('WriteThrottleEvents', { ...SUM, label: 'write' }),
        m.byTimeIndex('WriteThrottleEvents').with({ label: 'byTime index write' }),
      ]),
      graph('System errors', systemErrors),
    ],
  ];
}

export function reconcilerRows(m: MonitoringMetrics): Row[] {
  const fn = m.watched.reconciler;
  const metric = (name: (typeof RECONCILER_METRICS)[keyof typeof RECONCILER_METRICS], extra = {}) =>
    m.emf('reconciler', name, extra);
  return [
    [section('Reconciler (Lava API)')],
    [
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
    ],
  ];
}

export function forwardingRows(m: MonitoringMetrics): Row[] {
  const forwarding = m.watched.forwarding;
  if (!forwarding) return [];
  const fn = forwarding.fn.function;
  const { queue, deadLetterQueue: dlq } = forwarding;
  const metric = (name: (typeof FORWARDER_METRICS)[keyof typeof FORWARDER_METRICS], extra = {}) =>
    m.emf('forwarder', name, extra);
  const narrow = (title: string, left: cloudwatch.IMetric[], right: cloudwatch.IMetric[] = []) =>
    new cloudwatch.GraphWidget({ title, left, right, width: 6, height: 6 });
  return [
    [section('Forwarding to the app')],
    [
      narrow('Forwarded, retried, failed', [
        metric(FORWARDER_METRICS.forwarded).with({ label: 'forwarded (2xx)' }),
        ...ANSWER_KINDS.map((kind) =>
          metric(FORWARDER_METRICS.retried, { Answer: kind }).with({ label: `retried after ${kind}` }),
        ),
        metric(FORWARDER_METRICS.failed).with({ label: 'failed (to the DLQ)' }),
        metric(FORWARDER_METRICS.off).with({ label: 'turned off (410)' }),
      ]),
      narrow(
        'Age of the oldest',
        [queue.metricApproximateAgeOfOldestMessage(maximum('queued message (s)'))],
        [metric(FORWARDER_METRICS.delay).with(maximum('event published → attempt (ms)'))],
      ),
      narrow('Forwarding queue, DLQ', [
        queue.metricApproximateNumberOfMessagesVisible(maximum('waiting')),
        queue.metric('ApproximateNumberOfMessagesDelayed', maximum('waiting to retry')),
        dlq.metricApproximateNumberOfMessagesVisible(maximum('dead letters')),
      ]),
      narrow('Forwarder errors, duration (ms)', [
        fn.metricErrors({ ...SUM, label: 'Errors' }),
        fn.metricThrottles({ ...SUM, label: 'Throttles' }),
        fn.metricDuration({ statistic: 'p99', period: FIVE_MINUTES, label: 'duration p99' }),
      ]),
    ],
  ];
}
