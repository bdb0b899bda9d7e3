// The names of the ingest metrics, shared by the handler that emits them and lib/monitoring.ts, which
// charts them and alarms on them: a renamed metric cannot leave an alarm watching nothing.

/** Every request counts one `Received`, one of the outcomes and its `IngestLatency`. */
export const INGEST_OUTCOMES = [
  'Accepted',
  'SignatureRejected',
  'BadRequest',
  'TooLarge',
  'EnqueueFailed',
  'SecretUnavailable',
  /** A bug: something threw that the handler does not expect; answered 503. */
  'InternalError',
] as const;

export type IngestOutcome = (typeof INGEST_OUTCOMES)[number];

export const INGEST_RECEIVED = 'Received';
export const INGEST_LATENCY = 'IngestLatency';
