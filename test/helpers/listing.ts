// Listing in tests: a store that lists each archive write at once (a batch of its own), a store that
// keeps what it was asked to list, and an archive item as the releases before listing items wrote it
// (its own `byTime` keys).
import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { listingBatch } from '../../lambdas/core/archive-listing';
import type { EventRecord, ListingEntry } from '../../lambdas/core/archive-record';
import { eventToItem } from '../../lambdas/core/dynamodb-store';
import type { StateStore } from '../../lambdas/core/state-store';
import { archiveKey, eventDayKey, eventTimeKey, TABLE } from '../../lambdas/shared/table-schema';

/** `store`, each of whose archive writes is listed right after it, as if it were a batch of one. */
export function listedAsWritten(store: StateStore): StateStore {
  const batch = listingBatch(store);
  const listed = async <T>(result: T) => {
    await batch.flush();
    return result;
  };
  return {
    ...batch,
    commitEvent: async (event, commit) => listed(await batch.commitEvent(event, commit)),
    archiveDelivery: async (record, connection) => listed(await batch.archiveDelivery(record, connection)),
  };
}

/** `store`, keeping every entry it was asked to list (`listed`), each list call's in `calls`. */
export function keepingListed(store: StateStore) {
  const calls: ListingEntry[][] = [];
  return {
    calls,
    /** The keys listed, each once, in the order first listed. */
    listedKeys: () => [...new Set(calls.flat().map((e) => e.key))],
    store: {
      ...store,
      async writeListing(entries) {
        await store.writeListing(entries);
        calls.push(entries);
      },
    } satisfies StateStore,
  };
}

/** Puts an archive item as releases before listing items did: with its own `byTime` entry. */
export async function putOlderArchiveItem(client: DynamoDBClient, tableName: string, record: EventRecord) {
  const item = {
    ...eventToItem(record, 30),
    [TABLE.byTime.partitionKey]: eventDayKey(record.receivedAt),
    [TABLE.byTime.sortKey]: eventTimeKey(record.receivedAt, archiveKey(record)),
  };
  await client.send(
    new PutItemCommand({
      TableName: tableName,
      Item: marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: false }),
    }),
  );
}
