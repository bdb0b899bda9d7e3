// The archived event item: one per distinct raw body, the dedupe key and the replay source.
import type { DomainEvent } from './apply';

export type Outcome = 'applied' | 'stale' | 'ignored' | 'rejected';

export interface EventRecord {
  sha256: string;
  eventType: string;
  connectionId?: string | undefined;
  /** Epoch ms when API Gateway received the request. */
  receivedAt: number;
  /** Epoch ms of the event: signed `t`, else receivedAt. */
  eventAt: number;
  outcome: Outcome;
  reason?: string | undefined;
  /** The raw body, for replay and audit. */
  body: string;
  plainSignature?: string | undefined;
  timestampedSignature?: string | undefined;
  requestId: string;
  domainEvents: DomainEvent[];
  /** False until the domain events are on the bus; a redelivery publishes them then. */
  published: boolean;
}
