// Waits for a condition rather than a fixed time: polls `read` until it gives a value.
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(
  read: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await sleep(50);
  }
}
