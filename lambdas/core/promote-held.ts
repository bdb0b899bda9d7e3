// Promotes held duplicates: a plain-scheme delivery found to repeat an earlier event's content, with
// no other event known to have arrived between them, is held in the connection's log (identity.ts).
// When an event processed later turns out to have arrived between the two, the duplicate was an
// event all along (A, B, A): it is applied now, as the repeat it is, from its archived delivery and
// the body of the event it was taken for (the same bytes). Each promotion is one write: the event
// item, the connection (decided, the duplicate no longer held) and the mark on the delivery's archive.
import { decide, eventRecord, freshConnection, type KnownConnection, logOf, wrote } from './apply-steps';
import { archivedBody, bodyBytes, type EventRecord } from './archive-record';
import { contentIdOfEventId, type HeldDuplicate, heldToPromote, MAX_HELD, repeatEventId } from './identity';
import { withEventId } from './parse-event';
import { type DeliveryFacts, parseBody } from './prepare-record';
import type { StateStore, StoredConnection } from './state-store';

/** A held duplicate whose archive or source event is gone (expired): left to age out of the log. */
type Promotion = EventRecord | 'conflict' | 'gone';

export function heldPromoter(store: StateStore, windowMs: number) {
  async function promote(
    held: HeldDuplicate,
    current: StoredConnection,
    known: KnownConnection,
  ): Promise<Promotion> {
    const duplicate = await store.getDelivery(held.deliveryId);
    const source = duplicate?.duplicateOf ? await store.getEvent(duplicate.duplicateOf) : undefined;
    // The body: the event's item's, or the duplicate's own, kept when that event was pending.
    const body = source ?? (duplicate?.body ? duplicate : undefined);
    if (!duplicate?.duplicateOf || !body) return 'gone';
    const raw = bodyBytes(body);
    const delivery: DeliveryFacts = {
      deliveryId: duplicate.deliveryId,
      sha256: duplicate.sha256,
      ...archivedBody(raw),
      receivedAt: duplicate.receivedAt,
      eventAt: duplicate.eventAt,
      eventType: duplicate.eventType,
      connectionId: duplicate.connectionId,
      plainSignature: duplicate.plainSignature,
      timestampedSignature: duplicate.timestampedSignature,
      source: duplicate.source,
    };
    const judged = parseBody(raw, delivery, { scheme: 'plain' });
    if (judged.kind !== 'event') return 'gone';
    const contentId = contentIdOfEventId(duplicate.duplicateOf);
    const event = withEventId(judged.event, repeatEventId(contentId, held.at));
    const p = { delivery, redecide: false, result: { ...judged, event } };
    const { decision, connection } = decide(current, event, held.deliveryId);
    const record = eventRecord(p, event, decision);
    const result = await store.commitEvent(record, { connection, promotes: { deliveryId: held.deliveryId } });
    if (result !== 'committed') return 'conflict';
    wrote(known, connection);
    return record;
  }

  /** Promotes every held duplicate the connection's log now shows to be an event; their records. */
  return async function promoteHeld(known: KnownConnection, connectionId: string): Promise<EventRecord[]> {
    const made: EventRecord[] = [];
    // Each round promotes one (or loses a race and reads again); a log holds at most MAX_HELD.
    for (let round = 0; round < 2 * MAX_HELD; round++) {
      const current = await freshConnection(store, known, connectionId);
      const [held] = current ? heldToPromote(logOf(current.state), windowMs) : [];
      if (!current || !held) break;
      const promoted = await promote(held, current, known);
      if (promoted === 'gone') break;
      if (promoted === 'conflict') known.fresh = false;
      else made.push(promoted);
    }
    return made;
  };
}
