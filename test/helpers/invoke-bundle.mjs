// Loads a built Lambda bundle in this (fresh) Node process and invokes its handler with the event in
// argv[3], as Lambda would: prints the results as JSON. With a third argument `retry-503`, a 503
// answer is followed by one more invocation in the same process (the same container's next request):
// on a busy machine the first fetch of the secret can exceed its 2 s bound. Plain JS: no loader.
const [bundle, event, retry] = process.argv.slice(2);
const { handler } = await import(bundle);
const results = [await handler(JSON.parse(event))];
if (retry === 'retry-503' && results[0]?.statusCode === 503) results.push(await handler(JSON.parse(event)));
process.stdout.write(`${JSON.stringify({ node: process.version, results })}\n`);
