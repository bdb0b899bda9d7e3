// Creates the state table on a DynamoDB endpoint from the same definition the CDK stack uses.
import {
  CreateTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLE } from '../lib/definitions';

export async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const { byTime } = TABLE;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: TABLE.partitionKey, AttributeType: 'S' },
          { AttributeName: byTime.partitionKey, AttributeType: 'S' },
          { AttributeName: byTime.sortKey, AttributeType: 'S' },
        ],
        KeySchema: [{ AttributeName: TABLE.partitionKey, KeyType: 'HASH' }],
        GlobalSecondaryIndexes: [
          {
            IndexName: byTime.indexName,
            KeySchema: [
              { AttributeName: byTime.partitionKey, KeyType: 'HASH' },
              { AttributeName: byTime.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...byTime.projected] },
          },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    return; // already there (state kept across restarts)
  }
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
    }),
  );
}
