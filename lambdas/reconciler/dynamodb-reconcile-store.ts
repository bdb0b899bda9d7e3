// DynamoDB adapter of the reconciler's store (reconcile-store.ts): its own items in the state table,
// one checkpoint per key mode (`RECONCILE#<mode>`), which is also a lease so that two runs never
// overlap, and the ids each page of a run listed (`RECONCILE#<mode>#<run>#<page>`, expiring after a
// few days), so that a run cut short resumes where it stopped and still knows every id Lava listed.
// Active connections come from the keys-only `byStatus` index.
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
import { ReconcileBusyError, ReconcileRunExpiredError, type ReconcileStore } from './reconcile-store';

export function dynamoDbReconcileStore(client: DynamoDBClient, tableName: string): ReconcileStore {
  const pk = TABLE.partitionKey;
  const key = (mode: string) => ({ [pk]: { S: reconcileKey(mode) } });
  const held = 'attribute_exists(#pk) AND holder = :holder';

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

    async save(mode, holder, c, until) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: key(mode),
          UpdateExpression:
            'SET runId = :runId, startedAt = :startedAt, pages = :pages, listed = :listed, owed = :owed, leaseUntil = :until, #cursor = :cursor REMOVE finishedAt',
          ConditionExpression: held,
          ExpressionAttributeNames: { '#pk': pk, '#cursor': 'cursor' },
          ExpressionAttributeValues: marshall(
            {
              ':holder': holder,
              ':runId': c.runId,
              ':startedAt': c.startedAt,
              ':pages': c.pages,
              ':listed': c.listed,
              ':owed': c.owed,
              ':until': until,
              ':cursor': c.cursor ?? null,
            },
            { removeUndefinedValues: true },
          ),
        }),
      );
    },

    async finish(mode, holder, at) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: key(mode),
          UpdateExpression: 'SET finishedAt = :at, leaseUntil = :zero, owed = :none',
          ConditionExpression: held,
          ExpressionAttributeNames: { '#pk': pk },
          ExpressionAttributeValues: marshall({ ':holder': holder, ':at': at, ':zero': 0, ':none': [] }),
        }),
      );
    },

    async release(mode, holder) {
      await client
        .send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: key(mode),
            UpdateExpression: 'SET leaseUntil = :zero',
            ConditionExpression: held,
            ExpressionAttributeNames: { '#pk': pk },
            ExpressionAttributeValues: marshall({ ':holder': holder, ':zero': 0 }),
          }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        });
    },

    async savePage(mode, runId, page, ids, expiresAt) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: marshall({
            [pk]: reconcilePageKey(mode, runId, page),
            kind: 'reconcile-page',
            ids: ids.join('\n'),
            [TABLE.ttlAttribute]: Math.floor(expiresAt / 1000),
          }),
        }),
      );
    },

    async loadPages(mode, runId, pages) {
      const keys = pages.map((p) => reconcilePageKey(mode, runId, p));
      const items = await batchGetItems(client, tableName, keys);
      const ids: string[] = [];
      for (const k of keys) {
        const item = items.get(k);
        if (!item) throw new ReconcileRunExpiredError('a page of this run expired; start a new run');
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
