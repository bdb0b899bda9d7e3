// Loads the forwarder's bundle in a fresh Node process and forwards one domain event, as a cold
// Lambda container would (init, then the first batch): fetch the secret, sign, POST to the app (a
// loopback stub). Fails unless the event was delivered. Plain JS so that no TypeScript loader runs.
const [bundle] = process.argv.slice(2);
let delivered = false;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  if (String(chunk).includes('"message":"forwarded"')) delivered = true;
  return write(chunk, ...rest);
};
const { handler } = await import(bundle);
const body = JSON.stringify({
  version: '0',
  id: 'eb-cold',
  'detail-type': 'BalanceDepleted',
  source: 'lava-webhooks',
  time: '2026-12-01T10:00:00Z',
  detail: { connectionId: 'con_cold_start', sourceEventId: 'cold', walletBalance: '0.00' },
});
const res = await handler({
  Records: [{ messageId: 'cold', receiptHandle: 'cold', body, attributes: {}, messageAttributes: {} }],
});
if (!delivered || res.batchItemFailures.length) {
  process.stderr.write(`cold start did not deliver: ${JSON.stringify(res)}\n`);
  process.exit(1);
}
