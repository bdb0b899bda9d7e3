// DynamoDB adapter of the archive's listing (archive-listing.ts): its items written with plain puts,
// unconditional (the same entries make the same item).
import { type AttributeValue, type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { eachBounded } from '../shared/each-bounded';
import { listingItems } from './archive-listing';
import type { ListingEntry } from './archive-record';

/** Listing items in flight at once: a consumer batch makes one; a reconciler slice a few. */
const PUT_CONCURRENCY = 4;

export async function putListingItems(
  client: DynamoDBClient,
  tableName: string,
  entries: readonly ListingEntry[],
  ttlDays: number,
): Promise<void> {
  await eachBounded(listingItems(entries, ttlDays), PUT_CONCURRENCY, (item) =>
    client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: marshall(item, { convertClassInstanceToMap: false }) as Record<string, AttributeValue>,
      }),
    ),
  );
}
