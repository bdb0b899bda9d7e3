// EventBridge's PutEvents for the local stack: each entry becomes one line of a JSON Lines file that
// `lava-webhooks domain-events` prints, so the consumer's real publishing code path runs. With
// forwarding on, the entries of this stack's source also go where the deployed rule sends them: to
// the forwarder's queue, as EventBridge puts them there (the event as JSON).
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { DOMAIN_EVENT_SOURCE } from '../lambdas/core/eventbridge-publisher';
import { AwsJsonError, type Operation } from './aws-json-server';
import { LOCAL_REGION } from './dynamodb-local';

export const DOMAIN_EVENTS_FILE = 'domain-events.jsonl';

export interface DomainEventLine {
  id: string;
  time: string;
  eventBusName: string;
  source: string;
  detailType: string;
  detail: unknown;
}

/** An event as EventBridge hands it to a rule's target (`time` in whole seconds, as EventBridge's). */
export function eventBridgeEvent(line: DomainEventLine) {
  return {
    version: '0',
    id: line.id,
    'detail-type': line.detailType,
    source: line.source,
    account: '000000000000',
    time: line.time.replace(/\.\d+Z$/, 'Z'),
    region: LOCAL_REGION,
    resources: [],
    detail: line.detail,
  };
}

/** The forwarding rule's target: resolves once the events are queued. */
export type RuleTarget = (events: ReturnType<typeof eventBridgeEvent>[]) => Promise<void>;

/**
 * `forward`: the forwarding rule's target (forwarding on). It takes the events before they are
 * written; if it fails, PutEvents fails and the consumer publishes them again (at least once).
 */
export function eventBridgeOperations(
  file: string,
  busName: string,
  forward?: RuleTarget,
): Record<string, Operation> {
  return {
    'AWSEvents.PutEvents': async (input) => {
      const entries = input.Entries;
      if (!Array.isArray(entries) || entries.length === 0 || entries.length > 10) {
        throw new AwsJsonError('ValidationException', 'Entries must hold 1 to 10 entries');
      }
      const results: { EventId?: string; ErrorCode?: string; ErrorMessage?: string }[] = [];
      const published: DomainEventLine[] = [];
      for (const entry of entries as Record<string, unknown>[]) {
        if (entry.EventBusName !== busName) {
          results.push({ ErrorCode: 'NotFound', ErrorMessage: `Event bus ${String(entry.EventBusName)}` });
          continue;
        }
        let detail: unknown;
        try {
          detail = JSON.parse(String(entry.Detail));
        } catch {
          results.push({ ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is not valid JSON' });
          continue;
        }
        const line: DomainEventLine = {
          id: randomUUID(),
          time: new Date().toISOString(),
          eventBusName: busName,
          source: String(entry.Source),
          detailType: String(entry.DetailType),
          detail,
        };
        published.push(line);
        results.push({ EventId: line.id });
      }
      const matching = published.filter((line) => line.source === DOMAIN_EVENT_SOURCE);
      if (forward && matching.length) await forward(matching.map(eventBridgeEvent));
      if (published.length) await appendFile(file, `${published.map((l) => JSON.stringify(l)).join('\n')}\n`);
      return { FailedEntryCount: results.filter((r) => r.ErrorCode).length, Entries: results };
    },
  };
}
