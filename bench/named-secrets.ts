// `npx tsx bench/named-secrets.ts`: what several connected endpoints' secrets cost ingest. The real
// handler (stubbed SQS transport, 1 KiB bodies) with one stored secret, against the same handler with
// ten (five endpoints, each with a previous value) where the signing one is listed last: the worst
// case, every other HMAC computed first. Rounds alternate; CPU time, medians.
import { openSync, writeSync } from 'node:fs';
import { SQSClient } from '@aws-sdk/client-sqs';
import { ingestHandlerFromEnv } from '../lambdas/ingest/from-env';
import { ENV } from '../lambdas/shared/env';
import { verifySignature } from '../lambdas/shared/verify-signature';
import { BENCH_QUEUE_URL, BENCH_SECRET, lavaBody, signedEvent } from './events';
import { median } from './stats';
import { STUB_CLIENT_CONFIG } from './stub-transport';

type Handler = (e: ReturnType<typeof signedEvent>) => Promise<{ statusCode?: number }>;
const devNull = openSync('/dev/null', 'w');

function handlerWith(secrets: string[]): Handler {
  return ingestHandlerFromEnv(
    { [ENV.queueUrl]: BENCH_QUEUE_URL, [ENV.localSecret]: secrets.join(',') },
    { sqs: new SQSClient({ ...STUB_CLIENT_CONFIG }), write: (line) => void writeSync(devNull, `${line}\n`) },
  ) as Handler;
}

async function cpuSeconds(handler: Handler, events: ReturnType<typeof signedEvent>[]) {
  const started = process.cpuUsage();
  for (const event of events) {
    if ((await handler(event)).statusCode !== 200) throw new Error('bench event refused');
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

export async function benchNamedSecrets(options = { perRound: 4000, rounds: 7 }) {
  const others = Array.from({ length: 9 }, (_, i) => `whsec_bench_other_${i}`);
  const one = handlerWith([BENCH_SECRET]);
  const ten = handlerWith([...others, BENCH_SECRET]);
  const events = Array.from({ length: options.perRound }, (_, i) => signedEvent(lavaBody(i)));
  await cpuSeconds(one, events.slice(0, 1000));
  await cpuSeconds(ten, events.slice(0, 1000));
  const oneTimes: number[] = [];
  const tenTimes: number[] = [];
  for (let r = 0; r < options.rounds; r++) {
    oneTimes.push(await cpuSeconds(one, events));
    tenTimes.push(await cpuSeconds(ten, events));
  }
  // The part that grows with the list: one HMAC of a 1 KiB body per secret tried.
  const raw = Buffer.from(lavaBody(1));
  const header = { plain: signedEvent(lavaBody(1)).headers['x-webhook-signature'] };
  const verifyUs = (secrets: string[]) => {
    const n = 20_000;
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) verifySignature(raw, header, secrets, { nowSeconds: 0, toleranceSeconds: 0 });
    return Number(process.hrtime.bigint() - t) / 1000 / n;
  };
  verifyUs([BENCH_SECRET]);
  const perEvent = (times: number[]) => (median(times) / options.perRound) * 1e6;
  return {
    one_secret_us_per_event: Number(perEvent(oneTimes).toFixed(1)),
    ten_secrets_us_per_event: Number(perEvent(tenTimes).toFixed(1)),
    ratio: Number((median(tenTimes) / median(oneTimes)).toFixed(3)),
    verify_one_us: Number(verifyUs([BENCH_SECRET]).toFixed(2)),
    verify_ten_last_without_memo_us: Number(verifyUs([...others, BENCH_SECRET]).toFixed(2)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await benchNamedSecrets(), null, 2)}\n`);
}
