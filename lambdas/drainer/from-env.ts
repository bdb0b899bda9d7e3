// Builds the drainer from environment variables: the Lambda entry point, and the local stack with its
// own clients.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { FunctionClients } from '../shared/clients';
import { ENV, requiredFromEnv } from '../shared/env';
import { telemetryFromEnv } from '../shared/telemetry';
import { drainSpills } from './drain';

export type DrainerClients = Pick<FunctionClients, 'dynamodb' | 'sqs' | 'write'>;

export function drainerFromEnv(env: NodeJS.ProcessEnv, clients: DrainerClients = {}) {
  const tableName = requiredFromEnv(env, ENV.tableName);
  const queueUrl = requiredFromEnv(env, ENV.queueUrl);
  const deps = {
    dynamodb: clients.dynamodb ?? new DynamoDBClient({}),
    sqs: clients.sqs ?? new SQSClient({}),
    tableName,
    queueUrl,
    ...telemetryFromEnv(env, 'drainer', clients.write),
  };
  return (outOfTime?: () => boolean) => drainSpills({ ...deps, outOfTime });
}
