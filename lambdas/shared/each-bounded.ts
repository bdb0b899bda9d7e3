// Runs independent calls side by side, a few at a time, each to its end whatever the others do.

/**
 * Runs `work` on every item, at most `limit` at once. Every item is tried even when one fails (or,
 * with `stopAtFailure`, none is started after a failure); the first failure is thrown once the
 * calls in flight have ended.
 */
export async function eachBounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<unknown>,
  options: { stopAtFailure?: boolean } = {},
): Promise<void> {
  const failures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length && !(options.stopAtFailure && failures.length)) {
      const item = items[next++] as T;
      await work(item).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length) throw failures[0];
}
