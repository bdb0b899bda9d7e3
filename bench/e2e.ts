// End to end on the local stack: signed POSTs over HTTP at a fixed offered rate, each timed from
// POST to the consumer's "processed" line for its body; then at saturation.

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { signPlain } from '../lambdas/shared/sign-webhook';
import { startDynamoDbLocal } from '../local/dynamodb-local';
import { startLocalStack } from '../local/local-stack';
import { BENCH_SECRET, lavaBody } from './events';

const percentile = (xs: number[], p: number) =>
  xs.length ? ([...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] as number) : Number.NaN;

export async function benchEndToEnd(options: { rate: number; seconds: number; saturationEvents?: number }) {
  const stateDir = mkdtempSync(join(tmpdir(), 'lava-bench-'));
  const applied = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  // DynamoDB Local in memory: the on-disk database that `npm start` keeps for persistence syncs every
  // write to disk, which measures this VM's disk rather than the pipeline.
  const ddb = await startDynamoDbLocal();
  const stack = await startLocalStack({
    dynamoEndpoint: ddb.endpoint,
    stateDir,
    port: 0,
    secret: BENCH_SECRET,
    write: (line) => {
      if (!line.includes('"message":"processed"')) return;
      // A plain-scheme event's id is its body's SHA-256.
      const { eventId: sha256 } = JSON.parse(line) as { eventId?: string };
      if (!sha256 || applied.has(sha256)) return;
      applied.set(sha256, performance.now());
      waiting.get(sha256)?.();
    },
  });
  let serial = 0;
  const post = async () => {
    const body = lavaBody(serial++, 'connection.created');
    const sha256 = createHash('sha256').update(body).digest('hex');
    const sent = performance.now();
    const res = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-webhook-signature': signPlain(body, BENCH_SECRET) },
      body,
    });
    await res.arrayBuffer();
    return { sha256, sent, ok: res.status === 200 };
  };
  const settle = async (sent: { sha256: string; ok: boolean }[], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (sent.some((s) => s.ok && !applied.has(s.sha256)) && Date.now() < deadline) {
      await sleep(20);
    }
  };

  const saturate = async (count: number) => {
    const out: { sha256: string; sent: number; ok: boolean }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next++ < count) out.push(await post());
      }),
    );
    await settle(out, 60_000);
    return out;
  };

  try {
    // Warm up first (JIT, DynamoDB Local's JVM, connection pools); these events are not counted.
    const warm = await saturate(300);

    // Fixed offered rate: one POST every 1/rate s, not waiting for answers (an open-loop load).
    const inFlight: Promise<{ sha256: string; sent: number; ok: boolean }>[] = [];
    const started = performance.now();
    for (let i = 0; i < options.rate * options.seconds; i++) {
      const due = started + (i * 1000) / options.rate;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      inFlight.push(post());
    }
    const sent = await Promise.all(inFlight);
    await settle(sent, 30_000);
    const latencies = sent
      .filter((s) => s.ok && applied.has(s.sha256))
      .map((s) => (applied.get(s.sha256) ?? 0) - s.sent);

    // Saturation: as fast as 32 senders can go, until everything sent is applied.
    const count = options.saturationEvents ?? 1000;
    const satStarted = performance.now();
    const satSent = await saturate(count);
    const satSeconds = (performance.now() - satStarted) / 1000;

    const all = [...warm, ...sent, ...satSent];
    return {
      rate: options.rate,
      seconds: options.seconds,
      p50_ms: Math.round(percentile(latencies, 0.5)),
      p99_ms: Math.round(percentile(latencies, 0.99)),
      max_events_per_s: Math.round(satSent.filter((s) => s.ok).length / satSeconds),
      answered_200: all.filter((s) => s.ok).length,
      lost: all.filter((s) => s.ok && !applied.has(s.sha256)).length,
    };
  } finally {
    await stack.stop();
    await ddb.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}
