// Loads one Lambda bundle in a fresh Node process and answers one signed event, as a cold Lambda
// container would (init, then the first invocation). Plain JS so that no TypeScript loader runs.
import { createHmac } from 'node:crypto';

const [bundle, secret] = process.argv.slice(2);
const body = JSON.stringify({ event: 'connection.created', data: { connection_id: 'con_cold_start' } });
const { handler } = await import(bundle);
const res = await handler({
  headers: { 'x-webhook-signature': createHmac('sha256', secret).update(body).digest('hex') },
  body,
  isBase64Encoded: false,
  requestContext: { requestId: 'cold', timeEpoch: Date.now() },
});
if (res.statusCode !== 200) {
  process.stderr.write(`cold start answered ${res.statusCode}\n`);
  process.exit(1);
}
// The CPU time this process used, start to answer: the parent reads it beside the wall time.
const used = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ cpuMs: (used.user + used.system) / 1000 })}\n`);
