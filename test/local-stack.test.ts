// End to end on one machine: the local stack in process (its own DynamoDB Local on disk), webhooks
// over HTTP, state read back through the CLI; DLQ and redrive, replay, rotation, restart.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DeleteItemCommand, DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runCli } from '../cli/cli';
import { ENV } from '../lambdas/shared/env';
import { signTimestamped } from '../lambdas/shared/sign-webhook';
import { connectionKey } from '../lambdas/shared/table-schema';
import { LOCAL, WEBHOOK_PATH } from '../lib/definitions';
import { createTable } from '../local/create-table';
import { localClientConfig } from '../local/local-clients';
import { type LocalStack, startLocalStack } from '../local/local-stack';
import { consoleWriter } from '../local/start-output';
import { captureIo, cli } from './helpers/cli';
import { sleep, until } from './helpers/until';

const stateDir = mkdtempSync(join(tmpdir(), 'lava-local-'));
const logs: string[] = [];
/** Which function wrote each line, and when: the lines themselves hold neither. */
const written = new Map<string, { fn: string; at: number }>();
let stack: LocalStack;

const start = () =>
  startLocalStack({
    stateDir,
    port: 0,
    visibilityTimeoutSeconds: 1,
    env: { [ENV.secretTtlSeconds]: '1' },
    write: (line, fn) => {
      logs.push(line);
      // As CloudWatch would: the line's log group (its function) and when it was written.
      written.set(line, { fn, at: Date.now() });
    },
  });
const run = (...args: string[]) => cli([...args, '--state-dir', stateDir]);
/** What `npm start` would print for these handler lines. */
function readable(lines: string[]): string[] {
  const printed: string[] = [];
  const write = consoleWriter({ retrySeconds: 1, print: (_, text) => printed.push(text) });
  for (const line of lines) write(line, written.get(line)?.fn);
  return printed;
}

async function connection(id: string): Promise<Record<string, unknown> | undefined> {
  const r = await run('connection', id);
  return r.code === 0 ? (JSON.parse(r.out) as Record<string, unknown>) : undefined;
}

/** The connection once `check` holds for it. */
const connectionWhen = (id: string, check: (c: Record<string, unknown>) => boolean, timeoutMs?: number) =>
  until(async () => {
    const c = await connection(id);
    return c && check(c) ? c : undefined;
  }, timeoutMs);

async function events(id: string) {
  const r = await run('events', '--connection', id, '--json');
  expect(r.code).toBe(0);
  return r.out
    .split('\n')
    .filter(Boolean)
    .map(
      (l) =>
        JSON.parse(l) as {
          eventType: string;
          outcome: string;
          reason: string | null;
          eventId: string | null;
          duplicateOf: string | null;
          redecided: { at: string; outcome: string }[];
        },
    );
}

beforeAll(async () => {
  stack = await start();
});

afterAll(async () => {
  await stack?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

// Each test waits for conditions (up to 30 s each) through the CLI, a process per call: room on a busy machine.
describe('the local stack', { timeout: 120_000 }, () => {
  it('generates a dev secret in the state folder and describes itself in stack.json', () => {
    expect(stack.secretOrigin).toBe('generated');
    expect(existsSync(join(stateDir, 'secret.json'))).toBe(true);
    expect(stack.info.url).toBe(`http://127.0.0.1:${stack.port}${WEBHOOK_PATH}`);
    expect(JSON.stringify(stack.info)).not.toMatch(/whsec_/);
  });

  it('answers the HTTP contract: 404, 405, 401, both 413s', async () => {
    const base = `http://127.0.0.1:${stack.port}`;
    const other = await fetch(`${base}/other`, { method: 'POST', body: '{}' });
    expect([other.status, await other.json()]).toEqual([404, { error: 'Not found' }]);
    const get = await fetch(stack.url);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);

    logs.length = 0;
    const bad = await run('send', 'connection.created', '--secret', 'not-the-secret');
    expect(bad).toMatchObject({ code: 1, out: '401 {"error":"Invalid signature"}' });
    // The stack's console says why.
    expect(readable(logs)).toEqual([expect.stringMatching(/ingest\s+signature rejected .*\(mismatch\)$/)]);

    const handlerCap = await fetch(stack.url, { method: 'POST', body: 'x'.repeat(300 * 1024) });
    expect(handlerCap.status).toBe(413);
    const socketCap = await fetch(stack.url, { method: 'POST', body: Buffer.alloc(2 * 1024 * 1024) });
    expect([socketCap.status, await socketCap.json()]).toEqual([
      413,
      { error: 'Request body exceeds 1048576 bytes' },
    ]);
  });

  it('applies an event posted at idle without waiting out the long poll, and a timestamped update after it', async () => {
    // Measured by when the handlers wrote their lines, so that the test's polling does not count.
    const logTime = (message: string, id: string) =>
      until(async () => {
        const line = logs.find(
          (l) => l.includes(`"message":"${message}"`) && l.includes(`"connectionId":"${id}"`),
        );
        return line ? written.get(line)?.at : undefined;
      }, 15_000);
    // The first event pays for cold paths (SDK clients, the JVM's JIT), as a Lambda cold start would;
    // the best of three then keeps a busy machine (the other test files) from failing the test.
    const latencies: number[] = [];
    for (const id of ['con_warm', 'con_idle_1', 'con_idle_2', 'con_idle_3']) {
      await sleep(500); // the poller waits in a long poll
      expect((await run('send', 'connection.created', '--connection', id, '--no-wait')).code).toBe(0);
      latencies.push((await logTime('processed', id)) - (await logTime('accepted', id)));
    }
    // Not a speed check (the bench measures that): a message must be picked up by the waiting long
    // poll, not by the next one, which would take the whole wait (20 s).
    expect(Math.min(...latencies.slice(1))).toBeLessThan((LOCAL.waitTimeSeconds * 1000) / 2);

    // send waits for the consumer's verdict and shows the connection it left.
    const first = await run('send', 'connection.created', '--connection', 'con_a');
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out.split('\n')).toEqual([
      '200 {"received":true}',
      expect.stringMatching(/^applied \(event [0-9a-f]{12}\)$/),
      expect.stringMatching(
        /^con_a: status active, hasLavaCreditBalance true, walletBalance 25\.00, email ada@example\.com, lastEventType connection\.created/,
      ),
    ]);
    const created = await connectionWhen('con_a', () => true);
    expect(created).toMatchObject({ status: 'active', hasLavaCreditBalance: true, email: 'ada@example.com' });

    const update = await run(
      'send',
      'connection.wallet.balance.updated',
      '--connection',
      'con_a',
      '--scheme',
      'timestamped',
      // Signed times have whole seconds: one second ahead is surely after the creation's receive time.
      '--time',
      String(Math.floor(Date.now() / 1000) + 1),
    );
    expect(update.code).toBe(0);
    const updated = await connectionWhen('con_a', (c) => c.walletBalance === '0.00');
    expect(updated).toMatchObject({
      hasLavaCreditBalance: false,
      lastEventType: 'connection.wallet.balance.updated',
    });
  }, 90_000); // each send waits for the verdict; a busy machine can make this slow

  it('dedupes a resend within the window; the same snapshot sent again later is a new event', async () => {
    // A plain-scheme depletion, then the same request again at once, nothing between: a resend.
    const plainDepletion = ['connection.wallet.balance.updated', '--connection', 'con_a', '--json'];
    // Applied, or stale when the timestamped update before was signed a second ahead of it.
    const first = JSON.parse((await run('send', ...plainDepletion)).out).verdict.outcome as string;
    expect(['applied', 'stale']).toContain(first);
    const resent = await run('send', ...plainDepletion);
    expect(resent.code).toBe(0);
    const verdict = JSON.parse(resent.out);
    expect(verdict).toMatchObject({
      status: 200,
      body: { received: true },
      deliveryId: expect.any(String),
      verdict: { outcome: 'duplicate', duplicateOf: expect.stringMatching(/^[0-9a-f]{64}$/), reason: null },
      connection: { connectionId: 'con_a', status: 'active', walletBalance: '0.00' },
    });
    const listed = await until(async () => {
      const all = await events('con_a');
      return all.length === 4 ? all : undefined;
    });
    expect(listed.map((e) => `${e.eventType} ${e.outcome}`)).toEqual([
      'connection.wallet.balance.updated duplicate',
      `connection.wallet.balance.updated ${first}`,
      'connection.wallet.balance.updated applied',
      'connection.created applied',
    ]);
    expect(listed[0]?.duplicateOf).toBe(listed[1]?.eventId);
    const domainEvents = async () => {
      const r = await run('domain-events', '--connection', 'con_a', '--limit', '100', '--json');
      return r.out.split('\n').map((l) => (JSON.parse(l) as { detailType: string }).detailType);
    };
    expect(await domainEvents()).toEqual(['ConnectionCreated', 'BalanceDepleted']);

    // Restored, then depleted again with a body byte-identical to the first depletion, signed later.
    const later = Math.floor(Date.now() / 1000) + 2;
    const restore = JSON.stringify({ connection_id: 'con_a', has_lava_credit_balance: true });
    for (const [data, t] of [
      [['--data', restore], later],
      [[], later + 1],
    ] as const) {
      const args = ['--connection', 'con_a', '--scheme', 'timestamped', '--time', String(t)];
      expect((await run('send', 'connection.wallet.balance.updated', ...data, ...args)).code).toBe(0);
    }
    await until(async () => ((await domainEvents()).length === 4 ? true : undefined));
    expect(await domainEvents()).toEqual([
      'ConnectionCreated',
      'BalanceDepleted',
      'BalanceRestored',
      'BalanceDepleted',
    ]);
    expect(await connection('con_a')).toMatchObject({ hasLavaCreditBalance: false });
  });

  it('over HTTP: same-second updates in arrival order, oversized values left off, free-form text exact', async () => {
    const { secretString } = JSON.parse(readFileSync(join(stateDir, 'secret.json'), 'utf8'));
    const post = async (body: string, t: number) => {
      const res = await fetch(stack.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-lava-signature': signTimestamped(body, secretString, t),
        },
        body,
      });
      expect(res.status).toBe(200);
    };
    const t = Math.floor(Date.now() / 1000);
    const update = (balance: string, extra = '') =>
      `{"event":"connection.wallet.balance.updated","data":{"connection_id":"con_http_order","wallet":{"balance":"${balance}"}${extra}}}`;
    // One signed second, sent in order: the later arrival wins whatever order they are applied in.
    await post(update('1.00'), t);
    await post(update('2.00', ',"metadata":{"big":12345678901234567890,"__proto__":{"a":1}}'), t);
    await post(update('3.00', `,"subscription":{"blob":"${'x'.repeat(220_000)}"}`), t + 1);
    // All three processed (none left in flight for the next test), then the state.
    await until(async () => ((await events('con_http_order')).length === 3 ? true : undefined));
    const final = await connectionWhen('con_http_order', (c) => c.walletBalance === '3.00');
    expect(final.metadata).toBe('{"big":12345678901234567890,"__proto__":{"a":1}}');
    expect(final.subscription).toEqual({ omittedBytes: 220_011 });
  });

  it('keeps a deletion when an older creation arrives after it', async () => {
    const deleted = await run(
      'send',
      'connection.deleted',
      '--connection',
      'con_b',
      '--scheme',
      'timestamped',
      '--time',
      '30s',
    );
    expect(deleted.code).toBe(0);
    await connectionWhen('con_b', (c) => c.status === 'deleted');
    const late = await run(
      'send',
      'connection.created',
      '--connection',
      'con_b',
      '--scheme',
      'timestamped',
      '--time',
      '90s',
    );
    expect(late.code).toBe(0);
    await until(async () => ((await events('con_b')).length === 2 ? true : undefined));
    expect(await connection('con_b')).toMatchObject({
      status: 'deleted',
      lastEventType: 'connection.deleted',
      email: 'ada@example.com', // a field the deletion does not claim still comes from the creation
    });
  });

  it('archives events outside the customer family as ignored; customer.* and checkout.completed are understood', async () => {
    const unknown = await run('send', 'invoice.paid', '--connection', 'con_c');
    expect(unknown).toMatchObject({
      code: 0,
      out: '200 {"received":true}\nignored: unknown event type\ncon_c: no connection item',
    });
    expect((await run('send', 'customer.created', '--connection', 'con_c')).code).toBe(0);
    expect((await run('send', 'checkout.completed', '--connection', 'con_c')).code).toBe(0);
    await connectionWhen(
      'con_c',
      (c) => c.lastEventType === 'checkout.completed' || c.lastEventType === 'customer.created',
    );
    const all = await until(async () => {
      const r = await run('events', '--json', '--limit', '100');
      const lines = r.out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { eventType: string; outcome: string; connectionId: string | null });
      return lines.some((e) => e.eventType === 'invoice.paid') &&
        lines.some((e) => e.eventType === 'checkout.completed')
        ? lines
        : undefined;
    });
    expect(all.find((e) => e.eventType === 'invoice.paid')).toMatchObject({
      outcome: 'ignored',
      connectionId: 'con_c', // an unknown event keeps its customer id
    });
    const published = await until(async () => {
      const r = await run('domain-events', '--connection', 'con_c');
      return r.out.includes('CheckoutCompleted') ? r.out : undefined;
    });
    // The table view: time, detail-type, connection, Lava event, event id, the other details.
    expect(published).toMatch(
      /CheckoutCompleted\s+con_c\s+checkout\.completed\s+[0-9a-f]{12}\s+.*checkout_session_id=cs_local_0001/,
    );
  });

  it('send: --connection goes into --data, --time signs with the timestamped scheme, a rejection says why', async () => {
    const created = { has_lava_credit_balance: true, wallet: { balance: '5.00', autopay_enabled: false } };
    const merged = await run(
      'send',
      'connection.created',
      '--connection',
      'con_m',
      '--data',
      JSON.stringify({ ...created, created_at: '2026-11-01T10:00:00.000Z' }),
    );
    expect(merged.code).toBe(0);
    expect(merged.out).toMatch(/^applied \(event [0-9a-f]{12}\)$/m);
    expect(merged.out).toMatch(/^con_m: .*walletBalance 5\.00/m);

    // A negative duration parses (it is not an option), and implies the timestamped scheme.
    const older = JSON.parse(
      (
        await run(
          'send',
          'connection.wallet.balance.updated',
          '--connection',
          'con_m',
          '--data',
          JSON.stringify({ ...created, has_lava_credit_balance: false }),
          '--time',
          '-1m',
          '--json',
        )
      ).out,
    );
    expect(older.verdict).toMatchObject({ outcome: 'stale' }); // signed before the update arrived
    const iso = new Date(Date.now() + 2_000).toISOString();
    const newer = JSON.parse(
      (await run('send', 'connection.deleted', '--connection', 'con_m', '--time', iso, '--json')).out,
    );
    expect(newer).toMatchObject({ verdict: { outcome: 'applied' }, connection: { status: 'deleted' } });

    const beyond = await run('send', 'connection.created', '--connection', 'con_m', '--time', '-10m');
    expect(beyond).toMatchObject({ code: 1, out: '401 {"error":"Invalid signature"}' });
    expect(beyond.err).toMatch(/^warning: --time is 10 min ago, beyond the signature tolerance \(300 s/);

    const rejected = await run('send', 'connection.created', '--data', '{"has_lava_credit_balance":true}');
    expect(rejected).toMatchObject({
      code: 1,
      out: '200 {"received":true}\nrejected: no customer id (data.customer_id, data.connection_id or data.customer)',
    });
  });

  it('events show: one delivery whole, by event id prefix or delivery id', async () => {
    const sent = JSON.parse(
      (
        await run(
          'send',
          'connection.created',
          '--connection',
          'con_show',
          '--scheme',
          'timestamped',
          '--json',
        )
      ).out,
    );
    const eventId = String(sent.verdict.eventId);
    const shown = await run('events', 'show', eventId.slice(0, 8));
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(new RegExp(`^event +${eventId}$`, 'm'));
    expect(shown.out).toMatch(new RegExp(`^delivery +${sent.deliveryId}$`, 'm'));
    expect(shown.out).toMatch(/^outcome +applied$/m);
    expect(shown.out).toMatch(/^ {2}x-lava-signature: t=\d+,v1=[0-9a-f]{64}$/m);
    expect(shown.out).toMatch(/^ {2}ConnectionCreated \{"connectionId":"con_show"/m);
    expect(shown.out).toMatch(/^ {6}"connection_id": "con_show",$/m);

    const json = JSON.parse((await run('events', 'show', sent.deliveryId, '--json')).out);
    expect(json).toMatchObject({
      eventId,
      outcome: 'applied',
      scheme: 'timestamped',
      published: true,
      domainEvents: [{ type: 'ConnectionCreated' }],
    });
    expect(JSON.parse(json.body)).toMatchObject({
      event: 'connection.created',
      data: { connection_id: 'con_show' },
    });

    // A duplicate has no body of its own: its event's is shown.
    await run('send', 'connection.created', '--connection', 'con_show');
    const dup = JSON.parse(
      (await run('send', 'connection.created', '--connection', 'con_show', '--json')).out,
    );
    const dupShown = await run('events', 'show', dup.deliveryId);
    expect(dupShown.out).toMatch(/^duplicate of +[0-9a-f]{64}$/m);
    expect(dupShown.out).toContain('body (its event’s, the same bytes)');
    expect(dupShown.out).toContain('"connection_id": "con_show"');

    expect(await run('events', 'show', 'ffffffffffff')).toMatchObject({
      code: 1,
      err: expect.stringContaining('No archived delivery matches "ffffffffffff"'),
    });
  });

  it('events --follow lists the last ones oldest first, then each new one, until stopped', async () => {
    // Two deliveries just before: archived, so not new, though --limit shows only the last one.
    for (const id of ['con_before_1', 'con_before_2'])
      expect((await run('send', 'connection.created', '--connection', id)).code).toBe(0);
    const stop = new AbortController();
    const { io, out } = captureIo({ signal: stop.signal });
    const following = runCli(['events', '--follow', '--limit', '1', '--state-dir', stateDir], io);
    await until(async () => (out.length > 0 ? true : undefined));
    expect(out[0]).toContain('con_before_2');
    expect((await run('send', 'connection.created', '--connection', 'con_follow', '--no-wait')).code).toBe(0);
    const line = await until(async () => out.find((l) => l.includes('con_follow')));
    expect(line).toMatch(/connection\.created\s+con_follow\s+applied\s+[0-9a-f]{12}$/);
    // Nothing else came between: the earlier delivery was not taken for a new one.
    expect(out).toHaveLength(2);
    stop.abort();
    expect(await following).toBe(0);
  });

  it('a reader that goes away ends the tool quietly (events --follow | head -1)', async () => {
    const child = spawn(
      process.execPath,
      ['bin/lava-webhooks.js', 'events', '--follow', '--state-dir', stateDir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy(); // what `head -1` does once it has its line
    expect((await run('send', 'connection.created', '--connection', 'con_pipe', '--no-wait')).code).toBe(0);
    expect(await exit).toEqual({ code: 0, signal: null });
    expect(err).toBe('');
  });

  it('moves a poison message to the DLQ after 5 receives; redrive brings it back once fixed', async () => {
    const ddb = new DynamoDBClient(localClientConfig(stack.info.dynamoEndpoint));
    const sqs = new SQSClient(localClientConfig(stack.info.sqsEndpoint));
    const count = async (queueUrl: string) => {
      const out = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: queueUrl,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      return (
        Number(out.Attributes?.ApproximateNumberOfMessages) +
        Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible)
      );
    };
    try {
      // Earlier tests' messages done first, so that only this one meets the missing table.
      await until(async () => ((await count(stack.info.queueUrl)) === 0 ? true : undefined), 15_000);
      await ddb.send(new DeleteTableCommand({ TableName: stack.info.tableName })); // the table "is down"
      logs.length = 0;
      expect((await run('send', 'connection.created', '--connection', 'con_d', '--no-wait')).code).toBe(0);
      await until(async () => ((await count(stack.info.dlqUrl)) === 1 ? true : undefined), 15_000);
      const failed = logs.filter((l) => l.includes('failed')).map((l) => l.slice(0, 400));
      expect(await count(stack.info.queueUrl), failed.join('\n')).toBe(0);
      const failures = logs
        .filter((l) => l.includes('record failed'))
        .map((l) => JSON.parse(l) as { receiveCount: string; message: string; awsService?: string });
      expect(failures.map((f) => f.receiveCount)).toEqual(['1', '2', '3', '4', '5']);
      expect(failures.map((f) => f.awsService)).toEqual(Array(5).fill('DynamoDB'));
      expect(failures.at(3)?.message).toBe('record failed; SQS will retry it');
      expect(failures.at(4)?.message).toBe('record failed on its last receive; SQS moves it to the DLQ');
      const printed = readable(logs.filter((l) => l.includes('record failed')));
      expect(printed.at(0)).toMatch(/FAILED .*con_d .*DynamoDB failed: .*; receive 1 of 5, retried in 1 s$/);
      expect(printed.at(4)).toMatch(
        /FAILED → DLQ .*con_d .*DynamoDB failed: .*moved to the DLQ after 5 receives/,
      );

      await createTable(ddb, stack.info.tableName); // fixed
      const status = await run('status', '--json');
      expect(status.code).toBe(0);
      expect(JSON.parse(status.out)).toMatchObject({
        ok: true,
        url: stack.url,
        dlq: { waiting: 1 },
        queue: { waiting: 0 },
        dynamodb: { table: stack.info.tableName, tableStatus: 'ACTIVE' },
      });
      expect((await run('status')).out).toMatch(/^DLQ +1 message: .*`lava-webhooks redrive`$/m);

      const redrive = await run('redrive');
      expect(redrive).toMatchObject({ code: 0, out: 'Moved 1 message from the DLQ back to the queue.' });
      expect(await connectionWhen('con_d', (c) => c.status === 'active')).toMatchObject({
        email: 'ada@example.com',
      });
      expect(await count(stack.info.dlqUrl)).toBe(0);
      expect((await run('redrive')).out).toBe('Moved 0 messages from the DLQ back to the queue.');
    } finally {
      ddb.destroy();
      sqs.destroy();
    }
  });

  it('replays archived deliveries: applied once without --force, decided again with it', async () => {
    const ddb = new DynamoDBClient(localClientConfig(stack.info.dynamoEndpoint));
    try {
      // Lose the connection item, as a restore from an older backup would.
      await ddb.send(
        new DeleteItemCommand({
          TableName: stack.info.tableName,
          Key: { pk: { S: connectionKey('con_d') } },
        }),
      );
      expect(await run('replay', '--since', '1h', '--connection', 'con_d')).toMatchObject({
        code: 0,
        out: 'Replayed 1 event (applied events change nothing; ignored and rejected ones are decided again).',
      });
      await until(async () =>
        logs.some((l) => l.includes('"outcome":"redelivered"') && l.includes('con_d')) ? true : undefined,
      );
      expect(await connection('con_d')).toBeUndefined(); // the same delivery is applied at most once

      const forced = await run('replay', '--since', '1h', '--connection', 'con_d', '--force');
      expect(forced.out).toBe('Replayed 1 event (forced: events are decided again).');
      expect(await connectionWhen('con_d', (c) => c.status === 'active')).toMatchObject({
        lastEventType: 'connection.created',
      });
      // The archive keeps the first outcome and adds the new decision beside it.
      const [redecided] = await until(async () => {
        const all = await events('con_d');
        return all[0]?.redecided.length ? all : undefined;
      });
      expect(redecided).toMatchObject({ outcome: 'applied', redecided: [{ outcome: 'applied' }] });
      expect((await run('events', '--connection', 'con_d')).out).toContain('applied, redecided applied');
      const shown = await run('events', 'show', String(redecided?.eventId).slice(0, 10));
      expect(shown.code).toBe(0);
      expect(shown.out).toMatch(/^outcome +applied, redecided applied$/m);
      expect(shown.out).toMatch(/^redecided +applied at \S+ \(replay --force\)$/m);
    } finally {
      ddb.destroy();
    }
  });

  it('rotates the secret (both valid), then sets it (only the new one valid)', async () => {
    const old = JSON.parse(
      (await import('node:fs')).readFileSync(join(stateDir, 'secret.json'), 'utf8'),
    ).secretString;
    // It returns once the stack accepts the new secret.
    expect((await run('secret', 'rotate', '--value', 'whsec_new_one')).code).toBe(0);
    const withNew = await run(
      'send',
      'connection.deleted',
      '--connection',
      'con_e',
      '--secret',
      'whsec_new_one',
    );
    const withOld = await run('send', 'connection.created', '--connection', 'con_e', '--secret', old);
    expect([withNew.out, withOld.out]).toEqual([
      expect.stringMatching(/^200 \{"received":true\}\napplied/),
      expect.stringMatching(/^200 \{"received":true\}\n(applied|stale)/),
    ]);

    // For the openssl/curl recipe in docs/deploy.md: the current secret alone, however it is stored.
    expect(await run('secret', 'show')).toMatchObject({ code: 0, out: 'whsec_new_one' });
    expect(JSON.parse((await run('secret', 'show', '--json')).out)).toEqual({
      current: 'whsec_new_one',
      previous: old,
    });
    expect((await run('status')).out).toMatch(
      /^secret +\S*secret\.json .*; current and previous both valid/m,
    );

    // On a terminal the new value is typed at a prompt that does not echo it.
    const set = await cli(['secret', 'set', '--state-dir', stateDir], { typed: 'whsec_only_this' });
    expect(set.code).toBe(0);
    expect(`${set.out}${set.err}`).not.toContain('whsec_only_this');
    expect(await run('secret', 'show')).toMatchObject({ out: 'whsec_only_this' });
    await sleep(1_100);
    expect((await run('send', 'connection.created', '--connection', 'con_f', '--secret', old)).code).toBe(1);
    expect((await run('send', 'connection.created', '--connection', 'con_f')).code).toBe(0); // reads the stack's
  });

  it('works as a spawned binary', async () => {
    const args = ['bin/lava-webhooks.js', 'connection', 'con_d', '--state-dir', stateDir];
    const { stdout } = await promisify(execFile)('node', args);
    expect(JSON.parse(stdout)).toMatchObject({ connectionId: 'con_d', status: 'active' });
    expect((await run('connection', 'con_zz')).err).toBe(
      `No connection con_zz in local table ${stack.info.tableName}`,
    );
  });

  it('keeps state and secret across a restart; stack.json goes with the stack', async () => {
    await stack.stop();
    expect(existsSync(join(stateDir, 'stack.json'))).toBe(false);
    expect((await run('connection', 'con_d')).err).toMatch(/not running/);
    stack = await start();
    expect(stack.secretOrigin).toBe('file');
    expect(await connection('con_d')).toMatchObject({ status: 'active' });
    expect(await connection('con_a')).toBeUndefined(); // deleted with the table in the poison test
    expect(
      (await run('send', 'connection.deleted', '--connection', 'con_d', '--scheme', 'timestamped')).code,
    ).toBe(0);
    await connectionWhen('con_d', (c) => c.status === 'deleted');
  });
});
