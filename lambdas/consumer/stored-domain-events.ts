// An event item's domain events, stored without what the item already holds. Every detail begins
// with the event's connectionId, eventType, eventAt and sourceEventId (apply.ts), about 190 bytes the
// item has anyway (the event id is its key): storing them again would push a typical created event
// past 1 KiB, twice the write units. Such an entry is stored as `[type, the rest of the detail]` and
// rebuilt on read; any other entry, and every entry of an earlier release, is `{type, detail}` whole.
import type { DomainEvent } from './apply';
import type { EventRecord } from './event-record';

type BaseFacts = Pick<EventRecord, 'connectionId' | 'eventType' | 'eventAt' | 'eventId'>;
type StoredEntry = [DomainEvent['type'], Record<string, unknown>] | DomainEvent;

/** What every domain event's detail of this event begins with, in apply.ts's order. */
function detailBase(facts: BaseFacts): Record<string, unknown> {
  const base = {
    connectionId: facts.connectionId,
    eventType: facts.eventType,
    eventAt: Number.isFinite(facts.eventAt) ? new Date(facts.eventAt).toISOString() : undefined,
    sourceEventId: facts.eventId,
  };
  return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined));
}

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
export function storedDomainEvents(record: BaseFacts & Pick<EventRecord, 'domainEvents'>) {
  if (record.domainEvents.length === 0) return undefined;
  const base = detailBase(record);
  return JSON.stringify(record.domainEvents.map((event) => compacted(event, base)));
}

/** The domain events as published, from the attribute and the facts read from the same item. */
export function domainEventsFromStored(stored: unknown, facts: BaseFacts): DomainEvent[] {
  const entries = JSON.parse(String(stored ?? '[]')) as StoredEntry[];
  const base = detailBase(facts);
  return entries.map((entry) => (Array.isArray(entry) ? rebuilt(entry[0], entry[1], base) : entry));
}
