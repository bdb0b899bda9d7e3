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

type WriteInput = {
  Item?: Record<string, { S?: string }>;
  TransactItems?: { Put?: { Item?: Record<string, { S?: string }> } }[];
};

/** The key of the item a write puts: a put's, or a transaction's first put's; '' for any other call. */
function putKeyOf(commandName: string | undefined, input: WriteInput): string {
  const item = commandName === 'PutItemCommand' ? input.Item : input.TransactItems?.[0]?.Put?.Item;
  return item?.[TABLE.partitionKey]?.S ?? '';
}

const isArchiveKey = (key: string) => key.startsWith(eventKey(''));

/**
 * A client of the run's DynamoDB Local whose archive-item puts fail while `stop.armed` (the consumer
 * stopping between a commit's two writes), and which names every command it sends in `stop.calls`, and the
 * key of every item it puts in `stop.putKeys`.
 */
export function stoppingClient() {
  const client = dynamoClient();
  const stop = { armed: false, calls: [] as string[], putKeys: [] as string[] };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      stop.calls.push(context.commandName ?? '?');
      if (context.commandName === 'PutItemCommand') {
        const key = putKeyOf(context.commandName, args.input as WriteInput);
        stop.putKeys.push(key);
        if (stop.armed && isArchiveKey(key))
          throw Object.assign(new Error('the consumer stopped here'), { name: 'Stopped' });
      }
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
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (gate.armed && isArchiveKey(putKeyOf(context.commandName, args.input as WriteInput))) {
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
