// EventBridge's PutEvents for the local stack: each entry becomes one line of a JSON Lines file that
// `lava-webhooks domain-events` prints, so the consumer's real publishing code path runs.
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { AwsJsonError, type Operation } from './aws-json-server';

export const DOMAIN_EVENTS_FILE = 'domain-events.jsonl';

export interface DomainEventLine {
  id: string;
  time: string;
  eventBusName: string;
  source: string;
  detailType: string;
  detail: unknown;
}

export function eventBridgeOperations(file: string, busName: string): Record<string, Operation> {
  return {
    'AWSEvents.PutEvents': async (input) => {
      const entries = input.Entries;
      if (!Array.isArray(entries) || entries.length === 0 || entries.length > 10) {
        throw new AwsJsonError('ValidationException', 'Entries must hold 1 to 10 entries');
      }
      const results: { EventId?: string; ErrorCode?: string; ErrorMessage?: string }[] = [];
      const lines: string[] = [];
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
        lines.push(JSON.stringify(line));
        results.push({ EventId: line.id });
      }
      if (lines.length) await appendFile(file, `${lines.join('\n')}\n`);
      return { FailedEntryCount: results.filter((r) => r.ErrorCode).length, Entries: results };
    },
  };
}
