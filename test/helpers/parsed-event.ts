// A webhook as the apply decision sees it: Lava's envelope parsed, at the times a test gives.
import { createHash } from 'node:crypto';
import { type ParsedEvent, parseEvent } from '../../lambdas/core/parse-event';

/** `time`: the event's (signed) time; `arrival`: when API Gateway received it (default: `time`). Epoch ms. */
export function parsedEvent(
  event: string,
  data: Record<string, unknown>,
  { time, arrival = time }: { time: number; arrival?: number },
): ParsedEvent {
  const text = JSON.stringify({ event, data });
  // Distinct content per event and time, as distinct deliveries of Lava's would have.
  const contentId = createHash('sha256').update(`${time}.${text}`).digest('hex');
  const result = parseEvent({ event, data }, text, { eventId: contentId, contentId, time, arrival });
  if (result.kind !== 'event') throw new Error(`${result.kind}: ${result.reason}`);
  return result.event;
}
