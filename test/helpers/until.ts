// Waits for a condition instead of sleeping a fixed time: the machine is shared and its speed varies.
export async function until<T>(
  read: () => Promise<T | undefined>,
  timeoutMs = 5_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
