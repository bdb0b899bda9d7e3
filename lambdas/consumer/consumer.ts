// The consumer: verify each queued webhook again, decide, and apply it with one DynamoDB write;
// report only the records that must be retried.
import { createHash } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { decodeUtf8, parseEnvelope } from '../shared/envelope';
import type { Logger } from '../shared/log';
import type { Metrics } from '../shared/metrics';
import { fromSqsRecord } from '../shared/queue-message';
import type { SecretCache } from '../shared/secret-cache';
import { verifySignature } from '../shared/signature';
import { applyEvent, type ConnectionState } from './apply';
import type { StateStore } from './dynamodb-store';
import type { EventRecord } from './event-record';
import type { Publisher } from './eventbridge-publisher';
import { type ParsedEvent, parseEvent } from './parse-event';

export interface ConsumerDeps {
  store: StateStore;
  publish: Publisher;
  secrets: Pick<SecretCache, 'get' | 'refreshAfterMiss'>;
  log: Logger;
  metrics: Metrics;
  now?: () => number;
}

type Outcome = EventRecord['outcome'] | 'duplicate';

/** A record read and judged, before anything is written. */
interface Prepared {
  record: SQSRecord;
  archive: Omit<EventRecord, 'outcome' | 'domainEvents' | 'published'>;
  result: { kind: 'event'; event: ParsedEvent } | { kind: 'ignored' | 'rejected'; reason: string };
}

const MAX_CONFLICT_RETRIES = 5;

export function createConsumerHandler(deps: ConsumerDeps) {
  const now = deps.now ?? Date.now;
  const { store, log, metrics } = deps;

  async function prepare(record: SQSRecord): Promise<Prepared> {
    const message = fromSqsRecord(record);
    const body = typeof message === 'string' ? record.body : message.body;
    const raw = Buffer.from(body, 'utf8');
    const sha256 = createHash('sha256').update(raw).digest('hex'); // recomputed, never trusted
    const receivedAt = typeof message === 'string' ? now() : message.receivedAt;
    const archive = {
      sha256,
      body,
      receivedAt,
      eventAt: receivedAt,
      eventType: typeof message === 'string' ? '' : message.eventType,
      requestId: typeof message === 'string' ? '' : message.requestId,
      plainSignature: typeof message === 'string' ? undefined : message.plainSignature,
      timestampedSignature: typeof message === 'string' ? undefined : message.timestampedSignature,
    };
    const reject = (reason: string): Prepared => ({ record, archive, result: { kind: 'rejected', reason } });
    if (typeof message === 'string') return reject(message);

    const signatures = { plain: message.plainSignature, timestamped: message.timestampedSignature };
    // No age check: a message may wait in the queue (or the DLQ) for days.
    const options = { nowSeconds: 0, toleranceSeconds: 0, checkTimestamp: false };
    let verification = verifySignature(raw, signatures, await deps.secrets.get(), options);
    if (!verification.ok && verification.reason === 'mismatch') {
      const fresh = await deps.secrets.refreshAfterMiss();
      if (fresh) verification = verifySignature(raw, signatures, fresh, options);
    }
    if (!verification.ok) return reject(`signature ${verification.reason}`);

    const text = decodeUtf8(raw);
    const envelope = text === undefined ? undefined : parseEnvelope(text);
    if (!envelope?.ok) return reject(envelope ? envelope.error : 'body is not UTF-8');
    archive.eventType = envelope.envelope.event;
    if (verification.timestamp !== undefined) archive.eventAt = verification.timestamp * 1000;
    const result = parseEvent(envelope.envelope, archive.eventAt, sha256);
    if (result.kind === 'event')
      return { record, archive: { ...archive, connectionId: result.event.connectionId }, result };
    return { record, archive, result };
  }

  /** Publishes what an archived event owes the bus, then notes that it did. */
  async function publishFor(event: EventRecord): Promise<void> {
    if (event.published || event.domainEvents.length === 0) return;
    await deps.publish(event.domainEvents);
    metrics.add('DomainEventsPublished', event.domainEvents.length);
    await store.markPublished(event.sha256);
  }

  /** A duplicate body: nothing to apply, but a previous attempt may have died before publishing. */
  async function finishDuplicate(sha256: string): Promise<Outcome> {
    const archived = await store.getEvent(sha256);
    if (archived) await publishFor(archived);
    return 'duplicate';
  }

  async function archiveOnly(p: Prepared, outcome: 'ignored' | 'rejected', reason: string): Promise<Outcome> {
    const event: EventRecord = { ...p.archive, outcome, reason, domainEvents: [], published: true };
    return (await store.commit(event)) === 'duplicate' ? 'duplicate' : outcome;
  }

  /** Applies one event; `known` carries the connection as this batch last wrote it. */
  async function applyOne(
    p: Prepared & { result: { kind: 'event' } },
    known: { stored?: { state: ConnectionState; version: number } | undefined; fresh: boolean },
  ): Promise<Outcome> {
    for (let attempt = 0; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
      if (!known.fresh) {
        known.stored = await store.getConnection(p.result.event.connectionId);
        known.fresh = true;
      }
      const decision = applyEvent(known.stored?.state, p.result.event);
      const record: EventRecord = {
        ...p.archive,
        outcome: decision.outcome,
        domainEvents: decision.domainEvents,
        published: decision.domainEvents.length === 0,
      };
      const expectedVersion = known.stored?.version ?? 0;
      const result = await store.commit(
        record,
        decision.outcome === 'applied' ? { state: decision.next, expectedVersion } : undefined,
      );
      if (result === 'duplicate') return finishDuplicate(record.sha256);
      if (result === 'conflict') {
        known.fresh = false; // another writer got there first: read again and decide again
        continue;
      }
      if (decision.outcome === 'applied')
        known.stored = { state: decision.next, version: expectedVersion + 1 };
      await publishFor(record);
      return decision.outcome;
    }
    throw new Error(`connection kept changing under ${MAX_CONFLICT_RETRIES} retries`);
  }

  async function settle(p: Prepared, work: () => Promise<Outcome>, failures: string[]): Promise<void> {
    try {
      const outcome = await work();
      metrics.add('Processed', 1, 'Count', { Outcome: outcome });
      metrics.add('ProcessingLatency', Math.max(0, now() - p.archive.receivedAt), 'Milliseconds');
      const level = outcome === 'rejected' ? 'warn' : 'info';
      log[level]('processed', {
        messageId: p.record.messageId,
        sha256: p.archive.sha256,
        eventType: p.archive.eventType,
        connectionId: p.archive.connectionId,
        outcome,
        reason: p.result.kind === 'event' ? undefined : p.result.reason,
      });
    } catch (error) {
      failures.push(p.record.messageId);
      metrics.add('Failed', 1);
      log.error('record failed; SQS will retry it', {
        messageId: p.record.messageId,
        sha256: p.archive.sha256,
        receiveCount: p.record.attributes?.ApproximateReceiveCount,
        error,
      });
    }
  }

  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const failures: string[] = [];
    const byConnection = new Map<string, (Prepared & { result: { kind: 'event' } })[]>();
    const singles: Promise<void>[] = [];
    const prepared = await Promise.all(
      event.Records.map((record) =>
        prepare(record).catch((error) => {
          // The secret could not be read, say: retry later rather than reject.
          failures.push(record.messageId);
          metrics.add('Failed', 1);
          log.error('record failed before processing; SQS will retry it', {
            messageId: record.messageId,
            error,
          });
          return undefined;
        }),
      ),
    );
    for (const p of prepared) {
      if (!p) continue;
      if (p.result.kind === 'event') {
        const id = p.result.event.connectionId;
        const group = byConnection.get(id) ?? [];
        group.push(p as Prepared & { result: { kind: 'event' } });
        byConnection.set(id, group);
      } else {
        const { kind, reason } = p.result;
        singles.push(settle(p, () => archiveOnly(p, kind, reason), failures));
      }
    }
    // Records of one connection run in order against the state this batch wrote; connections run
    // side by side.
    const groups = [...byConnection.values()].map(async (group) => {
      const known = { stored: undefined, fresh: false };
      for (const p of group) await settle(p, () => applyOne(p, known), failures);
    });
    await Promise.all([...singles, ...groups]);
    metrics.flush();
    return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
