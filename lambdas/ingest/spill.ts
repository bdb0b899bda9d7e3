// The spill table's client for ingest, loaded and constructed only when SQS first fails (lazySpill in
// from-env.ts imports this module with `import()`: its own chunk of the bundle). Two attempts of at
// most a second each fit the spill table's share of the request's budget (budget.ts), whose deadline
// ends what they cannot.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spillWriter } from '../shared/spill-store';

export const SPILL_CLIENT_SETTINGS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 500, requestTimeout: 1_000, throwOnRequestTimeout: true },
};

export function spillWriterFor(tableName: string, client?: DynamoDBClient) {
  return spillWriter(client ?? new DynamoDBClient(SPILL_CLIENT_SETTINGS), tableName);
}
