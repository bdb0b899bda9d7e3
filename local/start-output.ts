// What `npm start` prints: one readable line per request and per processed message, and where the
// secret came from. The handlers write JSON lines (log entries, EMF metrics, or both in one line);
// the metrics are shown only with LOG_LEVEL=debug.

import { ENV } from '../lambdas/shared/env';
import { QUEUE } from '../lib/definitions';
import { shortHash, shortId } from './format';
import { FORWARD_SECRET_FILE } from './forward-secret';
import type { SecretOrigin } from './local-secret';

export function describeSecretOrigin(origin: SecretOrigin, stateDir: string): string {
  if (origin === 'env') return `from ${ENV.localSecret}`;
  if (origin === 'generated') return `generated a dev secret, saved in ${stateDir}/secret.json (not printed)`;
  return `from ${stateDir}/secret.json`;
}

/** What `npm start` says about forwarding: where to, which secret, how soon retries come. */
export function describeForwarding(
  url: string,
  origin: SecretOrigin,
  stateDir: string,
  schedule: { firstSeconds: number; maxSeconds: number; forSeconds: number },
): string[] {
  const secret =
    origin === 'env'
      ? `signed with ${ENV.forwardSecret}`
      : `signed with the secret in ${stateDir}/${FORWARD_SECRET_FILE}${origin === 'generated' ? ' (generated now)' : ''}`;
  const minutes = (seconds: number) => (seconds >= 120 ? `${Math.round(seconds / 60)} min` : `${seconds} s`);
  return [
    `  forwarding:     domain events → ${url}, ${secret}: npx lava-webhooks forward secret`,
    `                  a failed one is retried after ${schedule.firstSeconds} s, then twice as long each time (at most ${minutes(schedule.maxSeconds)}), for ${minutes(schedule.forSeconds)}; then the forwarding DLQ`,
  ];
}

/** The stack's own notices (DynamoDB Local died, is back…), shaped like the handlers' lines. */
export function printNotice(message: string): void {
  console.error(`${new Date().toISOString().slice(11, 23)} local-stack warn ${message}`);
}

type Entry = Record<string, unknown>;
export type ConsoleStream = 'out' | 'err';

export interface ConsoleOptions {
  /** LOG_LEVEL: `debug` adds the metric lines. */
  level?: string | undefined;
  /** How long a failed message waits before SQS hands it over again (the visibility timeout). */
  retrySeconds?: number;
  print?: (stream: ConsoleStream, text: string) => void;
}

const text = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));

/** `Name: message` of a logged error (see describeError), or the value as text. */
function errorOf(v: unknown): string | undefined {
  if (v && typeof v === 'object' && 'message' in v) {
    const { name, message } = v as { name?: unknown; message?: unknown };
    return name ? `${String(name)}: ${String(message)}` : String(message);
  }
  return text(v);
}

/** The columns every request and message line shares: function, outcome, type, connection, hash. */
function columns(fn: string, outcome: string, e: Entry, hash: string | undefined, tail: string[]): string {
  return [
    fn.padEnd(8),
    outcome.padEnd(18),
    (text(e.eventType) ?? '-').padEnd(33),
    (text(e.connectionId) ?? '-').padEnd(26),
    hash ?? '',
    ...tail,
  ]
    .join(' ')
    .trimEnd();
}

/** A metrics document as `name=value` pairs and its dimensions, for LOG_LEVEL=debug. */
function metricsText(e: Entry): string {
  const aws = e._aws as { CloudWatchMetrics?: { Dimensions?: string[][]; Metrics?: { Name: string }[] }[] };
  const directive = aws?.CloudWatchMetrics?.[0];
  const names = (directive?.Metrics ?? []).map((m) => m.Name);
  const dimensions = [...new Set((directive?.Dimensions ?? []).flat())];
  const values = names.map((n) => `${n}=${JSON.stringify(e[n])}`);
  const dims = dimensions.map((d) => `${d}=${String(e[d])}`);
  return `metrics ${values.join(' ')}${dims.length ? ` [${dims.join(' ')}]` : ''}`;
}

/** A shorter `unreachable (connect ECONNREFUSED 127.0.0.1:3001)`: the first word of the answer. */
const answerWord = (answer: unknown) =>
  String(answer ?? '')
    .replace(/^HTTP /, '')
    .split(' ')[0] ?? '';

/** The forwarder's line for one attempt: how the app answered, and what happens next. */
function describeForward(e: Entry): string | undefined {
  const row = { ...e, eventType: e.detailType };
  // As the other lines show hashes: `msg_` and the first 12 hex digits.
  const id = text(e.webhookId)?.slice(0, 16);
  if (e.message === 'forwarded') {
    return columns('forward', `delivered ${String(e.status)}`, row, id, [
      `attempt ${String(e.attempt)}, ${String(e.ms)} ms`,
    ]);
  }
  if (e.message === 'forward failed; retrying') {
    const body = text(e.answerBody);
    return columns('forward', `FAILED ${answerWord(e.answer)}`, row, id, [
      `${String(e.answer)}; attempt ${String(e.attempt)}, retried in ${String(e.retryInSeconds)} s${body ? ` (${body})` : ''}`,
    ]);
  }
  if (e.message === 'forward failed; moved to the forwarding DLQ') {
    return columns('forward', 'FAILED → DLQ', row, id, [
      `after ${String(e.attempt)} attempts (last: ${String(e.lastAnswer)}); fix the app, then \`npx lava-webhooks forward redrive\``,
    ]);
  }
  if (e.message === 'the app answered 410 Gone: forwarding turned off') {
    return columns('forward', 'GONE 410', row, id, ['forwarding turned off until the stack restarts']);
  }
  return undefined;
}

/** The readable line for one handler log entry, or undefined for a metrics-only line. */
function describeEntry(
  e: Entry,
  fn: string,
  options: Pick<ConsoleOptions, 'retrySeconds'> = {},
): string | undefined {
  if (typeof e.message !== 'string') return undefined;
  const { message } = e;
  if (fn === 'forwarder') {
    const line = describeForward(e);
    if (line) return line;
  }
  if (fn === 'consumer' && message === 'processed') {
    const outcome = String(e.outcome);
    const hash = e.duplicateOf
      ? `of ${shortId(String(e.duplicateOf))}`
      : e.eventId
        ? shortId(String(e.eventId))
        : undefined;
    return columns(fn, outcome, e, hash, e.reason ? [`(${String(e.reason)})`] : []);
  }
  if (fn === 'consumer' && e.receiveCount !== undefined && e.error !== undefined) {
    // A record that failed: retried after the visibility timeout, or on to the DLQ.
    const count = Number(e.receiveCount);
    const max = Number(e.maxReceiveCount ?? QUEUE.maxReceiveCount);
    const toDlq = count >= max;
    const cause = [text(e.awsService), errorOf(e.error)].filter(Boolean).join(' failed: ');
    const next = toDlq
      ? `moved to the DLQ after ${count} receives; fix the cause, then \`npx lava-webhooks redrive\``
      : `receive ${count} of ${max}, retried${options.retrySeconds ? ` in ${options.retrySeconds} s` : ''}`;
    const hash = e.deliveryId ? `delivery ${shortHash(String(e.deliveryId))}` : undefined;
    return columns(fn, toDlq ? 'FAILED → DLQ' : 'FAILED', e, hash, [`${cause}; ${next}`]);
  }
  if (fn === 'ingest' && (e.connectionId !== undefined || e.unreadable !== undefined)) {
    // A stored body: its delivery id, which `events show` takes as the consumer's event id.
    const id = text(e.requestId) ?? text(e.deliveryId);
    const hash = id === undefined ? undefined : shortHash(id);
    const why = text(e.reason) ?? text(e.unreadable) ?? errorOf(e.error);
    return columns(fn, message, e, hash, why ? [`(${why})`] : []);
  }
  if (fn === 'ingest') {
    // Refused before the body was read as an event: no type, connection or hash to show.
    const why = [text(e.reason), errorOf(e.error)].filter(Boolean).join(': ');
    return columns(fn, message, e, undefined, why ? [`(${why})`] : []);
  }
  const { level, Service, _aws, ...rest } = e;
  const fields = Object.entries(rest)
    .filter(([k]) => k !== 'message')
    .map(([k, v]) => `${k}=${k === 'error' ? errorOf(v) : typeof v === 'string' ? v : JSON.stringify(v)}`);
  return `${fn.padEnd(8)} ${String(level)} ${message} ${fields.join(' ')}`.trimEnd();
}

/** The deliveries' event types this console saw recently, at most this many. */
const TYPES_KEPT = 1000;

/**
 * The consumer's line names no event type (ingest's line of the same delivery does, on Lambda too):
 * the console keeps the type of each delivery ingest accepted and shows it on the consumer's lines.
 */
function typesOfDeliveries() {
  const types = new Map<string, string>();
  return {
    carry(e: Entry, fn: string | undefined): Entry {
      const type = text(e.eventType);
      const delivery = text(e.requestId) ?? text(e.deliveryId);
      if (fn === 'ingest' && type !== undefined && delivery !== undefined) {
        types.set(delivery, type);
        if (types.size > TYPES_KEPT) types.delete(types.keys().next().value as string);
        return e;
      }
      const known = fn === 'consumer' && type === undefined && delivery !== undefined && types.get(delivery);
      return known ? { ...e, eventType: known } : e;
    },
  };
}

/**
 * One short line per handler log line; metric lines (and metrics riding on a log line) only with
 * debug. `fn`: the function that wrote the line (the lines do not name it; a metric's `Service` does).
 */
export function consoleWriter(options: ConsoleOptions = {}): (line: string, fn?: string) => void {
  const debug = options.level?.toLowerCase() === 'debug';
  const print =
    options.print ?? ((stream, line) => (stream === 'err' ? console.error(line) : console.log(line)));
  const types = typesOfDeliveries();
  return (line, fn) => {
    let e: Entry;
    try {
      e = JSON.parse(line) as Entry;
    } catch {
      return print('out', line);
    }
    e = types.carry(e, fn);
    // The lines hold no time (CloudWatch stamps them): the time it is printed, or a metric's.
    const time = new Date(Number((e._aws as { Timestamp?: number })?.Timestamp ?? Date.now()))
      .toISOString()
      .slice(11, 23);
    const name = fn ?? String(e.Service ?? '?');
    const described = describeEntry(e, name, options);
    if (described !== undefined) {
      print(e.level === 'error' || e.level === 'warn' ? 'err' : 'out', `${time} ${described}`);
    }
    if (debug && '_aws' in e) {
      print('out', `${time} ${name.padEnd(8)} ${metricsText(e)}`);
    }
  };
}

/** A path as a shell word: quoted when it holds anything but letters, digits and `/._-`. */
const shellWord = (text: string) => (/^[\w/.-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);

/**
 * The "Try it" commands. With a state folder other than the checkout's (LOCAL_STATE_DIR), each names
 * it with --state-dir, so that it works in a new shell where LOCAL_STATE_DIR is not set.
 */
export function tryItLines(stateDir: string, defaultStateDir: string, connectionId: string): string[] {
  const target = stateDir === defaultStateDir ? '' : ` --state-dir ${shellWord(stateDir)}`;
  return [
    'Try it:',
    `  npx lava-webhooks send connection.created${target}`,
    `  npx lava-webhooks connection ${connectionId}${target}`,
    `  npx lava-webhooks events --follow${target}`,
  ];
}
