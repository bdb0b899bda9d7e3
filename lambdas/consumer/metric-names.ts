// The consumer's EMF metrics, named once: consumer.ts emits them, lib/monitoring.ts alarms on them
// and charts them. `processed` carries an `Outcome` dimension (PROCESSED_OUTCOMES, ./event-record).
export const CONSUMER_METRICS = {
  processed: 'Processed',
  latency: 'ProcessingLatency',
  failed: 'Failed',
  signatureUnverified: 'SignatureUnverified',
  /** Also counted by the reconciler, which publishes through the same path. */
  domainEventsPublished: 'DomainEventsPublished',
  /**
   * A known field of Lava's payload whose value could not be read ("Lava's payload changed"): one per
   * field, with a `Field` dimension (read-customer.ts labels, a bounded set); alarmed.
   */
  payloadFieldUnread: 'PayloadFieldUnread',
  /** Events whose payload holds field names this receiver does not read (Lava added some); charted. */
  payloadNewFields: 'PayloadNewFields',
  /** Plain-scheme duplicates that an event processed after them showed to be events (A, B, A). */
  duplicatesPromoted: 'DuplicatesPromoted',
} as const;
