// `npm run bench`: speed, cold start, size and cost beside their floors, measured in one run.
// Prints a table and writes bench/results.json. Ratios are the figures to trust on a shared machine.
// `npm run bench -- --only forwarder` measures the forwarder alone and replaces only its figures;
// `--only consumer` measures the consumer and the cost per event (ingest's figures kept from the last
// full run) and replaces only those; `--only ingest` the same for warm ingest (its time per request
// and its log line; the consumer's figures kept).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { ENV } from '../lambdas/shared/env';
import { spillItem } from '../lambdas/shared/spill-store';
import { PROJECT_ROOT } from '../lib/bundling';
import { startDynamoDbLocal } from '../local/dynamodb-local';
import { buildBundles } from './bundles';
import { benchColdStart } from './cold-start';
import { benchConsumer } from './consumer';
import { costPerMillion, spillCost } from './cost';
import { benchEndToEnd } from './e2e';
import { BENCH_SECRET, lavaBody } from './events';
import {
  benchForwarderColdStart,
  benchForwarderWarm,
  benchLibraryColdCost,
  buildForwarderBundles,
  forwardCostPerMillion,
} from './forwarder';
import { benchIngest } from './ingest';
import { itemSize } from './item-size';
import { benchNamedSecrets } from './named-secrets';

const quick = process.argv.includes('--quick');
/** The machine's load when the run began: the figures of a shared machine move with it. */
const loadAtStart = Number(loadavg()[0]?.toFixed(2));

/** The figures with targets. */
const TARGETS = {
  coldStartVsJobFloor: 1.0,
  overheadRatio: 1.15,
  consumerBundleKb: 350,
  costPerMillion: 4.5,
} as const;
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'forwarder' && only !== 'consumer' && only !== 'ingest') {
  process.stderr.write(
    `bench: --only takes "forwarder", "consumer" or "ingest", got ${JSON.stringify(only)}\n`,
  );
  process.exit(2);
}
const RESULTS_FILE = join(PROJECT_ROOT, 'bench', 'results.json');

/** The forwarder's figures: bundle, cold start, the signing library's share, warm CPU, cost. */
async function benchForwarding() {
  log('forwarder: bundles, cold starts, the signing library, warm batches against a bare POST');
  const bundles = await buildForwarderBundles();
  const cold = await benchForwarderColdStart(bundles, quick ? 5 : 21);
  const library = await benchLibraryColdCost(bundles, quick ? 5 : 21);
  const warm = await benchForwarderWarm(quick ? { batches: 50, rounds: 3 } : { batches: 200, rounds: 7 });
  const cost = forwardCostPerMillion({
    cpuUsPerEvent: warm.cpu_us_per_event,
    logBytesPerEvent: warm.log_bytes_per_event,
    requestBytesPerPost: warm.request_bytes_per_post,
  });
  const figures = {
    forwarder: { bundle_kb: bundles.forwarder.kb, ...cold, ...library, ...warm },
    forward_cost_usd_per_million: cost.total,
    forward_cost_breakdown: Object.fromEntries(
      cost.rows.map(([item, how, usd]) => [item, { usd: Number(usd.toFixed(3)), how }]),
    ),
  };
  const f = figures.forwarder;
  const rows: [string, string, string][] = [
    [
      'forwarder bundle, cold start',
      `${f.bundle_kb} KiB; ${f.cold_start_ms} ms (bare Node ${f.bare_node_ms} ms)`,
      `the same signing with Node's crypto: ${f.cold_start_node_crypto_ms} ms, ${f.library_cold_start_ratio} ×`,
    ],
    [
      '  standardwebhooks',
      `${f.library_kib_at_cold_start} KiB, ${f.library_load_and_first_sign_ms} ms (${f.library_load_and_first_sign_cpu_ms} ms CPU) to load and sign once`,
      `${f.sign_us_library} µs a signature against Node's ${f.sign_us_node_crypto} µs`,
    ],
    [
      'forwarder warm',
      `${f.cpu_us_per_event} µs CPU per event = ${f.overhead_ratio} × a bare POST (${f.floor_cpu_us_per_event} µs)`,
      `${f.log_bytes_per_event} B of logs, ${f.request_bytes_per_post} B on the wire per event`,
    ],
    [
      'forwarding cost',
      `$${cost.total.toFixed(2)} per million forwarded events`,
      'AWS list prices, us-east-1',
    ],
  ];
  return { figures, rows, cost };
}

function printCost(title: string, cost: { rows: [string, string, number][]; total: number }) {
  console.log(`\n${title}:`);
  for (const [item, how, usd] of cost.rows)
    console.log(`  ${item.padEnd(26)} $${usd.toFixed(3).padStart(6)}  ${how}`);
  console.log(`  ${'total'.padEnd(26)} $${cost.total.toFixed(2).padStart(6)}`);
}

function printRows(rows: [string, string, string][]) {
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(width[i] ?? 0)).join('  '));
}

/** The consumer against the same transactions replayed raw, on DynamoDB Local. */
async function benchConsumerOnLocal() {
  log('consumer against the same transactions replayed raw (DynamoDB Local)');
  const ddb = await startDynamoDbLocal();
  try {
    // A first, discarded round warms DynamoDB Local's JVM, which would otherwise favour whichever
    // side runs second.
    await benchConsumer(ddb.endpoint, { connections: 100, updatesPerConnection: 2, concurrency: 4 });
    return await benchConsumer(ddb.endpoint, {
      connections: quick ? 50 : 200,
      updatesPerConnection: 4,
      concurrency: 4,
    });
  } finally {
    await ddb.stop();
  }
}

/** The cost per million events from the consumer's figures and ingest's (measured or kept). */
function eventCost(
  ingest: { p50_us: number; log_bytes_per_event: number },
  consumer: Awaited<ReturnType<typeof benchConsumer>>,
) {
  // Kept figures from a run before reads were counted cannot price them.
  if (consumer.read_units_per_event === undefined)
    throw new Error(
      'bench: bench/results.json has no consumer.read_units_per_event (from a run before reads were counted); run `npm run bench -- --only consumer` first',
    );
  return costPerMillion({
    ingestHandlerMs: ingest.p50_us / 1000,
    consumerCpuUsPerEvent: consumer.cpu_us_per_event,
    writeUnitsPerEvent: consumer.write_units_per_event,
    readUnitsPerEvent: consumer.read_units_per_event,
    domainEventsPerEvent: consumer.domain_events_per_event,
    // The ingest line and the consumer's share. No Lambda platform lines: the functions log as JSON
    // with system lines at WARN, so Lambda writes no START/END/REPORT line per invocation.
    logBytesPerEvent: ingest.log_bytes_per_event + consumer.log_bytes_per_event,
  });
}

const costBreakdown = (cost: ReturnType<typeof costPerMillion>) =>
  Object.fromEntries(cost.rows.map(([item, how, usd]) => [item, { usd: Number(usd.toFixed(3)), how }]));

if (only === 'consumer') {
  // The consumer and the cost it drives; ingest's figures (its time and its log line) are the last
  // full run's, kept with everything else.
  const kept = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as {
    ingest: { p50_us: number; log_bytes_per_event: number };
    consumer?: Record<string, unknown>;
  } & Record<string, unknown>;
  const consumer = await benchConsumerOnLocal();
  const cost = eventCost(kept.ingest, consumer);
  const results = {
    ...kept,
    consumer: { ...kept.consumer, ...consumer },
    cost_usd_per_million: cost.total,
    cost_usd_per_million_target: TARGETS.costPerMillion,
    cost_breakdown: costBreakdown(cost),
    consumer_machine: {
      load_average_at_start: loadAtStart,
      load_average_at_end: Number(loadavg()[0]?.toFixed(2)),
      node: process.version,
      date: new Date().toISOString(),
      quick,
      ingest_figures_from: 'the last run that measured ingest (ingest_machine.date, else machine.date)',
    },
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nlava-webhooks bench, consumer only — load ${loadAtStart} → ${results.consumer_machine.load_average_at_end}\n`,
  );
  printRows([
    [
      'consumer',
      `${consumer.events_per_s} events/s = ${consumer.efficiency} × raw (${consumer.raw_events_per_s} events/s)`,
      `${consumer.log_bytes_per_event} B of logs per event`,
    ],
    [
      'consumer writes',
      `${consumer.write_units_per_event} WRU per event`,
      JSON.stringify(consumer.write_units_per_event_by_kind),
    ],
  ]);
  printCost('cost per million events (ingest figures from the last full run)', cost);
  console.log('\nwritten to bench/results.json (its other figures kept)');
  process.exit(0);
}

if (only === 'ingest') {
  // Warm ingest and the cost it drives; the consumer's figures are the last run's, kept.
  const kept = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as {
    ingest?: Record<string, unknown>;
    consumer: Awaited<ReturnType<typeof benchConsumer>>;
  } & Record<string, unknown>;
  log('warm ingest against its floor');
  const ingest = await benchIngest({ perRound: quick ? 2000 : 5000, rounds: quick ? 3 : 7 });
  const cost = eventCost(ingest, kept.consumer);
  const results = {
    ...kept,
    ingest: { ...kept.ingest, ...ingest },
    cost_usd_per_million: cost.total,
    cost_usd_per_million_target: TARGETS.costPerMillion,
    cost_breakdown: costBreakdown(cost),
    ingest_machine: {
      load_average_at_start: loadAtStart,
      load_average_at_end: Number(loadavg()[0]?.toFixed(2)),
      node: process.version,
      date: new Date().toISOString(),
      quick,
      consumer_figures_from: 'the last run that measured the consumer',
    },
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nlava-webhooks bench, ingest only — load ${loadAtStart} → ${results.ingest_machine.load_average_at_end}\n`,
  );
  printRows([
    [
      'ingest warm',
      `${ingest.warm_events_per_s} events/s, p50 ${ingest.p50_us} µs, p99 ${ingest.p99_us} µs`,
      `${ingest.log_bytes_per_event} B of logs per event`,
    ],
    [
      'ingest overhead',
      `${ingest.overhead_ratio} × the floor's CPU time per event`,
      `target ≤ ${TARGETS.overheadRatio}`,
    ],
  ]);
  printCost("cost per million events (the consumer's figures from the last run that measured it)", cost);
  console.log('\nwritten to bench/results.json (its other figures kept)');
  process.exit(0);
}

if (only === 'forwarder') {
  const forwarding = await benchForwarding();
  const kept = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>;
  const results = {
    ...kept,
    ...forwarding.figures,
    forwarder_machine: {
      load_average_at_start: loadAtStart,
      load_average_at_end: Number(loadavg()[0]?.toFixed(2)),
      node: process.version,
      date: new Date().toISOString(),
      quick,
    },
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nlava-webhooks bench, forwarder only — load ${loadAtStart} → ${results.forwarder_machine.load_average_at_end}\n`,
  );
  printRows(forwarding.rows);
  printCost('forwarding cost per million forwarded events', forwarding.cost);
  console.log('\nwritten to bench/results.json (its other figures kept)');
  process.exit(0);
}

log('building the bundles as the stack deploys them');
const bundles = await buildBundles();

log('cold starts (fresh Node processes)');
const coldStart = await benchColdStart(
  {
    ingest: { file: bundles.ingest?.file ?? '' },
    // The same bundle reading its secret from the environment, as the floor does: no Secrets Manager
    // call on the cold path. Not a deployable setting; it shows what that one call costs.
    ingestEnvSecret: {
      file: bundles.ingest?.file ?? '',
      env: { [ENV.secretId]: undefined, [ENV.localSecret]: BENCH_SECRET },
    },
    floor: { file: bundles.floor?.file ?? '' },
    jobFloor: { file: bundles.jobFloor?.file ?? '' },
    floorNaive: { file: bundles.floorNaive?.file ?? '' },
  },
  quick ? 5 : 21,
);
const cold = coldStart.medians;

log('warm ingest against its floor');
const ingest = await benchIngest({ perRound: quick ? 2000 : 5000, rounds: quick ? 3 : 7 });

log('ingest with ten stored secrets (connected endpoints) against one');
const namedSecrets = await benchNamedSecrets({ perRound: quick ? 1000 : 4000, rounds: quick ? 3 : 7 });

const consumer = await benchConsumerOnLocal();

log('end to end on the local stack');
const e2e = await benchEndToEnd({ rate: 50, seconds: quick ? 5 : 30 });

const forwarding = await benchForwarding();

const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
const cost = eventCost(ingest, consumer);

// A typical spilled request: a Lava body, both signature headers' worth of attributes.
const spill = spillCost(
  itemSize(
    spillItem({
      raw: Buffer.from(lavaBody(1, 'connection.wallet.balance.updated')),
      plainSignature: 'f'.repeat(64),
      receivedAt: Date.now(),
      deliveryId: 'AbCdEfGhIjKlMnO=',
      sha256: 'f'.repeat(64),
      eventType: 'connection.wallet.balance.updated',
    }),
  ),
);

const results = {
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory_gib: Math.round(totalmem() / 2 ** 30),
    load_average_at_start: loadAtStart,
    load_average_at_end: Number(loadavg()[0]?.toFixed(2)),
    node: process.version,
    date: new Date().toISOString(),
    quick,
  },
  ingest: {
    ...ingest,
    bundle_kb: bundles.ingest?.kb,
    cold_start_ms: cold.ingest,
    bare_node_ms: cold.bare,
    cold_start_ratio: ratio(cold.ingest ?? 0, cold.bare ?? 1),
    floor_bundle_kb: bundles.floor?.kb,
    floor_naive_bundle_kb: bundles.floorNaive?.kb,
    floor_cold_start_ratio: ratio(cold.floor ?? 0, cold.bare ?? 1),
    floor_naive_cold_start_ratio: ratio(cold.floorNaive ?? 0, cold.bare ?? 1),
    /**
     * Ingest's cold start over the job floor's, round by round (median): the figure with a target.
     * The job floor reads the secret from Secrets Manager and sends one message, as ingest must.
     */
    cold_start_vs_job_floor: coldStart.pairedRatio('ingest', 'jobFloor'),
    cold_start_vs_job_floor_target: TARGETS.coldStartVsJobFloor,
    /** The same over the CPU time each process used (time spent waiting for a core left out). */
    cold_start_cpu_vs_job_floor: coldStart.pairedRatio('ingest', 'jobFloor', 'cpu'),
    cold_start_cpu_ms: coldStart.cpuMedians.ingest,
    job_floor_cold_start_cpu_ms: coldStart.cpuMedians.jobFloor,
    job_floor_bundle_kb: bundles.jobFloor?.kb,
    job_floor_cold_start_ratio: ratio(cold.jobFloor ?? 0, cold.bare ?? 1),
    /** Over the floor that makes one SDK call (its secret in the environment), as measured before. */
    cold_start_vs_floor: coldStart.pairedRatio('ingest', 'floor'),
    overhead_ratio_target: TARGETS.overheadRatio,
    /** The same, with the secret from the environment (no Secrets Manager call), as the floor reads it. */
    cold_start_env_secret_vs_floor: coldStart.pairedRatio('ingestEnvSecret', 'floor'),
  },
  ingest_named_secrets: namedSecrets,
  consumer: { ...consumer, bundle_kb: bundles.consumer?.kb, bundle_kb_target: TARGETS.consumerBundleKb },
  e2e,
  cost_usd_per_million: cost.total,
  cost_usd_per_million_target: TARGETS.costPerMillion,
  spill_path: spill,
  cost_breakdown: costBreakdown(cost),
  ...forwarding.figures,
};
writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);

const rows: [string, string, string][] = [
  [
    'ingest warm',
    `${ingest.warm_events_per_s} events/s, p50 ${ingest.p50_us} µs, p99 ${ingest.p99_us} µs`,
    `floor ${ingest.floor_events_per_s} events/s`,
  ],
  [
    'ingest overhead',
    `${ingest.overhead_ratio} × the floor's CPU time per event (median of rounds; ratio of medians ${ingest.overhead_ratio_of_medians})`,
    `target ≤ ${TARGETS.overheadRatio}`,
  ],
  [
    '  where it goes',
    `floor ${ingest.overhead_parts_us.floor} µs, ours ${ingest.overhead_parts_us.ours} µs: log line write ${ingest.overhead_parts_us.log_line_write} µs, our work without SQS ${ingest.overhead_parts_us.own_work_without_sqs} µs`,
    'the rest: the SDK sending our message',
  ],
  [
    'ingest bundle',
    `${bundles.ingest?.kb} KiB`,
    `floor ${bundles.floor?.kb} KiB, naive floor ${bundles.floorNaive?.kb} KiB; target ≤ 300`,
  ],
  [
    'ingest cold start',
    `${results.ingest.cold_start_vs_job_floor} × the job floor's (${cold.ingest} ms against ${cold.jobFloor} ms: secret read, one message)`,
    `target ≤ ${TARGETS.coldStartVsJobFloor.toFixed(1)}; bare Node ${cold.bare} ms: ingest ${results.ingest.cold_start_ratio} ×, job floor ${results.ingest.job_floor_cold_start_ratio} ×`,
  ],
  [
    '  in CPU time',
    `${results.ingest.cold_start_cpu_vs_job_floor} × the job floor's (${coldStart.cpuMedians.ingest} ms against ${coldStart.cpuMedians.jobFloor} ms)`,
    'what each process used, waits for a core left out',
  ],
  [
    '  one-call floor',
    `${results.ingest.cold_start_vs_floor} × the floor's (${cold.floor} ms: secret in the environment, one SDK call)`,
    `floor ${results.ingest.floor_cold_start_ratio} ×, naive floor ${results.ingest.floor_naive_cold_start_ratio} × bare Node`,
  ],
  [
    '  without the secret',
    `${results.ingest.cold_start_env_secret_vs_floor} × the floor's (${cold.ingestEnvSecret} ms): the same bundle, secret from the environment`,
    'the Secrets Manager call is the rest',
  ],
  [
    'ingest, ten secrets',
    `${namedSecrets.ratio} × the time per event with one (signer listed last)`,
    'target: no measurable cost',
  ],
  ['consumer bundle', `${bundles.consumer?.kb} KiB`, `target ≤ ${TARGETS.consumerBundleKb}`],
  [
    'consumer',
    `${consumer.events_per_s} events/s = ${consumer.efficiency} × raw (${consumer.raw_events_per_s} events/s)`,
    'target ≥ 0.8',
  ],
  [
    'consumer writes',
    `${consumer.write_units_per_event} WRU per event: ${JSON.stringify(consumer.write_units_per_event_by_kind)}`,
    `${JSON.stringify(consumer.dynamodb_calls_per_event)} calls per event`,
  ],
  [
    'end to end',
    `${e2e.rate} events/s offered: p50 ${e2e.p50_ms} ms, p99 ${e2e.p99_ms} ms, lost ${e2e.lost}`,
    `saturation ${e2e.max_events_per_s} events/s; target p99 ≤ 1000 ms`,
  ],
  [
    'cost',
    `$${cost.total.toFixed(2)} per million events`,
    `AWS list prices, us-east-1; target ≤ ${TARGETS.costPerMillion.toFixed(2)}`,
  ],
  [
    'spill path',
    `$0 per event while SQS is healthy ($${spill.idle_usd_per_month}/month of empty drainer runs)`,
    `$${spill.per_million_spilled_usd} per million spilled events`,
  ],
  ...forwarding.rows,
];
console.log(
  `\nlava-webhooks bench — ${results.machine.cpu}, ${results.machine.cores} cores, Node ${process.version}, load ${loadAtStart} → ${results.machine.load_average_at_end}\n`,
);
printRows(rows);
printCost('cost per million events', cost);
printCost('forwarding cost per million forwarded events', forwarding.cost);
console.log('\nwritten to bench/results.json');
