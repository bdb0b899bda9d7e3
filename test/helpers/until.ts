// Waits for a condition instead of a fixed time: polls `read` until it returns a value.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(50);
  }
}
