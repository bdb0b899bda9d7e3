// The first step for each SQS record: read the queued delivery, verify it again, parse it, and say
// which event it would be. Nothing is written here.
import { createHash } from 'node:crypto';
import type { SQSRecord } from 'aws-lambda';
import { decodeUtf8, parseEnvelope } from '../shared/envelope';
import { connectionIdOf } from '../shared/event-types';
import { fromSqsRecord } from '../shared/queue-message';
import type { SecretCache } from '../shared/secret-cache';
import { verifyWithRotation } from '../shared/verify-with-rotation';
import { archivedBody, type EventRecord } from './archive-record';
import { contentIdOf, type Scheme } from './identity';
import { type ParsedEvent, parseEvent } from './parse-event';

/**
 * A message ingest accepted whose signature this copy of the secrets cannot verify: the secret was
 * rotated, or this container's copy is stale. Never archived as rejected: SQS retries the record and
 * the DLQ keeps it, so that it can be redriven once the secret is right.
 */
export class UnverifiedSignatureError extends Error {
  override name = 'UnverifiedSignatureError';
}

/** What every archive record of this delivery holds, whatever it comes to. */
export type DeliveryFacts = Omit<
  EventRecord,
  'outcome' | 'reason' | 'domainEvents' | 'published' | 'eventId' | 'contentId' | 'scheme'
>;

export type Judgement =
  | { kind: 'event'; event: ParsedEvent; scheme: Scheme }
  | { kind: 'ignored' | 'rejected'; reason: string };

/** A record read and judged, before anything is written. */
export interface Prepared {
  record: SQSRecord;
  delivery: DeliveryFacts;
  /** `replay --force`: decide the event again even if this delivery made it already. */
  redecide: boolean;
  result: Judgement;
}

export interface PrepareDeps {
  secrets: Pick<SecretCache, 'get' | 'refreshNow'>;
  now: () => number;
}

/** Reads a verified body into the event it is, or why it is none; `delivery` learns its type and id. */
export function parseBody(
  raw: Buffer,
  delivery: DeliveryFacts,
  verification: { scheme: Scheme; timestamp?: number | undefined; rawTimestamp?: string | undefined },
): Judgement {
  const text = decodeUtf8(raw);
  const envelope = text === undefined ? undefined : parseEnvelope(text);
  if (text === undefined || envelope === undefined) return { kind: 'rejected', reason: 'body is not UTF-8' };
  if (!envelope.ok) return { kind: 'rejected', reason: envelope.reason };
  delivery.eventType = envelope.envelope.event;
  delivery.connectionId = connectionIdOf(envelope.envelope.data);
  if (verification.timestamp !== undefined) delivery.eventAt = verification.timestamp * 1000;
  const contentId = contentIdOf(raw, verification.scheme, verification.rawTimestamp);
  const parsed = parseEvent(envelope.envelope, text, {
    eventId: contentId,
    contentId,
    time: delivery.eventAt,
    arrival: delivery.receivedAt,
  });
  return parsed.kind === 'event' ? { ...parsed, scheme: verification.scheme } : parsed;
}

export function recordPreparer(deps: PrepareDeps) {
  return async function prepare(record: SQSRecord): Promise<Prepared> {
    const message = fromSqsRecord(record);
    const queued = typeof message === 'string' ? undefined : message;
    const raw = queued?.raw ?? Buffer.from(record.body, 'utf8');
    const receivedAt = queued?.receivedAt ?? deps.now();
    const delivery: DeliveryFacts = {
      // A message without ingest's delivery attribute is archived under SQS's own id.
      deliveryId: queued?.deliveryId ?? `sqs-${record.messageId}`,
      sha256: createHash('sha256').update(raw).digest('hex'), // recomputed, never trusted
      ...archivedBody(raw),
      receivedAt,
      eventAt: receivedAt,
      eventType: queued?.eventType ?? '',
      plainSignature: queued?.plainSignature,
      timestampedSignature: queued?.timestampedSignature,
      source: queued?.source ?? 'webhook',
    };
    const prepared = (result: Judgement): Prepared => ({
      record,
      delivery,
      redecide: queued?.redecide === true,
      result,
    });
    if (typeof message === 'string') return prepared({ kind: 'rejected', reason: message });

    const signatures = { plain: message.plainSignature, timestamped: message.timestampedSignature };
    // No age check: a message may wait in the queue (or the DLQ) for days.
    const options = { nowSeconds: 0, toleranceSeconds: 0, checkTimestamp: false };
    const secrets = await deps.secrets.get();
    const refresh = () => deps.secrets.refreshNow();
    const verification = await verifyWithRotation(raw, signatures, secrets, refresh, options);
    if (!verification.ok) {
      throw new UnverifiedSignatureError(
        `signature ${verification.reason} with every secret now stored; if the secret was rotated, store the one that signed it (as previous) and redrive`,
      );
    }
    return prepared(parseBody(raw, delivery, verification));
  };
}
