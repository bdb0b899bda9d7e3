// The forwarder: its bundle and cold start as deployed, and the same without the `standardwebhooks`
// library (Node's crypto signing instead) to show what the library costs; its CPU time per forwarded
// event on a warm handler against a bare POST of the same body; and its cost per million forwarded
// events. `npx tsx bench/forwarder.ts` runs it alone.
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import type { Plugin } from 'esbuild';
import { forwarderHandlerFromEnv } from '../lambdas/forwarder/from-env';
import { postWebhook } from '../lambdas/forwarder/post';
import { webhookHeaders } from '../lambdas/forwarder/sign';
import { ENV } from '../lambdas/shared/env';
import { PROJECT_ROOT } from '../lib/bundling';
import { FORWARDING, FUNCTION_LIMITS } from '../lib/definitions';
import { BUILD_DIR, buildAsDeployed } from './bundles';
import { benchColdStart } from './cold-start';
import { PRICES } from './cost';
import { Webhook as CryptoWebhook } from './standardwebhooks-crypto';
import { BENCH_FORWARD_SECRET, STUB_CLIENT_CONFIG } from './stub-transport';

/** Builds the forwarder with `standardwebhooks` swapped for Node's crypto. */
const withoutLibrary: Plugin = {
  name: 'standardwebhooks-on-node-crypto',
  setup(build) {
    build.onResolve({ filter: /^standardwebhooks$/ }, () => ({
      path: join(PROJECT_ROOT, 'bench', 'standardwebhooks-crypto.ts'),
    }));
  },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const devNull = openSync('/dev/null', 'w');

/** A domain event as the rule queues it, ~300 bytes of detail like a BalanceDepleted's. */
function record(i: number) {
  const body = JSON.stringify({
    version: '0',
    id: `eb-${i}`,
    'detail-type': 'BalanceDepleted',
    source: 'lava-webhooks',
    account: '123456789012',
    time: '2026-12-01T10:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail: {
      connectionId: `con_bench_${String(i).padStart(8, '0')}`,
      eventType: 'connection.wallet.balance.updated',
      eventAt: '2026-12-01T10:00:00.000Z',
      sourceEventId: `${i.toString(16).padStart(64, '0')}`,
      walletBalance: '0.00',
    },
  });
  return { messageId: `m${i}`, receiptHandle: `r${i}`, body, attributes: {}, messageAttributes: {} };
}

/** The stub's forwarding environment: every AWS name the forwarder reads (the stub answers them). */
const forwarderEnv = (appUrl: string) => ({
  [ENV.forwardUrl]: appUrl,
  [ENV.forwardSecretId]: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:forward-bench',
  [ENV.forwardQueueUrl]: 'https://sqs.us-east-1.amazonaws.com/123456789012/forward-bench',
  [ENV.forwardQueueArn]: 'arn:aws:sqs:us-east-1:123456789012:forward-bench',
  [ENV.forwardDlqUrl]: 'https://sqs.us-east-1.amazonaws.com/123456789012/forward-bench-dlq',
});

export async function buildForwarderBundles() {
  const dir = (name: string) => join(BUILD_DIR, name);
  const signer = 'lambdas/forwarder/sign.ts';
  return {
    forwarder: await buildAsDeployed('forwarder', dir('forwarder')),
    forwarderNodeCrypto: await buildAsDeployed('forwarder', dir('forwarder-node-crypto'), undefined, [
      withoutLibrary,
    ]),
    // The signing module alone, both ways, for the library's own cost at a cold start.
    signer: await buildAsDeployed('forwarder', dir('signer'), signer),
    signerNodeCrypto: await buildAsDeployed('forwarder', dir('signer-node-crypto'), signer, [withoutLibrary]),
  };
}

function runSigner(file: string): Promise<{ ms: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(PROJECT_ROOT, 'bench', 'sign-cold-child.mjs'), file, BENCH_FORWARD_SECRET],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`signer run failed (${code})`)),
    );
  });
}

/**
 * What loading `standardwebhooks` and signing once cost a fresh process, over Node's crypto doing the
 * same (already loaded, as in the forwarder): the median of round-by-round differences, wall and CPU.
 */
export async function benchLibraryColdCost(
  bundles: Awaited<ReturnType<typeof buildForwarderBundles>>,
  runs: number,
) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const pair =
      i % 2 === 0 ? [bundles.signer, bundles.signerNodeCrypto] : [bundles.signerNodeCrypto, bundles.signer];
    const [a, b] = [await runSigner(pair[0]?.file ?? ''), await runSigner(pair[1]?.file ?? '')];
    if (i === 0) continue; // the first round warms the file cache
    const [library, crypto] = i % 2 === 0 ? [a, b] : [b, a];
    wall.push(library.ms - crypto.ms);
    cpu.push(library.cpuMs - crypto.cpuMs);
  }
  return {
    library_kib_at_cold_start: Number(
      ((bundles.forwarder.kb ?? 0) - (bundles.forwarderNodeCrypto.kb ?? 0)).toFixed(1),
    ),
    library_load_and_first_sign_ms: Number(median(wall).toFixed(2)),
    library_load_and_first_sign_cpu_ms: Number(median(cpu).toFixed(2)),
  };
}

/** Cold starts of both builds, round by round against bare Node. */
export async function benchForwarderColdStart(
  bundles: Awaited<ReturnType<typeof buildForwarderBundles>>,
  runs: number,
) {
  const child = join(PROJECT_ROOT, 'bench', 'forward-cold-start-child.mjs');
  const env = ({ appUrl }: { appUrl: string }) => forwarderEnv(appUrl);
  const cold = await benchColdStart(
    {
      forwarder: { file: bundles.forwarder.file, child, env },
      forwarderNodeCrypto: { file: bundles.forwarderNodeCrypto.file, child, env },
    },
    runs,
  );
  return {
    cold_start_ms: cold.medians.forwarder,
    cold_start_node_crypto_ms: cold.medians.forwarderNodeCrypto,
    bare_node_ms: cold.medians.bare,
    /** The library's cost at a cold start: the deployed build over the one signing with Node's crypto. */
    library_cold_start_ratio: cold.pairedRatio('forwarder', 'forwarderNodeCrypto'),
  };
}

async function startApp(): Promise<{
  url: string;
  child: ChildProcess;
  stats(): Promise<{ bytes: number; requests: number }>;
}> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bench', 'forward-receiver.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (d: Buffer) => resolve(Number(String(d).trim())));
    child.once('exit', (code) => reject(new Error(`the bench app exited (${code})`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/app`,
    child,
    stats: async () => (await (await fetch(base)).json()) as { bytes: number; requests: number },
  };
}

/** CPU seconds (user + system) `work` used: this machine is shared, waiting is not ours. */
async function cpuSeconds(work: () => Promise<void>) {
  const started = process.cpuUsage();
  await work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/** µs per signature of a ~400-byte body, with the library and with Node's crypto. */
function signingMicroseconds() {
  const body = JSON.stringify({ type: 'BalanceDepleted', timestamp: 't', data: record(1).body });
  const crypto = new CryptoWebhook(BENCH_FORWARD_SECRET);
  const time = (sign: (i: number) => string) => {
    const n = 20_000;
    for (let i = 0; i < 2000; i++) sign(i);
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sign(i);
    return Number((Number(process.hrtime.bigint() - t) / 1000 / n).toFixed(2));
  };
  return {
    sign_us_library: time(
      (i) => webhookHeaders(`msg_${i}`, body, [BENCH_FORWARD_SECRET], 1e12)['webhook-signature'],
    ),
    sign_us_node_crypto: time((i) => crypto.sign(`msg_${i}`, new Date(1e12), body)),
  };
}

/**
 * The warm handler, batches of ten, against a floor that only POSTs the same bodies (no parsing,
 * signing, logging or metrics) to the same app; rounds alternate.
 */
export async function benchForwarderWarm(options = { batches: 200, rounds: 7 }) {
  const app = await startApp();
  try {
    const logged = { bytes: 0, events: 0 };
    const handler = forwarderHandlerFromEnv(forwarderEnv(app.url), {
      sqs: new SQSClient({ ...STUB_CLIENT_CONFIG }),
      secretsManager: new SecretsManagerClient({ ...STUB_CLIENT_CONFIG }),
      write: (line) => {
        logged.bytes += Buffer.byteLength(line) + 1;
        writeSync(devNull, `${line}\n`);
      },
    });
    const size = FORWARDING.batchSize;
    const events: SQSEvent[] = Array.from({ length: options.batches }, (_, b) => ({
      Records: Array.from({ length: size }, (_, i) => record(b * size + i)) as SQSEvent['Records'],
    }));
    const ours = async () => {
      for (const event of events) {
        const out = await handler(event);
        if (out.batchItemFailures.length) throw new Error('bench batch not delivered');
      }
    };
    const floor = async () => {
      for (const event of events) {
        await Promise.all(
          event.Records.map((r) =>
            postWebhook({ url: app.url, headers: {}, body: r.body, timeoutMs: 10_000 }),
          ),
        );
      }
    };
    await ours(); // warm-up: JIT, the secret, connections
    await floor();
    // What one of our POSTs puts on the wire, headers included.
    const before = await app.stats();
    await ours();
    const after = await app.stats();
    const oursTimes: number[] = [];
    const floorTimes: number[] = [];
    const wallMs: number[] = [];
    logged.bytes = 0;
    for (let r = 0; r < options.rounds; r++) {
      floorTimes.push(await cpuSeconds(floor));
      const t = Date.now();
      oursTimes.push(await cpuSeconds(ours));
      wallMs.push((Date.now() - t) / options.batches);
    }
    logged.events = options.rounds * options.batches * size;
    const perEvent = (seconds: number) => (seconds / (options.batches * size)) * 1e6;
    const cpuUs = perEvent(median(oursTimes));
    const floorUs = perEvent(median(floorTimes));
    const requests = after.requests - before.requests;
    return {
      cpu_us_per_event: Number(cpuUs.toFixed(1)),
      floor_cpu_us_per_event: Number(floorUs.toFixed(1)),
      overhead_ratio: Number((cpuUs / floorUs).toFixed(2)),
      loopback_ms_per_batch: Number(median(wallMs).toFixed(1)),
      log_bytes_per_event: Math.round(logged.bytes / logged.events),
      request_bytes_per_post: Math.round((after.bytes - before.bytes) / requests),
      ...signingMicroseconds(),
    };
  } finally {
    app.child.kill();
  }
}

/** The app's answer, assumed: a round trip over the internet to an app that answers at once. */
export const ASSUMED_APP_MS = 150;

/**
 * Cost per million forwarded events (us-east-1 list prices), full batches, every event taken at the
 * first attempt. EventBridge charges nothing to deliver to a rule's SQS target (publishing is in the
 * main table already).
 */
export function forwardCostPerMillion(m: {
  cpuUsPerEvent: number;
  logBytesPerEvent: number;
  requestBytesPerPost: number;
}) {
  const M = 1_000_000;
  const batches = M / FORWARDING.batchSize;
  const gb = FUNCTION_LIMITS.forwarder.memoryMb / 1024;
  // The batch's ten POSTs run side by side: it lasts about one round trip, plus our CPU for ten.
  const batchMs = Math.ceil(ASSUMED_APP_MS + (m.cpuUsPerEvent * FORWARDING.batchSize) / 1000);
  const rows: [string, string, number][] = [
    [
      'SQS',
      `1M SendMessage (EventBridge to the queue) + ${batches.toLocaleString('en-US')} ReceiveMessage + ${batches.toLocaleString('en-US')} DeleteMessageBatch = 1.2M × $${PRICES.sqsPerMillionRequests}/M`,
      1.2 * PRICES.sqsPerMillionRequests,
    ],
    [
      'forwarder Lambda requests',
      `${batches.toLocaleString('en-US')} batches of ${FORWARDING.batchSize} × $${PRICES.lambdaPerMillionRequests}/M`,
      (batches / M) * PRICES.lambdaPerMillionRequests,
    ],
    [
      'forwarder Lambda compute',
      `${batches.toLocaleString('en-US')} × ${gb} GB × ${batchMs} ms (${ASSUMED_APP_MS} ms assumed app round trip + ${m.cpuUsPerEvent} µs measured CPU per event × ${FORWARDING.batchSize}) × $${PRICES.lambdaPerGbSecondArm}/GB-s`,
      batches * gb * (batchMs / 1000) * PRICES.lambdaPerGbSecondArm,
    ],
    [
      'CloudWatch Logs',
      `${m.logBytesPerEvent} bytes per event (measured: the forwarded line and a share of the batch's metrics) × 1M × $${PRICES.logsPerGb}/GB`,
      ((m.logBytesPerEvent * M) / 1e9) * PRICES.logsPerGb,
    ],
    [
      'data transfer out',
      `${m.requestBytesPerPost} bytes per POST (measured at the app, headers included) × 1M × $${PRICES.dataTransferOutPerGb}/GB`,
      ((m.requestBytesPerPost * M) / 1e9) * PRICES.dataTransferOutPerGb,
    ],
  ];
  const total = rows.reduce((sum, [, , usd]) => sum + usd, 0);
  return { rows, total: Number(total.toFixed(2)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundles = await buildForwarderBundles();
  const warm = await benchForwarderWarm({ batches: 100, rounds: 5 });
  const cold = await benchForwarderColdStart(bundles, 7);
  const library = await benchLibraryColdCost(bundles, 21);
  const cost = forwardCostPerMillion({
    cpuUsPerEvent: warm.cpu_us_per_event,
    logBytesPerEvent: warm.log_bytes_per_event,
    requestBytesPerPost: warm.request_bytes_per_post,
  });
  process.stdout.write(`${JSON.stringify({ bundles, warm, cold, library, cost }, null, 2)}\n`);
}
