// Ingest's time budget. Lava waits 10 s for an answer and never retries, so ingest answers within 7 s
// of the request reaching it, whatever SQS, the spill table and Secrets Manager do (connections that
// hang, answers that never come or never end): 200 once either store confirmed, 503 otherwise. A cold
// secret read has its own bound (lambdas/shared/secret-source.ts, 2 s); SQS gets what is left but
// the spill table's reserve, and the spill table the rest, up to a margin for answering. The SDK
// clients' own timeouts and retries stay as they are (they end most failures sooner); the deadline
// is what ends the rest: an answer dribbling in forever, a retry that would run past it.

/** How long Lava waits for an answer. */
export const LAVA_DELIVERY_TIMEOUT_MS = 10_000;

export const INGEST_BUDGET = {
  /** Ingest answers within this, from the moment its handler is called. */
  answerWithinMs: 7_000,
  /** Left for logging and answering after the last store gave up; also covers a late timer. */
  answerMarginMs: 500,
  /** The spill table's share, kept from SQS's so that a spill still fits after SQS gave up. */
  spillReserveMs: 2_000,
} as const;
