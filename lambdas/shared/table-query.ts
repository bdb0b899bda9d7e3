// A Query of the state table page by page: the one paging loop its readers share (the archive, the
// reconciler's active connections). Items come back unmarshalled.
import {
  type AttributeValue,
  type DynamoDBClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

/** A Query page by page (each non-empty page unmarshalled), following LastEvaluatedKey to the end. */
export async function* queryPages(
  client: DynamoDBClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): AsyncGenerator<Record<string, unknown>[]> {
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const out = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    startKey = out.LastEvaluatedKey;
    const page = (out.Items ?? []).map((item) => unmarshall(item));
    if (page.length) yield page;
  } while (startKey);
}
