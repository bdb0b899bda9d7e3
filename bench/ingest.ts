// Warm ingest: the real handler (logging and EMF metrics included) against the floor, in one process,
// both through the real SQS client with a stubbed transport. Each round runs both back to back, the
// order alternating; the overhead is the median of the rounds' ratios (bench/stats.ts).
import { openSync, writeSync } from 'node:fs';
import { SQSClient } from '@aws-sdk/client-sqs';
import { ingestHandlerFromEnv } from '../lambdas/ingest/from-env';
import { ENV } from '../lambdas/shared/env';
import { BENCH_QUEUE_URL, BENCH_SECRET, lavaBody, signedEvent } from './events';
import { createFloorHandler } from './floor';
import { median, medianOfRatios } from './stats';
import { STUB_CLIENT_CONFIG } from './stub-transport';

type Handler = (e: ReturnType<typeof signedEvent>) => Promise<{ statusCode?: number }>;

const devNull = openSync('/dev/null', 'w');

/**
 * Seconds of CPU (user + system) the round used. CPU time rather than wall time: this machine is
 * shared, and time spent waiting for the core to come back is not ours.
 */
async function round(handler: Handler, events: ReturnType<typeof signedEvent>[], latencies?: number[]) {
  const started = process.cpuUsage();
  for (const event of events) {
    const t = process.hrtime.bigint();
    const res = await handler(event);
    if (res.statusCode !== 200) throw new Error(`bench event answered ${res.statusCode}`);
    latencies?.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] as number;

export async function benchIngest(options: { perRound: number; rounds: number }) {
  const logged = { bytes: 0, lines: 0 };
  const ours = ingestHandlerFromEnv(
    { [ENV.queueUrl]: BENCH_QUEUE_URL, [ENV.localSecret]: BENCH_SECRET },
    {
      sqs: new SQSClient({ ...STUB_CLIENT_CONFIG }),
      write: (line) => {
        logged.bytes += Buffer.byteLength(line) + 1;
        logged.lines++;
        writeSync(devNull, `${line}\n`);
      },
    },
  ) as Handler;
  const floor = createFloorHandler(
    new SQSClient({ ...STUB_CLIENT_CONFIG }),
    BENCH_QUEUE_URL,
    BENCH_SECRET,
  ) as Handler;
  const events = Array.from({ length: options.perRound }, (_, i) => signedEvent(lavaBody(i)));

  await round(ours, events.slice(0, 2000)); // warm both up: JIT, SDK lazy paths
  await round(floor, events.slice(0, 2000));
  const oursTimes: number[] = [];
  const floorTimes: number[] = [];
  const latencies: number[] = [];
  for (let r = 0; r < options.rounds; r++) {
    if (r % 2 === 0) {
      floorTimes.push(await round(floor, events));
      oursTimes.push(await round(ours, events, latencies));
    } else {
      oursTimes.push(await round(ours, events, latencies));
      floorTimes.push(await round(floor, events));
    }
  }
  const oursRate = options.perRound / median(oursTimes);
  const floorRate = options.perRound / median(floorTimes);
  return {
    warm_events_per_s: Math.round(oursRate),
    p50_us: Math.round(percentile(latencies, 0.5)),
    p99_us: Math.round(percentile(latencies, 0.99)),
    floor_events_per_s: Math.round(floorRate),
    /** Our CPU time per event over the floor's: the median of the rounds' ratios. */
    overhead_ratio: medianOfRatios(oursTimes, floorTimes),
    /** The same as the ratio of the two medians, as measured before (it moves more with load). */
    overhead_ratio_of_medians: Number((floorRate / oursRate).toFixed(3)),
    log_bytes_per_event: Math.round(logged.bytes / logged.lines),
  };
}
