// Publishing what committed records owe: their domain events go on the bus, ten entries a call, then
// their event items are marked published, one update each. A record whose events did not go out fails,
// so SQS redelivers it and the redelivery publishes them; nothing is applied twice.

import type { EventRecord } from './archive-record';
import type { DomainEvent } from './decide';
import type { Publisher } from './publisher';
import type { StateStore } from './state-store';

/** PutEvents takes at most ten entries. */
export const MAX_ENTRIES_PER_PUT = 10;

export interface Owed<R> {
  event: EventRecord;
  /** The records that owe it (the same delivery twice in one batch owes it once). */
  records: R[];
}

/** Groups what is owed into calls of at most ten entries, keeping each event's entries together. */
export function chunkOwed<R>(owed: Iterable<Owed<R>>): Owed<R>[][] {
  const chunks: { owed: Owed<R>[]; size: number }[] = [];
  for (const entry of owed) {
    const size = entry.event.domainEvents.length;
    const last = chunks.at(-1);
    if (last && last.size + size <= MAX_ENTRIES_PER_PUT) {
      last.owed.push(entry);
      last.size += size;
    } else chunks.push({ owed: [entry], size });
  }
  return chunks.map((c) => c.owed);
}

/** One entry per event owed, with every record that owes it. */
export function collectOwed<R>(owing: Iterable<[R, EventRecord | undefined]>): Owed<R>[] {
  const byEvent = new Map<string, Owed<R>>();
  for (const [record, event] of owing) {
    if (!event?.eventId) continue;
    const entry = byEvent.get(event.eventId);
    if (entry) entry.records.push(record);
    else byEvent.set(event.eventId, { event, records: [record] });
  }
  return [...byEvent.values()];
}

export interface PublishDeps {
  publish: Publisher;
  store: Pick<StateStore, 'markPublished'>;
  /** Called with the number of domain events put on the bus. */
  onPublished: (count: number) => void;
  onMarkFailed: (error: unknown) => void;
}

/** Publishes every chunk side by side; `fail` hears of each record whose events did not go out. */
export async function publishOwed<R>(
  owed: Owed<R>[],
  deps: PublishDeps,
  fail: (record: R, error: unknown) => void,
): Promise<void> {
  const published: string[] = [];
  await Promise.all(
    chunkOwed(owed).map(async (chunk) => {
      const entries: DomainEvent[] = chunk.flatMap((o) => o.event.domainEvents);
      try {
        await deps.publish(entries);
        deps.onPublished(entries.length);
        for (const o of chunk) if (o.event.eventId) published.push(o.event.eventId);
      } catch (error) {
        for (const record of chunk.flatMap((o) => o.records)) fail(record, error);
      }
    }),
  );
  if (published.length === 0) return;
  // Best effort: if this write fails the events are out anyway; a redelivery would only announce
  // them again, which at-least-once allows (subscribers drop repeats by sourceEventId).
  await deps.store.markPublished(published).catch(deps.onMarkFailed);
}
