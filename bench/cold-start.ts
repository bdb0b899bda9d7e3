// Cold start: a fresh Node process loads a deployed bundle and answers one event, its AWS calls
// (Secrets Manager, SQS) answered by a loopback stub; against a bare `node -e 0` in the same run,
// interleaved, median of several. Every bundle runs with the same environment, without NODE_OPTIONS
// as the stack deploys them (a stack test checks), so the floor is measured exactly as ingest is. A run may add its own
// variables: the same ingest bundle with its secret from the environment shows what the Secrets
// Manager call costs.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../lib/bundling';
import { BENCH_SECRET } from './events';
import { median, medianOfRatios } from './stats';
import { answer } from './stub-transport';

/** Where the stub plays the app the forwarder posts to: it answers 200. */
const APP_PATH = '/app';

async function stubServer() {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === APP_PATH) return void res.writeHead(200).end('ok');
      const payload = JSON.stringify(
        answer(String(req.headers['x-amz-target'] ?? ''), Buffer.concat(chunks).toString()),
      );
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** What one fresh process took: wall time from spawn to exit, and the CPU time it reported using. */
interface Run {
  wallMs: number;
  cpuMs: number;
}

/** Runs `args` in a fresh Node. Async, so that the stub server in this process can answer. */
function timeRun(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const cpuMs = Number(
        (JSON.parse(stdout.trim().split('\n').at(-1) || '{}') as { cpuMs?: unknown }).cpuMs,
      );
      if (code === 0 && Number.isFinite(cpuMs)) resolve({ wallMs, cpuMs });
      else reject(new Error(`cold start run failed: ${stderr}`));
    });
  });
}

/** Bare Node, reporting its CPU time as the cold-start child does. */
const BARE = [
  '-e',
  'const u = process.cpuUsage(); console.log(JSON.stringify({ cpuMs: (u.user + u.system) / 1000 }))',
];

/** A bundle to start, and variables to set or (undefined) unset for it. */
export interface ColdStartRun {
  file: string;
  /** Variables, or a function of the stub's endpoint and the app's URL that gives them. */
  env?:
    | Record<string, string | undefined>
    | ((stub: { endpoint: string; appUrl: string }) => Record<string, string | undefined>);
  /** The script that loads and invokes the bundle (default: one signed webhook, for ingest). */
  child?: string;
}

/** Medians in ms for a bare Node and for each bundle, with the deployed runtime environment. */
export async function benchColdStart(bundles: Record<string, ColdStartRun>, runs: number) {
  const { server, endpoint: stubEndpoint } = await stubServer();
  const env = {
    PATH: process.env.PATH,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_ENDPOINT_URL_SQS: stubEndpoint,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: stubEndpoint,
    QUEUE_URL: `${stubEndpoint}/123456789012/bench`,
    SECRET_ID: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:bench',
    LAVA_WEBHOOK_SECRET: BENCH_SECRET, // read only by the floor, which has no secret cache
    BENCH_SECRET,
    NODE_NO_WARNINGS: '1',
  };
  const child = join(PROJECT_ROOT, 'bench', 'cold-start-child.mjs');
  const names = ['bare', ...Object.keys(bundles)];
  const wall: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const record = (name: string, run: Run) => {
    wall[name]?.push(run.wallMs);
    cpu[name]?.push(run.cpuMs);
  };
  try {
    for (let i = 0; i < runs + 1; i++) {
      const bare = await timeRun(BARE, env);
      const times: [string, Run][] = [];
      // Alternating the order, so that neither bundle always runs right after bare Node.
      const entries = Object.entries(bundles);
      for (const [name, run] of i % 2 === 0 ? entries : entries.reverse())
        times.push([
          name,
          await timeRun([run.child ?? child, run.file, BENCH_SECRET], {
            ...env,
            ...(typeof run.env === 'function'
              ? run.env({ endpoint: stubEndpoint, appUrl: `${stubEndpoint}${APP_PATH}` })
              : run.env),
          }),
        ]);
      if (i === 0) continue; // the first round warms the file cache
      record('bare', bare);
      for (const [name, run] of times) record(name, run);
    }
  } finally {
    server.close();
  }
  const medianOf = (samples: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, Number(median(xs).toFixed(1))]));
  const medians: Record<string, number> = medianOf(wall);
  /** Medians of the CPU time each process used: what waiting for a core on a shared machine leaves out. */
  const cpuMedians: Record<string, number> = medianOf(cpu);
  /** The median of `a / b` taken round by round (bench/stats.ts), of wall or of CPU time. */
  const pairedRatio = (a: string, b: string, of: 'wall' | 'cpu' = 'wall') => {
    const samples = of === 'wall' ? wall : cpu;
    return medianOfRatios(samples[a] ?? [], samples[b] ?? []);
  };
  return { medians, cpuMedians, pairedRatio };
}
