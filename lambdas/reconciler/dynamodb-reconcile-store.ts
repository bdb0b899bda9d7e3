// DynamoDB adapter of the reconciler's store (reconcile-store.ts): its own items in the state table,
// one checkpoint per key mode (`RECONCILE#<mode>`), which is also a lease so that two runs never
// overlap, and the ids each page of a run listed (`RECONCILE#<mode>#<run>#<page>`, expiring after a
// few days; a page that lists more than one item holds is split in parts), so that a run cut short
// resumes where it stopped and still knows every id Lava listed. Active connections come from the
// keys-only `byStatus` index.
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { queryPages } from '../shared/table-query';
import { batchGetItems } from '../shared/table-reads';
import { reconcileKey, reconcilePageKey, TABLE } from '../shared/table-schema';
import {
  ReconcileBusyError,
  ReconcileLeaseLostError,
  ReconcileRunExpiredError,
  type ReconcileStore,
} from './reconcile-store';

/** Ids a page item holds, newline-joined: well within DynamoDB's 400 KB an item. */
const PAGE_PART_BYTES = 300_000;

/** The ids in parts of at most PAGE_PART_BYTES each (at least one part, maybe empty). */
function pageParts(ids: readonly string[]): string[] {
  const parts: string[][] = [[]];
  let bytes = 0;
  for (const id of ids) {
    const size = Buffer.byteLength(id) + 1;
    if (bytes + size > PAGE_PART_BYTES && (parts.at(-1) as string[]).length) {
      parts.push([]);
      bytes = 0;
    }
    (parts.at(-1) as string[]).push(id);
    bytes += size;
  }
  return parts.map((p) => p.join('\n'));
}

export function dynamoDbReconcileStore(client: DynamoDBClient, tableName: string): ReconcileStore {
  const pk = TABLE.partitionKey;
  const key = (mode: string) => ({ [pk]: { S: reconcileKey(mode) } });
  const held = 'attribute_exists(#pk) AND holder = :holder';
  /** An update made only while `holder` has the lease: once another has it, ReconcileLeaseLostError. */
  const updateHeld = async (
    mode: string,
    holder: string,
    expression: string,
    values: Record<string, unknown>,
    names: Record<string, string> = {},
    condition = held,
  ) => {
    try {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: key(mode),
          UpdateExpression: expression,
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#pk': pk, ...names },
          ExpressionAttributeValues: marshall(
            { ':holder': holder, ...values },
            { removeUndefinedValues: true },
          ),
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      throw new ReconcileLeaseLostError(
        `another reconcile of the ${mode} mode took the lease: this run's had lapsed`,
        { cause: error },
      );
    }
  };

  return {
    async acquire(mode, holder, now, until) {
      try {
        const out = await client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: key(mode),
            UpdateExpression: 'SET holder = :holder, leaseUntil = :until, kind = :kind',
            ConditionExpression: 'attribute_not_exists(#pk) OR leaseUntil < :now',
            ExpressionAttributeNames: { '#pk': pk },
            ExpressionAttributeValues: marshall({
              ':holder': holder,
              ':until': until,
              ':now': now,
              ':kind': 'reconcile',
            }),
            ReturnValues: 'ALL_NEW',
          }),
        );
        const item = out.Attributes ? unmarshall(out.Attributes) : {};
        if (typeof item.runId !== 'string' || item.finishedAt !== undefined) return undefined;
        return {
          runId: item.runId,
          startedAt: Number(item.startedAt),
          cursor: typeof item.cursor === 'string' ? item.cursor : undefined,
          pages: Number(item.pages ?? 0),
          listed: item.listed === true,
          owed: Array.isArray(item.owed) ? item.owed.map(String) : [],
        };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) {
          throw new ReconcileBusyError(`another reconcile of the ${mode} mode is running`, { cause: error });
        }
        throw error;
      }
    },

    save: (mode, holder, c, until) =>
      updateHeld(
        mode,
        holder,
        'SET runId = :runId, startedAt = :startedAt, pages = :pages, listed = :listed, owed = :owed, leaseUntil = :until, #cursor = :cursor REMOVE finishedAt, abortedReason',
        {
          ':runId': c.runId,
          ':startedAt': c.startedAt,
          ':pages': c.pages,
          ':listed': c.listed,
          ':owed': c.owed,
          ':until': until,
          ':cursor': c.cursor ?? null,
        },
        { '#cursor': 'cursor' },
      ),

    // Never a lease let go (0): a renewal that lands after finish or release must not take it back.
    renew: (mode, holder, until) =>
      updateHeld(
        mode,
        holder,
        'SET leaseUntil = :until',
        { ':until': until, ':zero': 0 },
        {},
        `${held} AND leaseUntil > :zero`,
      ),

    finish: (mode, holder, at, abortedReason) =>
      updateHeld(
        mode,
        holder,
        `SET finishedAt = :at, leaseUntil = :zero, owed = :none${abortedReason ? ', abortedReason = :why' : ''}`,
        { ':at': at, ':zero': 0, ':none': [], ':why': abortedReason },
      ),

    async release(mode, holder) {
      await updateHeld(mode, holder, 'SET leaseUntil = :zero', { ':zero': 0 }).catch((error: unknown) => {
        if (!(error instanceof ReconcileLeaseLostError)) throw error; // someone else's now: nothing to let go
      });
    },

    async savePage(mode, runId, page, ids, expiresAt) {
      const put = (part: number, text: string, extra: Record<string, unknown> = {}) =>
        client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: marshall({
              [pk]: reconcilePageKey(mode, runId, page, part),
              kind: 'reconcile-page',
              ids: text,
              ...extra,
              [TABLE.ttlAttribute]: Math.floor(expiresAt / 1000),
            }),
          }),
        );
      const [first, ...more] = pageParts(ids);
      // Part 0 last: once it is there, the page is whole.
      await Promise.all(more.map((text, i) => put(i + 1, text)));
      await put(0, first as string, more.length ? { parts: more.length + 1 } : {});
    },

    async loadPages(mode, runId, pages) {
      const expired = () => new ReconcileRunExpiredError('a page of this run expired; start a new run');
      const firstKeys = pages.map((p) => reconcilePageKey(mode, runId, p));
      const firsts = await batchGetItems(client, tableName, firstKeys);
      // Each page's keys in order: part 0, then its further parts.
      const pageKeys = pages.map((p, i) => {
        const parts = Number(firsts.get(firstKeys[i] as string)?.parts ?? 1);
        return Array.from({ length: parts }, (_, part) => reconcilePageKey(mode, runId, p, part));
      });
      const moreKeys = pageKeys.flatMap((keys) => keys.slice(1));
      const more = moreKeys.length ? await batchGetItems(client, tableName, moreKeys) : new Map();
      const ids: string[] = [];
      for (const k of pageKeys.flat()) {
        const item = firsts.get(k) ?? more.get(k);
        if (!item) throw expired();
        if (typeof item.ids === 'string' && item.ids) ids.push(...item.ids.split('\n'));
      }
      return ids;
    },

    async activeConnectionIds() {
      const { byStatus } = TABLE;
      const ids: string[] = [];
      const pages = queryPages(client, {
        TableName: tableName,
        IndexName: byStatus.indexName,
        KeyConditionExpression: '#status = :active',
        ExpressionAttributeNames: { '#status': byStatus.partitionKey },
        ExpressionAttributeValues: { ':active': { S: 'active' } },
      });
      for await (const page of pages) {
        for (const item of page) {
          const id = item[byStatus.sortKey];
          if (typeof id === 'string' && id) ids.push(id);
        }
      }
      return ids;
    },
  };
}
