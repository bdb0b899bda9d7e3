// The consumer: verify each queued webhook again, decide, and apply it with one DynamoDB write;
// report only the records that must be retried.
import { createHash } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { decodeUtf8, parseEnvelope } from '../shared/envelope';
import type { Logger } from '../shared/log';
import type { Metrics } from '../shared/metrics';
import { fromSqsRecord } from '../shared/queue-message';
import type { SecretCache } from '../shared/secret-cache';
import { verifyWithRotation } from '../shared/verify-with-rotation';
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
    const secrets = await deps.secrets.get();
    const verification = await verifyWithRotation(raw, signatures, secrets, deps.secrets, options);
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

  /** What applying one record came to; `owes` is an archived event whose domain events are not out. */
  interface Applied {
    outcome: Outcome;
    owes?: EventRecord | undefined;
  }

  const owing = (event: EventRecord | undefined) =>
    event && !event.published && event.domainEvents.length > 0 ? event : undefined;

  async function archiveOnly(p: Prepared, outcome: 'ignored' | 'rejected', reason: string): Promise<Applied> {
    const event: EventRecord = { ...p.archive, outcome, reason, domainEvents: [], published: true };
    return { outcome: (await store.commit(event)) === 'duplicate' ? 'duplicate' : outcome };
  }

  /** Applies one event; `known` carries the connection as this batch last wrote it. */
  async function applyOne(
    p: Prepared & { result: { kind: 'event' } },
    known: { stored?: { state: ConnectionState; version: number } | undefined; fresh: boolean },
  ): Promise<Applied> {
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
      if (result === 'duplicate') {
        // Nothing to apply, but an earlier attempt may have died before publishing.
        return { outcome: 'duplicate', owes: owing(await store.getEvent(record.sha256)) };
      }
      if (result === 'conflict') {
        known.fresh = false; // another writer got there first: read again and decide again
        continue;
      }
      if (decision.outcome === 'applied')
        known.stored = { state: decision.next, version: expectedVersion + 1 };
      return { outcome: decision.outcome, owes: owing(record) };
    }
    throw new Error(`connection kept changing under ${MAX_CONFLICT_RETRIES} retries`);
  }

  /**
   * Puts the domain events of the batch's committed records on the bus, ten entries a call, then
   * marks their event items published in one write. A record whose events did not go out fails, so
   * SQS redelivers it and the duplicate path publishes them; nothing is applied twice.
   */
  async function publishOwed(done: Map<Prepared, Applied>, fail: (p: Prepared, error: unknown) => void) {
    // The same body twice in one batch owes its domain events once.
    const owed = new Map<string, { event: EventRecord; records: Prepared[] }>();
    for (const [p, applied] of done) {
      if (!applied.owes) continue;
      const entry = owed.get(applied.owes.sha256);
      if (entry) entry.records.push(p);
      else owed.set(applied.owes.sha256, { event: applied.owes, records: [p] });
    }
    const chunks: { owed: { event: EventRecord; records: Prepared[] }[]; size: number }[] = [];
    for (const entry of owed.values()) {
      const size = entry.event.domainEvents.length;
      const last = chunks.at(-1);
      if (last && last.size + size <= 10) {
        last.owed.push(entry);
        last.size += size;
      } else chunks.push({ owed: [entry], size });
    }
    const published: string[] = [];
    await Promise.all(
      chunks.map(async ({ owed, size }) => {
        try {
          await deps.publish(owed.flatMap((o) => o.event.domainEvents));
          metrics.add('DomainEventsPublished', size);
          for (const o of owed) published.push(o.event.sha256);
        } catch (error) {
          for (const p of owed.flatMap((o) => o.records)) fail(p, error);
        }
      }),
    );
    if (published.length === 0) return;
    // Best effort: if this write fails the events are out anyway; a later duplicate would only
    // announce them again, which at-least-once allows.
    await store
      .markPublished(published)
      .catch((error) => log.warn('could not mark events published', { error }));
  }

  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const failed = new Set<string>();
    const done = new Map<Prepared, Applied>();
    const fail = (record: SQSRecord, error: unknown, sha256?: string) => {
      failed.add(record.messageId);
      metrics.add('Failed', 1);
      log.error('record failed; SQS will retry it', {
        messageId: record.messageId,
        sha256,
        receiveCount: record.attributes?.ApproximateReceiveCount,
        error,
      });
    };
    const attempt = async (p: Prepared, work: () => Promise<Applied>) => {
      try {
        done.set(p, await work());
      } catch (error) {
        fail(p.record, error, p.archive.sha256);
      }
    };

    // A record that cannot even be prepared (the secret is unreadable, say) is retried later.
    const prepared = await Promise.all(
      event.Records.map((record) => prepare(record).catch((error) => void fail(record, error))),
    );
    const byConnection = new Map<string, (Prepared & { result: { kind: 'event' } })[]>();
    const singles: Promise<void>[] = [];
    for (const p of prepared) {
      if (!p) continue;
      if (p.result.kind === 'event') {
        const id = p.result.event.connectionId;
        const group = byConnection.get(id) ?? [];
        group.push(p as Prepared & { result: { kind: 'event' } });
        byConnection.set(id, group);
      } else {
        const { kind, reason } = p.result;
        singles.push(attempt(p, () => archiveOnly(p, kind, reason)));
      }
    }
    // One read for the whole batch; if it fails, each group reads for itself.
    const current = byConnection.size
      ? await store.getConnections([...byConnection.keys()]).catch((error) => {
          log.warn('batch read failed; reading per connection', { error });
          return undefined;
        })
      : undefined;
    // Records of one connection run in order against the state this batch wrote; connections run
    // side by side.
    const groups = [...byConnection].map(async ([id, group]) => {
      const known = { stored: current?.get(id), fresh: current !== undefined };
      for (const p of group) await attempt(p, () => applyOne(p, known));
    });
    await Promise.all([...singles, ...groups]);
    await publishOwed(done, (p, error) => {
      done.delete(p);
      fail(p.record, error, p.archive.sha256);
    });

    for (const [p, { outcome }] of done) {
      metrics.add('Processed', 1, 'Count', { Outcome: outcome });
      metrics.add('ProcessingLatency', Math.max(0, now() - p.archive.receivedAt), 'Milliseconds');
      log[outcome === 'rejected' ? 'warn' : 'info']('processed', {
        messageId: p.record.messageId,
        sha256: p.archive.sha256,
        eventType: p.archive.eventType,
        connectionId: p.archive.connectionId,
        outcome,
        reason: p.result.kind === 'event' ? undefined : p.result.reason,
      });
    }
    metrics.flush();
    return { batchItemFailures: [...failed].map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
