// The consumer: prepare each queued delivery (verify again, parse, identify), apply it (the
// connection, then the event's archive item: docs/state-model.md#pending-events), list the batch's archive items (one listing write), publish what the writes owe,
// and report only the records that must be retried.
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type Applied, type EventPrepared, type KnownConnection, recordApplier } from '../core/apply-record';
import { listingBatch } from '../core/archive-listing';
import type { EventRecord } from '../core/archive-record';
import { type Prepared, recordPreparer, UnverifiedSignatureError } from '../core/prepare-record';
import { collectOwed, publishOwed } from '../core/publish-owed';
import type { Publisher } from '../core/publisher';
import type { StateStore } from '../core/state-store';
import type { Logger } from '../shared/log';
import type { Metrics } from '../shared/metrics';
import { QUEUE } from '../shared/queue-message';
import type { SecretCache } from '../shared/secret-cache';
import { CONSUMER_METRICS } from './metric-names';

export interface ConsumerDeps {
  store: StateStore;
  publish: Publisher;
  secrets: Pick<SecretCache, 'get' | 'refreshNow'>;
  log: Logger;
  metrics: Metrics;
  /** Plain-scheme deliveries of the same body this close together are one event. */
  duplicateWindowSeconds: number;
  now?: () => number;
}

/** The paths of the fields an event's payload held that could not be read, for its log line. */
const unreadOf = (p: Prepared) =>
  p.result.kind === 'event' && p.result.event.unread.length
    ? p.result.event.unread.map((u) => u.path)
    : undefined;

/** The service each step calls: preparing reads the secret, applying the table, publishing the bus. */
type AwsService = 'Secrets Manager' | 'DynamoDB' | 'EventBridge';

/** The SDK puts `$metadata` on what a call threw (service errors and network errors alike). */
const isAwsCallError = (error: unknown) =>
  typeof error === 'object' && error !== null && '$metadata' in error;

/** A delivery that made no event: archived on its own item, so it never blocks a later one. */
async function archiveUnapplied(
  store: StateStore,
  p: Prepared & { result: { kind: 'ignored' | 'rejected' } },
) {
  const record: EventRecord = {
    ...p.delivery,
    outcome: p.result.kind,
    reason: p.result.reason,
    domainEvents: [],
    published: true,
  };
  const result = await store.archiveDelivery(record);
  return { outcome: result === 'exists' ? 'redelivered' : p.result.kind } satisfies Applied;
}

type Attempt = (p: Prepared, work: () => Promise<Applied>) => Promise<void>;

/** Applies each connection's records in order against the state this batch wrote. */
async function applyAll(
  store: StateStore,
  log: Logger,
  applyRecord: ReturnType<typeof recordApplier>,
  prepared: Prepared[],
  attempt: Attempt,
) {
  const byConnection = new Map<string, EventPrepared[]>();
  const singles: Promise<void>[] = [];
  for (const p of prepared) {
    if (p.result.kind !== 'event') {
      const unapplied = p as Prepared & { result: { kind: 'ignored' | 'rejected' } };
      singles.push(attempt(p, () => archiveUnapplied(store, unapplied)));
      continue;
    }
    const id = p.result.event.connectionId;
    const group = byConnection.get(id);
    if (group) group.push(p as EventPrepared);
    else byConnection.set(id, [p as EventPrepared]);
  }
  // One read for the whole batch; if it fails, each group reads for itself.
  const current = byConnection.size
    ? await store.getConnections([...byConnection.keys()]).catch((error) => {
        log.warn('batch read failed; reading per connection', { error });
        return undefined;
      })
    : undefined;
  const groups = [...byConnection].map(async ([id, group]) => {
    const known: KnownConnection = { stored: current?.get(id), fresh: current !== undefined };
    for (const p of group) await attempt(p, () => applyRecord(p, known));
  });
  await Promise.all([...singles, ...groups]);
}

/**
 * Counts and logs a record that must be retried. `service`: the AWS service the failing step
 * called, named when the error came from a call.
 */
function reportFailure(
  { log, metrics }: Pick<ConsumerDeps, 'log' | 'metrics'>,
  record: SQSRecord,
  error: unknown,
  service: AwsService,
  p?: Prepared,
) {
  metrics.add(CONSUMER_METRICS.failed, 1);
  const unverified = error instanceof UnverifiedSignatureError;
  if (unverified) metrics.add(CONSUMER_METRICS.signatureUnverified, 1);
  const receiveCount = Number(record.attributes?.ApproximateReceiveCount ?? 0);
  // SQS moves the message to the DLQ when it would hand it over once more.
  const last = receiveCount >= QUEUE.maxReceiveCount;
  const what = unverified ? 'signature does not verify' : 'record failed';
  log.error(
    last
      ? `${what} on its last receive; SQS moves it to the DLQ`
      : `${what}; SQS will retry it${unverified ? ', the DLQ keeps it' : ''}`,
    {
      messageId: record.messageId,
      deliveryId: p?.delivery.deliveryId,
      eventType: p?.delivery.eventType,
      connectionId: p?.delivery.connectionId,
      receiveCount: record.attributes?.ApproximateReceiveCount,
      maxReceiveCount: QUEUE.maxReceiveCount,
      awsService: isAwsCallError(error) ? service : undefined,
      error,
    },
  );
}

export function createConsumerHandler(deps: ConsumerDeps) {
  const now = deps.now ?? Date.now;
  const { store, log, metrics } = deps;
  const prepare = recordPreparer({ secrets: deps.secrets, now });

  /** Lava's payload as read: each field it could not read, and whether it held names it does not. */
  function reportPayload(p: Prepared) {
    if (p.result.kind !== 'event') return;
    for (const { label } of p.result.event.unread)
      metrics.add(CONSUMER_METRICS.payloadFieldUnread, 1, 'Count', { Field: label });
    if (p.result.event.newFields.length) metrics.add(CONSUMER_METRICS.payloadNewFields, 1);
  }

  function report(p: Prepared, applied: Applied) {
    metrics.add(CONSUMER_METRICS.processed, 1, 'Count', { Outcome: applied.outcome });
    // Once per delivery that made the event: a duplicate or a redelivery reads the same payload again.
    if (applied.outcome === 'applied' || applied.outcome === 'stale') reportPayload(p);
    if (applied.promoted?.length) metrics.add(CONSUMER_METRICS.duplicatesPromoted, applied.promoted.length);
    metrics.add(CONSUMER_METRICS.latency, Math.max(0, now() - p.delivery.receivedAt), 'Milliseconds');
    // No SQS message id: the delivery id names the request across receives, redrives and replays;
    // the message id matters only when SQS has to act on a record (the failure line has it). No
    // event type: ingest's line of the same delivery id has it, and so does the archive item. The
    // fields are the ones docs/runbook.md ("Logs") lists; test/consumer.test.ts holds the line to them.
    log[applied.outcome === 'rejected' ? 'warn' : 'info']('processed', {
      deliveryId: p.delivery.deliveryId,
      eventId: applied.eventId,
      duplicateOf: applied.duplicateOf,
      connectionId: p.delivery.connectionId,
      outcome: applied.outcome,
      reason: p.result.kind === 'event' ? undefined : p.result.reason,
      unreadFields: applied.outcome === 'applied' || applied.outcome === 'stale' ? unreadOf(p) : undefined,
      // Held duplicates this event showed to be events of their own: each delivery, and what it became.
      promoted: applied.promoted?.length
        ? applied.promoted.map((e) => ({ deliveryId: e.deliveryId, eventId: e.eventId, outcome: e.outcome }))
        : undefined,
    });
  }

  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const failed = new Set<string>();
    const done = new Map<Prepared, Applied>();
    const fail = (record: SQSRecord, error: unknown, service: AwsService, p?: Prepared) => {
      failed.add(record.messageId);
      reportFailure(deps, record, error, service, p);
    };
    const attempt: Attempt = async (p, work) => {
      try {
        done.set(p, await work());
      } catch (error) {
        fail(p.record, error, 'DynamoDB', p);
      }
    };

    // A record that cannot be prepared (unreadable secret, unverifiable signature) is retried later.
    const prepared = await Promise.all(
      event.Records.map((record) =>
        prepare(record).catch((error) => void fail(record, error, 'Secrets Manager')),
      ),
    );
    // One listing batch an invocation: invocations may run side by side on one handler (local stack).
    const batch = listingBatch(store);
    const applyRecord = recordApplier(batch, deps.duplicateWindowSeconds * 1000, now);
    await applyAll(
      batch,
      log,
      applyRecord,
      prepared.filter((p): p is Prepared => p !== undefined),
      attempt,
    );
    await batch.flush().catch((error) => {
      // Handed over again, each record finds its archive item and lists it (sameDelivery).
      for (const p of [...done.keys()]) {
        done.delete(p);
        fail(p.record, error, 'DynamoDB', p);
      }
    });
    await publishOwed(
      collectOwed(
        [...done].flatMap(([p, applied]) =>
          [applied.owes, ...(applied.promoted ?? [])].map(
            (e) => [p, e] as [Prepared, EventRecord | undefined],
          ),
        ),
      ),
      {
        publish: deps.publish,
        store,
        onPublished: (count) => metrics.add(CONSUMER_METRICS.domainEventsPublished, count),
        onMarkFailed: (error) => log.warn('could not mark events published', { error }),
      },
      (p, error) => {
        done.delete(p);
        fail(p.record, error, 'EventBridge', p);
      },
    );
    for (const [p, applied] of done) report(p, applied);
    metrics.flush();
    return { batchItemFailures: [...failed].map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
