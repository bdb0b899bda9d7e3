// CloudWatch Embedded Metric Format: metrics ride in log lines, so there is no PutMetricData call and
// no extra latency. Values added between flushes are grouped by their dimensions, one line per group.
import { type LineWriter, stdoutWriter } from './log';

export type Unit = 'Count' | 'Milliseconds';

interface Group {
  dimensions: Record<string, string>;
  metrics: Map<string, { unit: Unit; values: number[] }>;
}

/**
 * One EMF document. With extra dimensions beyond `Service` the metrics are recorded twice: under
 * `Service` alone (what alarms use) and under all dimensions (the finer view).
 */
export function emfLine(
  namespace: string,
  dimensions: Record<string, string>,
  metrics: [name: string, value: number, unit: Unit][],
  properties?: Record<string, unknown>,
): string {
  const keys = Object.keys(dimensions);
  const doc: Record<string, unknown> = {
    ...properties,
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        {
          Namespace: namespace,
          Dimensions: keys.length > 1 ? [keys.slice(0, 1), keys] : [keys],
          Metrics: metrics.map(([Name, , Unit]) => ({ Name, Unit })),
        },
      ],
    },
    ...dimensions,
  };
  for (const [name, value] of metrics) doc[name] = value;
  return JSON.stringify(doc);
}

export class Metrics {
  private groups = new Map<string, Group>();

  constructor(
    private readonly namespace: string,
    /** Dimensions on every metric, e.g. `{ Service: 'ingest' }`. */
    private readonly base: Record<string, string>,
    private readonly write: LineWriter = stdoutWriter,
  ) {}

  /**
   * Records a value. Extra dimensions add a second, finer series; the metric is also counted under
   * the base dimensions alone, so alarms and dashboards need not know every extra value.
   */
  add(name: string, value: number, unit: Unit = 'Count', extra?: Record<string, string>): void {
    const key = extra ? JSON.stringify(extra) : '';
    let group = this.groups.get(key);
    if (!group) {
      group = { dimensions: extra ?? {}, metrics: new Map() };
      this.groups.set(key, group);
    }
    const entry = group.metrics.get(name);
    if (entry) entry.values.push(value);
    else group.metrics.set(name, { unit, values: [value] });
  }

  flush(): void {
    const baseKeys = Object.keys(this.base);
    for (const group of this.groups.values()) {
      const extraKeys = Object.keys(group.dimensions);
      const doc: Record<string, unknown> = {
        _aws: {
          Timestamp: Date.now(),
          CloudWatchMetrics: [
            {
              Namespace: this.namespace,
              Dimensions: extraKeys.length ? [baseKeys, [...baseKeys, ...extraKeys]] : [baseKeys],
              Metrics: [...group.metrics].map(([Name, { unit }]) => ({ Name, Unit: unit })),
            },
          ],
        },
        ...this.base,
        ...group.dimensions,
      };
      for (const [name, { values }] of group.metrics) doc[name] = values.length === 1 ? values[0] : values;
      this.write(JSON.stringify(doc));
    }
    this.groups.clear();
  }
}
