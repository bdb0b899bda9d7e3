// An event item's domain events, stored without what the item already holds. Every detail begins
// with the event's connectionId, eventType, eventAt and sourceEventId (apply.ts domainEventBase), about 190 bytes the
// item has anyway (the event id is its key): storing them again would push a typical created event
// past 1 KiB, twice the write units. Such an entry is stored as `[type, the rest of the detail]` and
// rebuilt on read; any other entry, and every entry of an earlier release, is `{type, detail}` whole.
import { type DomainEvent, type DomainEventSource, domainEventBase } from './decide';

type StoredEntry = [DomainEvent['type'], Record<string, unknown>] | DomainEvent;

const rebuilt = (
  type: DomainEvent['type'],
  rest: Record<string, unknown>,
  base: Record<string, unknown>,
) => ({
  type,
  detail: { ...base, ...rest },
});

function compacted(event: DomainEvent, base: Record<string, unknown>): StoredEntry {
  const rest = Object.fromEntries(Object.entries(event.detail).filter(([k]) => !(k in base)));
  // Only when the rebuilt event is the very JSON published: same keys, same order, same values.
  const lossless = JSON.stringify(rebuilt(event.type, rest, base)) === JSON.stringify(event);
  return lossless ? [event.type, rest] : event;
}

/** The `domainEvents` attribute of an event item: JSON text, or nothing when there are none. */
export function storedDomainEvents(record: DomainEventSource & { domainEvents: DomainEvent[] }) {
  if (record.domainEvents.length === 0) return undefined;
  const base = domainEventBase(record);
  return JSON.stringify(record.domainEvents.map((event) => compacted(event, base)));
}

/** The domain events as published, from the attribute and the facts read from the same item. */
export function domainEventsFromStored(stored: unknown, facts: DomainEventSource): DomainEvent[] {
  const entries = JSON.parse(String(stored ?? '[]')) as StoredEntry[];
  const base = domainEventBase(facts);
  return entries.map((entry) => (Array.isArray(entry) ? rebuilt(entry[0], entry[1], base) : entry));
}
