// The spill table's client for ingest, loaded and constructed only when SQS first fails (lazySpill in
// from-env.ts imports this module with `import()`: its own chunk of the bundle). It is the last
// resort before a 503 that loses the event, so it uses all the time the request has left (budget.ts):
// three attempts, each given a second to connect and a second and a half to answer, the request's
// deadline ending whatever would run past it.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spillWriter } from '../shared/spill-store';

export const SPILL_CLIENT_SETTINGS = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 1_000, requestTimeout: 1_500, throwOnRequestTimeout: true },
};

export function spillWriterFor(tableName: string, client?: DynamoDBClient) {
  return spillWriter(client ?? new DynamoDBClient(SPILL_CLIENT_SETTINGS), tableName);
}
