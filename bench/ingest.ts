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

/** The real handler with the bench's stubbed SQS client, or with `enqueue` in place of SQS. */
function oursWith(write: (line: string) => void, sqs: SQSClient = new SQSClient({ ...STUB_CLIENT_CONFIG })) {
  return ingestHandlerFromEnv(
    { [ENV.queueUrl]: BENCH_QUEUE_URL, [ENV.localSecret]: BENCH_SECRET },
    {
      sqs,
      write,
    },
  ) as Handler;
}

/** An SQS client that confirms every message without any SDK work: what is left is our own. */
const confirmingSqs = { send: async () => ({ MessageId: 'bench' }) } as unknown as SQSClient;

export async function benchIngest(options: { perRound: number; rounds: number }) {
  const logged = { bytes: 0, lines: 0 };
  const handlers: Record<'floor' | 'ours' | 'withoutLogWrite' | 'withoutSqs', Handler> = {
    floor: createFloorHandler(
      new SQSClient({ ...STUB_CLIENT_CONFIG }),
      BENCH_QUEUE_URL,
      BENCH_SECRET,
    ) as Handler,
    ours: oursWith((line) => {
      logged.bytes += Buffer.byteLength(line) + 1;
      logged.lines++;
      writeSync(devNull, `${line}\n`);
    }),
    // Where our extra time goes: the same handler without writing its line, and without SQS's SDK.
    withoutLogWrite: oursWith(() => {}),
    withoutSqs: oursWith((line) => void writeSync(devNull, `${line}\n`), confirmingSqs),
  };
  const events = Array.from({ length: options.perRound }, (_, i) => signedEvent(lavaBody(i)));

  // Warm all up (JIT, SDK lazy paths).
  for (const handler of Object.values(handlers)) await round(handler, events.slice(0, 2000));
  const times = Object.fromEntries(Object.keys(handlers).map((n) => [n, [] as number[]]));
  const latencies: number[] = [];
  for (let r = 0; r < options.rounds; r++) {
    // Back to back, the order alternating, so that a burst of load hits all of them alike.
    const order = Object.entries(handlers);
    for (const [name, handler] of r % 2 === 0 ? order : order.reverse())
      times[name]?.push(await round(handler, events, name === 'ours' ? latencies : undefined));
  }
  const usPerEvent = (name: string) => (median(times[name] ?? []) / options.perRound) * 1e6;
  const oursRate = 1e6 / usPerEvent('ours');
  const floorRate = 1e6 / usPerEvent('floor');
  return {
    warm_events_per_s: Math.round(oursRate),
    p50_us: Math.round(percentile(latencies, 0.5)),
    p99_us: Math.round(percentile(latencies, 0.99)),
    floor_events_per_s: Math.round(floorRate),
    /** Our CPU time per event over the floor's: the median of the rounds' ratios. */
    overhead_ratio: medianOfRatios(times.ours ?? [], times.floor ?? []),
    /** The same as the ratio of the two medians, as measured before (it moves more with load). */
    overhead_ratio_of_medians: Number((floorRate / oursRate).toFixed(3)),
    /**
     * Where the extra CPU time per event goes (µs, medians): writing the one log line, our own work
     * (verification, envelope, hashes, the message's attributes, the line's JSON), and the rest,
     * which is the SDK sending our message (three attributes, a deadline) rather than a bare body.
     */
    overhead_parts_us: {
      floor: Math.round(usPerEvent('floor')),
      ours: Math.round(usPerEvent('ours')),
      log_line_write: Math.round(usPerEvent('ours') - usPerEvent('withoutLogWrite')),
      own_work_without_sqs: Math.round(usPerEvent('withoutSqs')),
    },
    log_bytes_per_event: Math.round(logged.bytes / logged.lines),
  };
}
