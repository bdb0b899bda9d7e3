// A fresh state table on the run's DynamoDB Local, for one test.
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { dynamoDbStore } from '../../lambdas/core/dynamodb-store';
import { createTable } from '../../local/create-table';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/dynamodb-local';

export function dynamoClient(): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: inject('dynamoEndpoint'),
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
}

/** A fresh table and the consumer's store on it. */
export async function freshStore(client: DynamoDBClient) {
  const tableName = await freshTable(client);
  return { tableName, store: dynamoDbStore(client, tableName, { eventTtlDays: 30 }) };
}

export async function freshTable(client: DynamoDBClient): Promise<string> {
  const name = `state-${randomUUID()}`;
  await createTable(client, name);
  return name;
}
