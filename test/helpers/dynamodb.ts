// A fresh state table on the run's DynamoDB Local, for one test.
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { dynamoDbStore } from '../../lambdas/core/dynamodb-store';
import { eventKey, TABLE } from '../../lambdas/shared/table-schema';
import { createTable } from '../../local/create-table';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/dynamodb-local';

export function dynamoClient(): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: inject('dynamoEndpoint'),
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
}

/** A fresh table and the consumer's store on it (the reconciler's: one transaction a commit). */
export async function freshStore(client: DynamoDBClient, options = { commitInTwoWrites: true }) {
  const tableName = await freshTable(client);
  return { tableName, store: dynamoDbStore(client, tableName, { eventTtlDays: 30, ...options }) };
}

export async function freshTable(client: DynamoDBClient): Promise<string> {
  const name = `state-${randomUUID()}`;
  await createTable(client, name);
  return name;
}

/**
 * A client of the run's DynamoDB Local whose archive-item puts fail while `stop.armed` (the consumer
 * stopping between a commit's two writes), and which names every command it sends in `stop.calls`.
 */
export function stoppingClient() {
  const client = dynamoClient();
  const stop = { armed: false, calls: [] as string[], putKeys: [] as string[] };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      stop.calls.push(context.commandName ?? '?');
      const item = (args.input as { Item?: Record<string, { S?: string }> }).Item;
      const key = item?.[TABLE.partitionKey]?.S ?? '';
      if (context.commandName === 'PutItemCommand') stop.putKeys.push(key);
      if (stop.armed && context.commandName === 'PutItemCommand' && key.startsWith(eventKey('')))
        throw Object.assign(new Error('the consumer stopped here'), { name: 'Stopped' });
      return next(args);
    },
    { step: 'initialize', name: 'stopBetweenWrites' },
  );
  return { client, stop };
}

/**
 * A client whose next archive-item write (a put, or a transaction that puts one) waits, once armed,
 * until `release()`: a consumer slow between its decision and that write. `reached` resolves when it
 * waits.
 */
export function gatedClient() {
  const client = dynamoClient();
  let reached!: () => void;
  let release!: () => void;
  const gate = {
    armed: false,
    reached: new Promise<void>((r) => {
      reached = r;
    }),
    released: new Promise<void>((r) => {
      release = r;
    }),
    release: () => release(),
  };
  const isArchiveKey = (item?: Record<string, { S?: string }>) =>
    (item?.[TABLE.partitionKey]?.S ?? '').startsWith(eventKey(''));
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as {
        Item?: Record<string, { S?: string }>;
        TransactItems?: { Put?: { Item?: Record<string, { S?: string }> } }[];
      };
      const archives =
        (context.commandName === 'PutItemCommand' && isArchiveKey(input.Item)) ||
        (context.commandName === 'TransactWriteItemsCommand' &&
          isArchiveKey(input.TransactItems?.[0]?.Put?.Item));
      if (gate.armed && archives) {
        gate.armed = false;
        reached();
        await gate.released;
      }
      return next(args);
    },
    { step: 'initialize', name: 'gateArchiveWrite' },
  );
  return { client, gate };
}
