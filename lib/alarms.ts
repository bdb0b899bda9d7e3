// Every alarm as one entry: its name, what it means, the metric, threshold, periods and comparison.
// The description each alarm carries ends with its runbook link (docs/runbook.md#<name in lower case>).
// Missing data means nothing happened, which is not a failure, unless an entry says otherwise.
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { CONSUMER_METRICS } from '../lambdas/consumer/metric-names';
import type { ProcessedOutcome } from '../lambdas/core/archive-record';
import { DRAINER_METRICS } from '../lambdas/drainer/metric-names';
import { FORWARDER_METRICS } from '../lambdas/forwarder/metric-names';
import { INGEST_METRICS } from '../lambdas/ingest/outcomes';
import { RECONCILER_METRICS } from '../lambdas/reconciler/metric-names';
import type { AlarmName, CoreAlarm, ForwardingAlarm, ReconcilerAlarm } from './alarm-names';
import {
  type EmittedBy,
  type MonitoringMetrics,
  mathId,
  ONE_HOUR,
  ONE_MINUTE,
  SUM,
} from './monitoring-metrics';

export interface AlarmEntry<N extends AlarmName = AlarmName> {
  name: N;
  /** What happened, in a sentence or two; the runbook link follows it in the alarm's description. */
  meaning: string;
  metric: cloudwatch.IMetric;
  threshold: number;
  /** Periods in a row the metric must breach; 1 unless said. */
  evaluationPeriods?: number;
  /** `>=` unless said. */
  comparison?: cloudwatch.ComparisonOperator;
  /** Not breaching unless said. */
  treatMissingData?: cloudwatch.TreatMissingData;
}

/** The settings that move a threshold. */
export interface AlarmThresholds {
  oldestMessageAlarmSeconds: number;
  signatureRejectedAlarmThreshold: number;
}

/** Outcomes that answered Lava with a 503: the event is lost unless resent. */
export const INGEST_FAILURES = [
  INGEST_METRICS.notStored,
  INGEST_METRICS.secretUnavailable,
  INGEST_METRICS.internalError,
] as const;

/** The queue and ingest: a webhook that waits, fails, or is refused. */
function queueAndIngestAlarms(m: MonitoringMetrics, t: AlarmThresholds): AlarmEntry<CoreAlarm>[] {
  const { api, queue, deadLetterQueue } = m.watched;
  return [
    {
      name: 'DlqNotEmpty',
      meaning: 'Messages failed processing five times and wait in the dead-letter queue.',
      metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        statistic: 'Maximum',
        period: ONE_MINUTE,
      }),
      threshold: 1,
    },
    {
      name: 'OldestMessageAge',
      meaning: `The oldest queued webhook waits longer than ${t.oldestMessageAlarmSeconds} s.`,
      metric: queue.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum', period: ONE_MINUTE }),
      threshold: t.oldestMessageAlarmSeconds,
      evaluationPeriods: 3,
    },
    {
      name: 'IngestFailures',
      meaning:
        'Webhooks were answered with 5xx: the API failed, SQS did not take a message, the secret could not be read, or ingest hit a bug.',
      metric: m.anyOf(`API 5xx + ${INGEST_FAILURES.join(' + ')}`, {
        api5xx: api.metricServerError(SUM),
        ...Object.fromEntries(INGEST_FAILURES.map((name) => [mathId(name), m.emf('ingest', name)])),
      }),
      threshold: 1,
    },
    {
      name: 'SignatureRejectedSpike',
      meaning: `${t.signatureRejectedAlarmThreshold}+ requests with a missing or wrong signature in five minutes.`,
      metric: m.emf('ingest', INGEST_METRICS.signatureRejected),
      threshold: t.signatureRejectedAlarmThreshold,
    },
  ];
}

/** The consumer, throttles anywhere, and the spill path. */
function processingAlarms(m: MonitoringMetrics): AlarmEntry<CoreAlarm>[] {
  const { ingest, consumer, drainer, table } = m.watched;
  return [
    {
      name: 'ConsumerFailures',
      meaning: 'The consumer failed messages (they will be retried, then dead-lettered) or crashed.',
      metric: m.anyOf(`consumer Errors + ${CONSUMER_METRICS.failed}`, {
        errors: consumer.metricErrors(SUM),
        failed: m.emf('consumer', CONSUMER_METRICS.failed),
      }),
      threshold: 1,
    },
    {
      name: 'LambdaThrottles',
      meaning: 'Lambda throttled the ingest or consumer function.',
      metric: m.anyOf('ingest + consumer Throttles', {
        ingestThrottles: ingest.metricThrottles(SUM),
        consumerThrottles: consumer.metricThrottles(SUM),
      }),
      threshold: 1,
    },
    {
      name: 'DynamoDbThrottles',
      meaning: 'DynamoDB throttled reads or writes on the table or its byTime index.',
      metric: m.anyOf('table + index throttle events', {
        readThrottles: table.metric('ReadThrottleEvents', SUM),
        writeThrottles: table.metric('WriteThrottleEvents', SUM),
        indexWriteThrottles: m.byTimeIndex('WriteThrottleEvents'),
      }),
      threshold: 1,
    },
    {
      name: 'ApiThrottled',
      meaning:
        "API Gateway's throttle refused requests with 429: Lava does not retry, so each one is an event lost.",
      metric: m.apiThrottled,
      threshold: 1,
    },
    {
      name: 'EventsSpilled',
      meaning:
        'SQS did not confirm requests; they were stored in the spill table (safe) for the drainer to move.',
      metric: m.emf('ingest', INGEST_METRICS.spilled),
      threshold: 1,
    },
    {
      name: 'SpillDrainFailures',
      meaning: 'The drainer could not move spilled requests to the queue; they wait in the table.',
      metric: m.anyOf(`drainer Errors + ${DRAINER_METRICS.failed}`, {
        errors: drainer.metricErrors(SUM),
        failed: m.emf('drainer', DRAINER_METRICS.failed),
      }),
      threshold: 1,
    },
  ];
}

/** What Lava sent that could not be used as sent. */
function payloadAlarms(m: MonitoringMetrics): AlarmEntry<CoreAlarm>[] {
  return [
    {
      name: 'EventsRejected',
      meaning:
        'Signed requests could not be applied (not a Lava envelope, or no customer id); archived as rejected.',
      metric: m.emf('consumer', CONSUMER_METRICS.processed, {
        Outcome: 'rejected' satisfies ProcessedOutcome,
      }),
      threshold: 1,
    },
    {
      name: 'PayloadChanged',
      meaning:
        "Lava's payload changed: a known field came with a value of another type. The events applied; each such field kept its stored value.",
      metric: m.emf('consumer', CONSUMER_METRICS.payloadFieldUnread),
      threshold: 1,
    },
  ];
}

export const coreAlarms = (m: MonitoringMetrics, t: AlarmThresholds): AlarmEntry<CoreAlarm>[] => [
  ...queueAndIngestAlarms(m, t),
  ...processingAlarms(m),
  ...payloadAlarms(m),
];

/** The reconciler runs hourly: drift found means webhooks are being missed. */
export function reconcilerAlarms(m: MonitoringMetrics): AlarmEntry<ReconcilerAlarm>[] {
  const hourly = (name: EmittedBy<'reconciler'>) => m.emf('reconciler', name).with({ period: ONE_HOUR });
  return [
    {
      name: 'ReconcileDrift',
      meaning: "The reconciler found the table differing from Lava's customers: webhooks are being missed.",
      metric: hourly(RECONCILER_METRICS.drift),
      threshold: 1,
    },
    {
      name: 'ReconcileRefused',
      meaning: 'The reconciler refused to tombstone more than max(5, 10 %) of the active connections.',
      metric: hourly(RECONCILER_METRICS.refusals),
      threshold: 1,
    },
    {
      name: 'ReconcileFailures',
      meaning: 'The reconciler failed (Lava unreachable or refusing the key, DynamoDB, EventBridge).',
      metric: m.watched.reconciler.metricErrors({ statistic: 'Sum', period: ONE_HOUR }),
      threshold: 1,
    },
  ];
}

/**
 * Forwarding to the app: a dead letter means an event the app never took in 24 hours; a 410 turned
 * forwarding off. ForwardingOff keeps its state while no data comes (the forwarder does not run while
 * off) and clears at the first batch after `forward on`, which reports 0.
 */
export function forwardingAlarms(m: MonitoringMetrics): AlarmEntry<ForwardingAlarm>[] {
  const forwarding = m.watched.forwarding;
  if (!forwarding) return [];
  return [
    {
      name: 'ForwardDlqNotEmpty',
      meaning: 'Domain events the app did not take (no 2xx) for 24 hours wait in the forwarding DLQ.',
      metric: forwarding.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        statistic: 'Maximum',
        period: ONE_MINUTE,
      }),
      threshold: 1,
    },
    {
      name: 'ForwardingOff',
      meaning:
        'The app answered 410 Gone: forwarding is off and domain events wait in the forwarding queue (14 days).',
      metric: m.emf('forwarder', FORWARDER_METRICS.off),
      threshold: 1,
      treatMissingData: cloudwatch.TreatMissingData.IGNORE,
    },
  ];
}
