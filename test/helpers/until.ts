// Waits for a condition rather than a fixed time: polls `read` until it gives a value.
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Generous by default: it waits for a condition, so a passing test never waits this long.
export async function until<T>(
  read: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
  what = 'condition',
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}
