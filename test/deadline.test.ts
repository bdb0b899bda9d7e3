// The deadline every bounded AWS call runs under (lambdas/shared/deadline.ts): its signal behaves as
// the SDK expects of one, and what a call throws once it is aborted says that its time ran out.
// With the SDK against hung servers: test/reliability/ingest-budget.test.ts.
import { describe, expect, it } from 'vitest';
import { beforeDeadline, DeadlineError, DeadlineSignal } from '../lambdas/shared/deadline';

const untilAborted = (signal: DeadlineSignal) =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));

describe('beforeDeadline', () => {
  it('aborts at the deadline: a DeadlineError naming the call, with what the call threw as its cause', async () => {
    const error = await beforeDeadline('SQS', Date.now() + 20, Date.now, untilAborted).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeadlineError);
    expect(error).toMatchObject({ message: 'SQS: its time ran out', cause: new Error('aborted') });
  });

  it('passes through what a call returns or throws before its deadline, and never aborts it later', async () => {
    let signal: DeadlineSignal | undefined;
    const keep = async (s: DeadlineSignal) => {
      signal = s;
      return 'done';
    };
    expect(await beforeDeadline('x', Date.now() + 30, Date.now, keep)).toBe('done');
    const thrown = await beforeDeadline('x', Date.now() + 30, Date.now, async () => {
      throw new TypeError('own');
    }).catch((e: unknown) => e);
    expect(thrown).toEqual(new TypeError('own'));
    await new Promise((r) => setTimeout(r, 60));
    expect(signal?.aborted).toBe(false);
  });
});

describe('DeadlineSignal', () => {
  it('tells each listener still added once, onabort too, and keeps its reason', () => {
    const signal = new DeadlineSignal();
    const heard: string[] = [];
    const removed = () => heard.push('removed');
    signal.addEventListener('abort', () => heard.push('listener'));
    signal.addEventListener('abort', removed);
    signal.removeEventListener('abort', removed);
    signal.onabort = () => heard.push('onabort');
    signal.abort('why');
    signal.abort('again');
    expect(heard).toEqual(['listener', 'onabort']);
    expect(signal).toMatchObject({ aborted: true, reason: 'why' });
  });
});
