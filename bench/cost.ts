// Cost per million events on AWS list prices (us-east-1, late 2026), from measured figures where the
// benchmark has them and stated assumptions where it cannot (network round trips to real AWS).
import { CONSUMER, FUNCTION_LIMITS, WEBHOOK_PATH } from '../lib/definitions';
import type { ACCESS_LOG_FIELDS } from '../lib/ingest-api';

export const PRICES = {
  httpApiPerMillion: 1.0,
  lambdaPerGbSecondArm: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  sqsPerMillionRequests: 0.4,
  dynamoPerMillionWriteUnits: 0.625,
  dynamoPerMillionReadUnits: 0.125,
  eventBridgePerMillionEvents: 1.0,
  logsPerGb: 0.5,
  /** Out of AWS to the internet (the forwarder's POSTs), after the free 100 GB a month. */
  dataTransferOutPerGb: 0.09,
} as const;

/** Assumed round trip from Lambda to SQS in the same region, added to the measured handler time. */
export const ASSUMED_SQS_SEND_MS = 8;

/**
 * The consumer's batch waits on seven AWS round trips one after the other (the connections' read;
 * then, side by side per connection, the event's read, the connection's put and the archive item's
 * put; the publish; the published marks; the batch's listing item), each assumed at 10 ms in the
 * same region. Its wall time on DynamoDB Local is not a cost figure: that server is slower than
 * DynamoDB and shares the machine's cores, so it swings with the load (196 to 941 ms a batch).
 */
export const ASSUMED_CONSUMER_ROUND_TRIPS = { count: 7, ms: 10 } as const;

/**
 * What API Gateway writes to the access log for an accepted request: its format (lib/ingest-api.ts)
 * with typical values. Lava's user agent is not known: 24 characters are assumed.
 */
const TYPICAL_ACCESS_VALUES: Record<keyof typeof ACCESS_LOG_FIELDS, string> = {
  requestId: 'AbCdEfGhIjKlMnO=',
  requestTime: '1796000000000',
  sourceIp: '203.0.113.10',
  userAgent: 'Lava-Webhooks/1.0 (node)',
  routeKey: `POST ${WEBHOOK_PATH}`,
  status: '200',
  responseLength: '17',
  responseLatency: '45',
  integrationStatus: '200',
  integrationLatency: '43',
  integrationError: '-',
  error: '-',
};
export const ACCESS_LOG_LINE_BYTES = Buffer.byteLength(`${JSON.stringify(TYPICAL_ACCESS_VALUES)}\n`);

export interface CostInputs {
  ingestHandlerMs: number;
  /** The consumer's CPU time per event, measured (its own code and the SDK's, not DynamoDB's). */
  consumerCpuUsPerEvent: number;
  writeUnitsPerEvent: number;
  /** Strongly consistent reads of items under 4 KB per event, measured. */
  readUnitsPerEvent: number;
  domainEventsPerEvent: number;
  logBytesPerEvent: number;
}

export function costPerMillion(m: CostInputs) {
  const M = 1_000_000;
  const batches = M / CONSUMER.batchSize;
  const ingestGb = FUNCTION_LIMITS.ingest.memoryMb / 1024;
  const consumerGb = FUNCTION_LIMITS.consumer.memoryMb / 1024;
  const ingestBilledMs = Math.ceil(m.ingestHandlerMs + ASSUMED_SQS_SEND_MS);
  const consumerCpuMsPerBatch = (m.consumerCpuUsPerEvent * CONSUMER.batchSize) / 1000;
  const waitMs = ASSUMED_CONSUMER_ROUND_TRIPS.count * ASSUMED_CONSUMER_ROUND_TRIPS.ms;
  const consumerBilledMs = Math.ceil(consumerCpuMsPerBatch + waitMs);
  const rows: [string, string, number][] = [
    ['HTTP API', `1M requests × $${PRICES.httpApiPerMillion}/M`, PRICES.httpApiPerMillion],
    ['ingest Lambda requests', `1M × $${PRICES.lambdaPerMillionRequests}/M`, PRICES.lambdaPerMillionRequests],
    [
      'ingest Lambda compute',
      `1M × ${ingestGb} GB × ${ingestBilledMs} ms (${m.ingestHandlerMs.toFixed(2)} ms measured + ${ASSUMED_SQS_SEND_MS} ms assumed SQS round trip) × $${PRICES.lambdaPerGbSecondArm}/GB-s`,
      M * ingestGb * (ingestBilledMs / 1000) * PRICES.lambdaPerGbSecondArm,
    ],
    [
      'consumer Lambda requests',
      `${batches.toLocaleString('en-US')} batches of ${CONSUMER.batchSize} × $${PRICES.lambdaPerMillionRequests}/M`,
      (batches / M) * PRICES.lambdaPerMillionRequests,
    ],
    [
      'consumer Lambda compute',
      `${batches.toLocaleString('en-US')} × ${consumerGb} GB × ${consumerBilledMs} ms per batch (${consumerCpuMsPerBatch.toFixed(1)} ms measured CPU + ${ASSUMED_CONSUMER_ROUND_TRIPS.count} assumed round trips of ${ASSUMED_CONSUMER_ROUND_TRIPS.ms} ms) × $${PRICES.lambdaPerGbSecondArm}/GB-s`,
      batches * consumerGb * (consumerBilledMs / 1000) * PRICES.lambdaPerGbSecondArm,
    ],
    [
      'SQS',
      `1M SendMessage + ${batches.toLocaleString('en-US')} ReceiveMessage + ${batches.toLocaleString('en-US')} DeleteMessageBatch = 1.2M × $${PRICES.sqsPerMillionRequests}/M`,
      1.2 * PRICES.sqsPerMillionRequests,
    ],
    [
      'DynamoDB writes',
      `${m.writeUnitsPerEvent.toFixed(2)} WRU per event (measured item sizes) × 1M × $${PRICES.dynamoPerMillionWriteUnits}/M`,
      m.writeUnitsPerEvent * PRICES.dynamoPerMillionWriteUnits,
    ],
    [
      'DynamoDB reads',
      `${m.readUnitsPerEvent.toFixed(2)} strongly consistent reads (≤ 4 KB) per event (measured) × 1M × $${PRICES.dynamoPerMillionReadUnits}/M`,
      m.readUnitsPerEvent * PRICES.dynamoPerMillionReadUnits,
    ],
    [
      'EventBridge',
      `${m.domainEventsPerEvent.toFixed(2)} domain events per event (measured mix) × 1M × $${PRICES.eventBridgePerMillionEvents}/M`,
      m.domainEventsPerEvent * PRICES.eventBridgePerMillionEvents,
    ],
    [
      'CloudWatch Logs',
      `${Math.round(m.logBytesPerEvent)} bytes per event (the functions' measured lines; no Lambda START/END/REPORT lines at system log level WARN) × 1M = ${((m.logBytesPerEvent * M) / 1e9).toFixed(2)} GB × $${PRICES.logsPerGb}/GB`,
      ((m.logBytesPerEvent * M) / 1e9) * PRICES.logsPerGb,
    ],
    [
      'API Gateway access log',
      `${ACCESS_LOG_LINE_BYTES} bytes per request (its format filled with typical values) × 1M = ${((ACCESS_LOG_LINE_BYTES * M) / 1e9).toFixed(2)} GB × $${PRICES.logsPerGb}/GB`,
      ((ACCESS_LOG_LINE_BYTES * M) / 1e9) * PRICES.logsPerGb,
    ],
  ];
  const total = rows.reduce((sum, [, , usd]) => sum + usd, 0);
  return { rows, total: Number(total.toFixed(2)) };
}

/** The drainer runs every minute whether or not anything was spilled. */
const DRAINER_RUNS_PER_MONTH = 60 * 24 * 30;

/**
 * The spill path: what it costs while SQS is healthy (the drainer's empty runs, per month; nothing per
 * event), and what each spilled event adds (per million spilled events), from the spill item's size.
 */
export function spillCost(spillItemBytes: number) {
  const M = 1_000_000;
  const itemUnits = Math.max(1, Math.ceil(spillItemBytes / 1024));
  // Put by ingest and delete by the drainer, each also writing the byTime index entry (one unit).
  const writeUnits = 2 * (itemUnits + 1);
  // Read back by the drainer: one strongly consistent read per 4 KB; the index query is a fraction.
  const readUnits = Math.max(1, Math.ceil(spillItemBytes / 4096));
  const perMillion =
    writeUnits * PRICES.dynamoPerMillionWriteUnits +
    readUnits * PRICES.dynamoPerMillionReadUnits +
    // SendMessageBatch of ten, the move to the queue (ingest's refused SendMessage calls are 5xx: not billed).
    (M / 10 / M) * PRICES.sqsPerMillionRequests;
  const drainerGbSeconds = DRAINER_RUNS_PER_MONTH * (FUNCTION_LIMITS.drainer.memoryMb / 1024) * 0.05; // ~50 ms an empty run
  const idlePerMonth =
    (DRAINER_RUNS_PER_MONTH / M) * PRICES.lambdaPerMillionRequests +
    drainerGbSeconds * PRICES.lambdaPerGbSecondArm +
    (DRAINER_RUNS_PER_MONTH * 0.5 * PRICES.dynamoPerMillionReadUnits) / M;
  return {
    per_event_while_healthy_usd: 0,
    idle_usd_per_month: Number(idlePerMonth.toFixed(3)),
    per_million_spilled_usd: Number(perMillion.toFixed(2)),
    how: `${writeUnits} WRU (a ${spillItemBytes} B item put and deleted, with its index entry) + ${readUnits} RRU + a tenth of a SendMessageBatch per spilled event; ${DRAINER_RUNS_PER_MONTH} empty drainer runs a month`,
  };
}
