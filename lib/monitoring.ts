// One dashboard and the alarms, all to the alarm topic: the alarm entries of lib/alarms.ts and the
// dashboard rows of lib/dashboard-rows.ts, built once from everything the stack runs (the reconciler
// and, when on, forwarding included): nothing is added after construction.
import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { FILTER_COUNTED_OUTCOMES, INGEST_DIMENSIONS } from '../lambdas/ingest/outcomes';
import {
  type AlarmName,
  alarmNamePrefix,
  type CoreAlarm,
  type ForwardingAlarm,
  type ReconcilerAlarm,
  runbookLink,
} from './alarm-names';
import {
  type AlarmEntry,
  type AlarmThresholds,
  coreAlarms,
  forwardingAlarms,
  reconcilerAlarms,
} from './alarms';
import {
  apiRows,
  consumerRows,
  dynamoDbRows,
  forwardingRows,
  ingestRows,
  queueRows,
  reconcilerRows,
} from './dashboard-rows';
import { API_THROTTLED_METRIC, type MonitoredResources, MonitoringMetrics } from './monitoring-metrics';

export { alarmNamePrefix } from './alarm-names';
export { API_THROTTLED_METRIC, EMITTED_METRICS, type ForwardingResources } from './monitoring-metrics';

/**
 * The ingest outcomes counted from ingest's lines rather than by EMF (outcomes.ts, `countedByFilter`):
 * the same metric, in the same namespace with the same `Service` dimension (taken from the line),
 * so the alarms and the dashboard read it as they read the others.
 */
function countIngestOutcomesFromLines(scope: Construct, props: MonitoringProps) {
  for (const row of FILTER_COUNTED_OUTCOMES) {
    new MetricFilter(scope, `Ingest${row.metric}Filter`, {
      logGroup: props.ingestLogs,
      metricNamespace: props.metricsNamespace,
      metricName: row.metric,
      filterPattern: FilterPattern.stringValue('$.message', '=', row.message),
      metricValue: '1',
      dimensions: Object.fromEntries(Object.keys(INGEST_DIMENSIONS).map((name) => [name, `$.${name}`])),
    });
  }
}

export interface MonitoringProps extends MonitoredResources, AlarmThresholds {
  /** The API's JSON access log, where throttled requests (429) are counted. */
  accessLogs: logs.ILogGroup;
  /** Ingest's log group, where its accepted requests are counted (FILTER_COUNTED_OUTCOMES). */
  ingestLogs: logs.ILogGroup;
  alarmTopic: sns.ITopic;
}

export class Monitoring extends Construct {
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarms: Record<CoreAlarm | ReconcilerAlarm, cloudwatch.Alarm>;
  /** Only with forwarding on. */
  readonly forwardingAlarms?: Record<ForwardingAlarm, cloudwatch.Alarm>;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    // Throttled requests never reach ingest: count the 429s in the API's access log.
    new MetricFilter(this, 'ApiThrottledFilter', {
      logGroup: props.accessLogs,
      metricNamespace: props.metricsNamespace,
      metricName: API_THROTTLED_METRIC,
      filterPattern: FilterPattern.stringValue('$.status', '=', '429'),
      metricValue: '1',
    });
    countIngestOutcomesFromLines(this, props);
    const metrics = new MonitoringMetrics(props);
    const create = <N extends AlarmName>(entries: AlarmEntry<N>[]) =>
      Object.fromEntries(
        entries.map((entry) => [entry.name, this.createAlarm(entry, props.alarmTopic)]),
      ) as Record<N, cloudwatch.Alarm>;
    this.alarms = { ...create(coreAlarms(metrics, props)), ...create(reconcilerAlarms(metrics)) };
    if (props.forwarding) this.forwardingAlarms = create(forwardingAlarms(metrics));

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.hours(3),
      widgets: [
        apiRows,
        ingestRows,
        queueRows,
        consumerRows,
        dynamoDbRows,
        reconcilerRows,
        forwardingRows,
      ].flatMap((rows) => rows(metrics)),
    });
  }

  /** One alarm, named after the stack, to the topic on alarm and on recovery. */
  private createAlarm(entry: AlarmEntry, topic: sns.ITopic): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, entry.name, {
      alarmName: `${alarmNamePrefix(Stack.of(this).stackName)}${entry.name}`,
      alarmDescription: `${entry.meaning} Runbook: ${runbookLink(entry.name)}`,
      metric: entry.metric,
      threshold: entry.threshold,
      evaluationPeriods: entry.evaluationPeriods ?? 1,
      comparisonOperator:
        entry.comparison ?? cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: entry.treatMissingData ?? cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(topic));
    alarm.addOkAction(new actions.SnsAction(topic));
    return alarm;
  }

  /** Every alarm of this stack, forwarding's included. */
  get allAlarms(): cloudwatch.Alarm[] {
    return [...Object.values(this.alarms), ...Object.values(this.forwardingAlarms ?? {})];
  }

  /** Console link for the CfnOutput. */
  dashboardUrl(): string {
    const region = Stack.of(this).region;
    return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards:name=${this.dashboard.dashboardName}`;
  }
}
