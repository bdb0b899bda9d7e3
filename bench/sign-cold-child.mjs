// In a fresh Node process, with node:crypto already in use (as it is in the forwarder, whose SDK
// clients hash with it): how long loading a signing bundle and signing once take, wall and CPU.
// Prints one JSON line. Plain JS.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';

const [bundle, secret] = process.argv.slice(2);
createHash('sha256').update('warm').digest();
const cpu = process.cpuUsage();
const started = performance.now();
const { webhookHeaders } = await import(bundle);
webhookHeaders('msg_cold', '{"type":"BalanceDepleted","timestamp":"t","data":{}}', [secret], Date.now());
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 })}\n`,
);
