// Creates the state table on a DynamoDB endpoint from the same definition the CDK stack uses.
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLE } from '../lib/definitions';

export async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const { byTime, byStatus } = TABLE;
  const input: CreateTableCommandInput = {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: TABLE.partitionKey, AttributeType: 'S' },
      { AttributeName: byTime.partitionKey, AttributeType: 'S' },
      { AttributeName: byTime.sortKey, AttributeType: 'S' },
      { AttributeName: byStatus.partitionKey, AttributeType: 'S' },
      { AttributeName: byStatus.sortKey, AttributeType: 'S' },
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
      {
        IndexName: byStatus.indexName,
        KeySchema: [
          { AttributeName: byStatus.partitionKey, KeyType: 'HASH' },
          { AttributeName: byStatus.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ],
  };
  try {
    await client.send(new CreateTableCommand(input));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    // Already there (state kept across restarts): add an index a later version defines.
    await addMissingIndexes(client, tableName, input);
    return;
  }
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
    }),
  );
}

async function addMissingIndexes(client: DynamoDBClient, tableName: string, input: CreateTableCommandInput) {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  for (const index of input.GlobalSecondaryIndexes ?? []) {
    if (present.has(index.IndexName)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: input.AttributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
  }
}
