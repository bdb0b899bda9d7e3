// EventBridge adapter of the publisher (publisher.ts): domain events onto the bus, ten entries per
// call, every entry confirmed.
import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { Publisher } from './publisher';

export const DOMAIN_EVENT_SOURCE = 'lava-webhooks';

export function eventBridgePublisher(client: EventBridgeClient, busName: string): Publisher {
  return async (events) => {
    for (let i = 0; i < events.length; i += 10) {
      const chunk = events.slice(i, i + 10);
      const out = await client.send(
        new PutEventsCommand({
          Entries: chunk.map((e) => ({
            EventBusName: busName,
            Source: DOMAIN_EVENT_SOURCE,
            DetailType: e.type,
            Detail: JSON.stringify(e.detail),
          })),
        }),
      );
      if (out.FailedEntryCount) {
        const codes = (out.Entries ?? []).map((e) => e.ErrorCode).filter(Boolean);
        throw new Error(
          `EventBridge refused ${out.FailedEntryCount} of ${chunk.length} entries: ${codes.join(', ')}`,
        );
      }
    }
  };
}
