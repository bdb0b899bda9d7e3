// The forwarder's EMF metrics, named once: forward.ts emits them, lib/monitoring.ts alarms on them and
// charts them.
export const FORWARDER_METRICS = {
  /** The app answered 2xx. */
  forwarded: 'Forwarded',
  /** An attempt failed (dimension `Answer`, an ANSWER_KINDS value) and the event waits for the next. */
  retried: 'ForwardRetried',
  /** Retried for the whole schedule (or unreadable): moved to the forwarding DLQ. */
  failed: 'ForwardFailed',
  /** 1 when the app answered 410 Gone and forwarding was turned off; 0 on every other batch. */
  off: 'ForwardingOff',
  /** Seconds from the domain event's publication to this attempt: how late the app hears of it. */
  delay: 'ForwardDelay',
} as const;

/** What an attempt that did not deliver got back, as the `Answer` dimension of `ForwardRetried`. */
export const ANSWER_KINDS = ['3xx', '4xx', '5xx', 'timeout', 'unreachable'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];
