// EMF lines: what CloudWatch reads from the handlers' stdout.
import { describe, expect, it } from 'vitest';
import { EMF_MAX_VALUES_PER_METRIC, emfLine, Metrics } from '../lambdas/shared/metrics';

describe('EMF', () => {
  it('groups a batch by dimensions, keeps repeated values, and rolls extra dimensions up to Service', () => {
    const lines: string[] = [];
    const m = new Metrics('NS', { Service: 'consumer' }, (l) => lines.push(l));
    m.add('Processed', 1, 'Count', { Outcome: 'applied' });
    m.add('Processed', 1, 'Count', { Outcome: 'applied' });
    m.add('Processed', 1, 'Count', { Outcome: 'stale' });
    m.add('ProcessingLatency', 5, 'Milliseconds');
    m.flush();
    const docs = lines.map((l) => JSON.parse(l));
    expect(docs).toHaveLength(3);
    const applied = docs.find((d) => d.Outcome === 'applied');
    expect(applied.Processed).toEqual([1, 1]);
    expect(applied._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'NS',
      Dimensions: [['Service'], ['Service', 'Outcome']],
      // A count goes without a unit (the alarms and the dashboard name none); a latency keeps its own.
      Metrics: [{ Name: 'Processed' }],
    });
    const latency = docs.find((d) => d.ProcessingLatency === 5)._aws.CloudWatchMetrics[0];
    expect(latency.Dimensions).toEqual([['Service']]);
    expect(latency.Metrics).toEqual([{ Name: 'ProcessingLatency', Unit: 'Milliseconds' }]);
    m.flush();
    expect(lines).toHaveLength(3); // flushed values are not written twice
  });

  it('never puts more than 100 values of a metric into one document, and loses none', () => {
    const lines: string[] = [];
    const m = new Metrics('NS', { Service: 'consumer' }, (l) => lines.push(l));
    for (let i = 0; i < 250; i++) m.add('Failed', 1);
    for (let i = 0; i < 120; i++) m.add('ProcessingLatency', i, 'Milliseconds');
    m.add('DomainEventsPublished', 3);
    m.flush();
    const docs = lines.map((l) => JSON.parse(l));
    const values = (doc: Record<string, unknown>, name: string): number[] =>
      doc[name] === undefined ? [] : ([] as number[]).concat(doc[name] as number | number[]);
    expect(docs.map((d) => values(d, 'Failed').length)).toEqual([100, 100, 50]);
    expect(docs.map((d) => values(d, 'ProcessingLatency').length)).toEqual([100, 20, 0]);
    expect(docs.flatMap((d) => values(d, 'ProcessingLatency'))).toEqual([...Array(120).keys()]);
    expect(docs.map((d) => values(d, 'DomainEventsPublished'))).toEqual([[3], [], []]);
    for (const doc of docs) {
      // Every declared metric is present, and nothing present is undeclared.
      const declared = doc._aws.CloudWatchMetrics[0].Metrics.map((x: { Name: string }) => x.Name).sort();
      const present = ['Failed', 'ProcessingLatency', 'DomainEventsPublished'].filter((n) => n in doc).sort();
      expect(declared).toEqual(present);
      for (const name of present)
        expect(values(doc, name).length).toBeLessThanOrEqual(EMF_MAX_VALUES_PER_METRIC);
    }
  });

  it('keeps log properties beside the metrics without letting them overwrite a metric', () => {
    const doc = JSON.parse(
      emfLine('NS', { Service: 'ingest' }, [['Accepted', 1, 'Count']], { Accepted: 'x', requestId: 'r' }),
    );
    expect(doc).toMatchObject({ Accepted: 1, requestId: 'r', Service: 'ingest' });
  });
});
