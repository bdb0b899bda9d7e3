// EMF lines: what CloudWatch reads from the handlers' stdout.
import { describe, expect, it } from 'vitest';
import { emfLine, Metrics } from '../lambdas/shared/metrics';

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
      Metrics: [{ Name: 'Processed', Unit: 'Count' }],
    });
    expect(docs.find((d) => d.ProcessingLatency === 5)._aws.CloudWatchMetrics[0].Dimensions).toEqual([
      ['Service'],
    ]);
    m.flush();
    expect(lines).toHaveLength(3); // flushed values are not written twice
  });

  it('keeps log properties beside the metrics without letting them overwrite a metric', () => {
    const doc = JSON.parse(
      emfLine('NS', { Service: 'ingest' }, [['Accepted', 1, 'Count']], { Accepted: 'x', requestId: 'r' }),
    );
    expect(doc).toMatchObject({ Accepted: 1, requestId: 'r', Service: 'ingest' });
  });
});
