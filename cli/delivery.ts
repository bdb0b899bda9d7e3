// What became of one delivery: the archive item of the event it made (applied, stale), or its own
// item (duplicate, ignored, rejected). Read by `send` while it waits and by `events show`.
import type { EventRecord } from '../lambdas/consumer/event-record';
import { repeatEventId } from '../lambdas/consumer/identity';
import type { StateStore } from '../lambdas/consumer/state-store';

/**
 * The archive record of a delivery, given the id of its signed content (see identity.ts), or
 * undefined while the consumer has not decided it. The event of some content is on the content's
 * item, a later event with the same content on its own item, named in the first one's `repeats`.
 */
export async function deliveryRecord(
  store: Pick<StateStore, 'getEvent' | 'getDelivery'>,
  deliveryId: string,
  contentId: string,
): Promise<EventRecord | undefined> {
  const [own, first] = await Promise.all([store.getDelivery(deliveryId), store.getEvent(contentId)]);
  if (own) return own;
  if (!first) return undefined;
  if (first.deliveryId === deliveryId) return first;
  const repeat = first.repeats?.find((r) => r.id === deliveryId);
  return repeat ? store.getEvent(repeatEventId(contentId, repeat.at)) : undefined;
}
