// The metrics the alarms and the dashboard read, built once from the resources they watch. Handler
// metrics are CloudWatch EMF lines written by lambdas/shared/metrics.ts; their names are the handlers'
// own constants (EMITTED_METRICS), so a renamed metric cannot leave an alarm watching nothing.
import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { CONSUMER_METRICS } from '../lambdas/consumer/metric-names';
import { DRAINER_METRICS } from '../lambdas/drainer/metric-names';
import { FORWARDER_METRICS } from '../lambdas/forwarder/metric-names';
import { INGEST_METRICS } from '../lambdas/ingest/outcomes';
import { RECONCILER_METRICS } from '../lambdas/reconciler/metric-names';
import { TABLE } from './definitions';

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
export type Service = keyof typeof EMITTED_METRICS;
export type EmittedBy<S extends Service> = (typeof EMITTED_METRICS)[S][keyof (typeof EMITTED_METRICS)[S]] &
  string;

/** Counted from the API's access log: requests API Gateway's throttle refused with 429. */
export const API_THROTTLED_METRIC = 'ApiThrottled';

/** A metric's id in a math expression: its name, lower-cased first (an id must start so). */
export const mathId = (name: string) => name[0]?.toLowerCase() + name.slice(1);

export const FIVE_MINUTES = Duration.minutes(5);
export const ONE_MINUTE = Duration.minutes(1);
export const ONE_HOUR = Duration.hours(1);
/** Most counts: summed over five minutes. */
export const SUM = { statistic: 'Sum', period: FIVE_MINUTES } as const;

/** What the forwarding alarms and widgets watch. */
export interface ForwardingResources {
  fn: { function: lambda.IFunction };
  queue: sqs.IQueue;
  deadLetterQueue: sqs.IQueue;
}

/** Everything monitored: the resources, and the namespace the handlers' EMF lines go to. */
export interface MonitoredResources {
  api: apigw.HttpApi;
  ingest: lambda.IFunction;
  consumer: lambda.IFunction;
  drainer: lambda.IFunction;
  reconciler: lambda.IFunction;
  queue: sqs.IQueue;
  deadLetterQueue: sqs.IQueue;
  table: dynamodb.ITable;
  metricsNamespace: string;
  forwarding?: ForwardingResources;
}

/** Metric factories over the monitored resources, shared by the alarm list and the dashboard rows. */
export class MonitoringMetrics {
  constructor(readonly watched: MonitoredResources) {}

  /** A handler's EMF count, summed over five minutes. */
  emf<S extends Service>(service: S, metricName: EmittedBy<S>, extra: Record<string, string> = {}) {
    return new cloudwatch.Metric({
      namespace: this.watched.metricsNamespace,
      metricName,
      dimensionsMap: { Service: service, ...extra },
      ...SUM,
    });
  }

  /** Requests API Gateway refused with 429 (a metric filter on the access log counts them). */
  get apiThrottled() {
    return new cloudwatch.Metric({
      namespace: this.watched.metricsNamespace,
      metricName: API_THROTTLED_METRIC,
      ...SUM,
    });
  }

  /** A metric of the table's byTime index (the one that takes writes with every event). */
  byTimeIndex(metricName: string) {
    return new cloudwatch.Metric({
      namespace: 'AWS/DynamoDB',
      metricName,
      dimensionsMap: {
        TableName: this.watched.table.tableName,
        GlobalSecondaryIndexName: TABLE.byTime.indexName,
      },
      ...SUM,
    });
  }

  /** The sum of several series; FILL keeps one silent series from blanking the sum. */
  anyOf(label: string, metrics: Record<string, cloudwatch.IMetric>, period = FIVE_MINUTES) {
    return new cloudwatch.MathExpression({
      expression: Object.keys(metrics)
        .map((k) => `FILL(${k}, 0)`)
        .join(' + '),
      usingMetrics: metrics,
      label,
      period,
    });
  }

  /** p50 and p99 of a latency metric. */
  latency(metric: cloudwatch.Metric) {
    return [metric.with({ statistic: 'p50', label: 'p50' }), metric.with({ statistic: 'p99', label: 'p99' })];
  }
}
