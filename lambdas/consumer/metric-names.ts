// The consumer's EMF metrics, named once: consumer.ts emits them, lib/monitoring.ts alarms on them
// and charts them. `processed` carries an `Outcome` dimension (PROCESSED_OUTCOMES, ./event-record).
export const CONSUMER_METRICS = {
  processed: 'Processed',
  latency: 'ProcessingLatency',
  failed: 'Failed',
  signatureUnverified: 'SignatureUnverified',
  /** Also counted by the reconciler, which publishes through the same path. */
  domainEventsPublished: 'DomainEventsPublished',
} as const;
