// What ingest answers, one row per outcome: docs/http-contract.md as data. Each row names the
// metric it counts, so the dashboard and the alarms (lib/monitoring.ts) read the names from here.
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export interface OutcomeRow {
  status: 200 | 401 | 413 | 503;
  body: Record<string, unknown>;
  /** The metric counted for it: each request counts one (the requests received are their sum). */
  metric: string;
  /**
   * Counted by a metric filter on ingest's log group (lib/monitoring.ts), from the line's `message`
   * and `Service`, rather than by an EMF document in the line: the outcome of nearly every request,
   * whose line is then ~150 bytes shorter. The other outcomes are rare and keep EMF.
   */
  countedByFilter?: true;
  level: 'info' | 'warn' | 'error';
  /** The log line's message. */
  message: string;
}

export const MAX_BODY_BYTES = 256 * 1024;

export const INGEST_OUTCOMES = {
  /** Signed, and SQS confirmed the message. */
  accepted: {
    status: 200,
    body: { received: true },
    metric: 'Accepted',
    level: 'info',
    message: 'accepted',
    countedByFilter: true,
  },
  /** Signed; SQS did not confirm, the spill table did: the drainer moves it to SQS. */
  spilled: {
    status: 200,
    body: { received: true },
    metric: 'Spilled',
    level: 'warn',
    message: 'SQS did not confirm; stored in the spill table',
  },
  tooLarge: {
    status: 413,
    body: { error: `Body exceeds ${MAX_BODY_BYTES} bytes` },
    metric: 'TooLarge',
    level: 'warn',
    message: 'body too large',
  },
  signatureRejected: {
    status: 401,
    body: { error: 'Invalid signature' },
    metric: 'SignatureRejected',
    level: 'warn',
    message: 'signature rejected',
  },
  secretUnavailable: {
    status: 503,
    body: { error: 'Signing secret unavailable, retry later' },
    metric: 'SecretUnavailable',
    level: 'error',
    message: 'signing secret unavailable',
  },
  /** Neither SQS nor the spill table confirmed: never a 200 then. */
  notStored: {
    status: 503,
    body: { error: 'Could not store the event, retry later' },
    metric: 'EnqueueFailed',
    level: 'error',
    // Enough to find the event in Lava's dashboard and resend it; never the body or the secret.
    message: 'neither SQS nor the spill table confirmed; answered 503',
  },
  /** A bug: still JSON, never 200. */
  internalError: {
    status: 503,
    body: { error: 'Internal error, retry later' },
    metric: 'InternalError',
    level: 'error',
    message: 'unexpected error',
  },
} as const satisfies Record<string, OutcomeRow>;

export type IngestOutcome = keyof typeof INGEST_OUTCOMES;

/**
 * Every metric ingest emits, for the dashboard and the alarms: one per outcome. No `Received`: it
 * was the sum of these, and the dashboard adds them up (RECEIVED_LABEL). No latency of its own:
 * Lambda's `Duration` of the function measures the same handler time (and API Gateway's integration
 * latency what Lava waited for), so a third copy in every request's log line would only cost bytes.
 */
export const INGEST_METRICS = Object.fromEntries(
  Object.entries(INGEST_OUTCOMES).map(([k, row]) => [k, row.metric]),
) as { [K in IngestOutcome]: (typeof INGEST_OUTCOMES)[K]['metric'] };

/** The dashboard's name for the sum of the outcome counts: every request ingest answered. */
export const RECEIVED_LABEL = 'Received';

/**
 * The dimensions of ingest's metrics: the function alone, which is what the alarms and the dashboard
 * read. No per-type series: nothing read it, and it cost a dimension set and the type on every line
 * (Logs Insights counts requests by `eventType` from the lines instead: docs/runbook.md). Every line
 * carries them, an EMF document's or not: a metric filter takes its dimension from the line.
 */
export const INGEST_DIMENSIONS = { Service: 'ingest' } as const;

/** The outcomes a metric filter counts (`countedByFilter`), each with the row it counts. */
export const FILTER_COUNTED_OUTCOMES = (Object.values(INGEST_OUTCOMES) as OutcomeRow[]).filter(
  (row) => row.countedByFilter,
);

const JSON_HEADERS = { 'content-type': 'application/json' };

/** The HTTP answer of each outcome, built once. */
export const ANSWERS = {} as Record<IngestOutcome, APIGatewayProxyStructuredResultV2>;
for (const outcome of Object.keys(INGEST_OUTCOMES) as IngestOutcome[]) {
  const row: OutcomeRow = INGEST_OUTCOMES[outcome];
  ANSWERS[outcome] = { statusCode: row.status, headers: JSON_HEADERS, body: JSON.stringify(row.body) };
}
