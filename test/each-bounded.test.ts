// The one bounded worker pool (published marks, the reconciler's repairs, the benchmarks).
import { describe, expect, it } from 'vitest';
import { eachBounded } from '../lambdas/shared/each-bounded';
import { sleep } from './helpers/until';

/** Work that records what started and how many ran at once, failing for the items in `failing`. */
function recorder(failing: number[] = []) {
  const started: number[] = [];
  let running = 0;
  let most = 0;
  const work = async (item: number) => {
    started.push(item);
    most = Math.max(most, ++running);
    await sleep(1);
    running--;
    if (failing.includes(item)) throw new Error(`item ${item}`);
  };
  return { started, work, most: () => most };
}

describe('eachBounded', () => {
  it('runs every item, never more than the limit at once', async () => {
    const r = recorder();
    await eachBounded([1, 2, 3, 4, 5, 6, 7], 3, r.work);
    expect([...r.started].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.most()).toBe(3);
  });

  it('tries every item despite failures, then throws the first', async () => {
    const r = recorder([2, 5]);
    await expect(eachBounded([1, 2, 3, 4, 5, 6], 2, r.work)).rejects.toThrow('item 2');
    expect(r.started).toHaveLength(6);
  });

  it('with stopAtFailure, starts nothing after a failure and throws it', async () => {
    const r = recorder([1]);
    await expect(eachBounded([1, 2, 3, 4, 5, 6], 1, r.work, { stopAtFailure: true })).rejects.toThrow(
      'item 1',
    );
    expect(r.started).toEqual([1]);
  });
});
