// What the app receives for one domain event, built from the SQS message the bus's rule queued (the
// EventBridge event as JSON): the body `{"type","timestamp","data"}` and a webhook id that stays the
// same for that event whatever happens to it (every retry, a redrive, the consumer publishing it
// again, EventBridge delivering it twice), so the app can drop repeats by it. Pure.
import { createHash } from 'node:crypto';

export interface ForwardedEvent {
  /** Standard Webhooks' `webhook-id`. */
  webhookId: string;
  /** The domain event's detail-type (ConnectionCreated, BalanceDepleted…, whatever the bus carries). */
  type: string;
  /** The exact bytes posted; the same on every attempt. */
  body: string;
  connectionId?: string;
  /** When the domain event was published (EventBridge's `time`), epoch ms. */
  publishedAt: number;
}

export class UnreadableMessageError extends Error {
  override name = 'UnreadableMessageError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The id: a hash of the detail-type and the Lava event it came from (`sourceEventId`), which a
 * republished copy shares; EventBridge's own event id only when the detail has none.
 */
export function webhookIdOf(type: string, sourceEventId: string): string {
  return `msg_${createHash('sha256').update(`${type}\n${sourceEventId}`).digest('hex').slice(0, 32)}`;
}

export function forwardedEventOf(messageBody: string): ForwardedEvent {
  let event: unknown;
  try {
    event = JSON.parse(messageBody);
  } catch {
    throw new UnreadableMessageError('the message is not JSON');
  }
  if (!isObject(event)) throw new UnreadableMessageError('the message is not a JSON object');
  const type = event['detail-type'];
  const { time, detail, id } = event;
  if (typeof type !== 'string' || type === '' || typeof time !== 'string' || !isObject(detail)) {
    throw new UnreadableMessageError('the message is not an EventBridge event (detail-type, time, detail)');
  }
  const publishedAt = Date.parse(time);
  if (Number.isNaN(publishedAt)) throw new UnreadableMessageError('the event’s time is not a date');
  const source = typeof detail.sourceEventId === 'string' ? detail.sourceEventId : undefined;
  if (source === undefined && typeof id !== 'string') {
    throw new UnreadableMessageError('the event has neither a sourceEventId nor an id');
  }
  return {
    webhookId: webhookIdOf(type, source ?? `eventbridge:${String(id)}`),
    type,
    body: JSON.stringify({ type, timestamp: time, data: detail }),
    ...(typeof detail.connectionId === 'string' ? { connectionId: detail.connectionId } : {}),
    publishedAt,
  };
}
