// Port: where domain events go. The EventBridge adapter (eventbridge-publisher.ts) puts them on the
// bus; tests and the local stack pass their own.
import type { DomainEvent } from './decide';

/** Resolves once every event is out; rejects if any one is not. */
export type Publisher = (events: DomainEvent[]) => Promise<void>;
