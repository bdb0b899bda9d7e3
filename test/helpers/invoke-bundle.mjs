// Loads a built Lambda bundle in this (fresh) Node process and invokes its handler with the event in
// argv[3], as Lambda would: prints the results as JSON. With a third argument `retry-503`, a 503
// answer is followed by one more invocation in the same process (the same container's next request):
// on a busy machine the first fetch of the secret can exceed its 2 s bound. `retry-error` does the same
// for a handler that throws then (the forwarder, whose batch SQS would hand over again). Plain JS.
const [bundle, event, retry] = process.argv.slice(2);
const { handler } = await import(bundle);
const invoke = async () => {
  try {
    return await handler(JSON.parse(event));
  } catch (error) {
    if (retry !== 'retry-error') throw error;
    process.stdout.write(`${JSON.stringify({ thrown: String(error) })}\n`);
    return { thrown: String(error) };
  }
};
const results = [await invoke()];
if (retry === 'retry-503' && results[0]?.statusCode === 503) results.push(await handler(JSON.parse(event)));
if (retry === 'retry-error' && results[0]?.thrown) results.push(await handler(JSON.parse(event)));
process.stdout.write(`${JSON.stringify({ node: process.version, results })}\n`);
