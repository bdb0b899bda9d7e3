// Builds the drainer from environment variables: the Lambda entry point, and the local stack with its
// own clients.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DEFAULT_METRICS_NAMESPACE, ENV, EnvError } from '../shared/env';
import { createLogger, type LineWriter } from '../shared/log';
import { Metrics } from '../shared/metrics';
import { drainSpills } from './drain';

export interface DrainerClients {
  dynamodb?: DynamoDBClient;
  sqs?: SQSClient;
  write?: LineWriter;
}

export function drainerFromEnv(env: NodeJS.ProcessEnv, clients: DrainerClients = {}) {
  const tableName = env[ENV.tableName];
  const queueUrl = env[ENV.queueUrl];
  if (!tableName) throw new EnvError(`${ENV.tableName} is not set`);
  if (!queueUrl) throw new EnvError(`${ENV.queueUrl} is not set`);
  const deps = {
    dynamodb: clients.dynamodb ?? new DynamoDBClient({}),
    sqs: clients.sqs ?? new SQSClient({}),
    tableName,
    queueUrl,
    log: createLogger({ service: 'drainer', level: env[ENV.logLevel], write: clients.write }),
    metrics: new Metrics(
      env[ENV.metricsNamespace] ?? DEFAULT_METRICS_NAMESPACE,
      { Service: 'drainer' },
      clients.write,
    ),
  };
  return () => drainSpills(deps);
}
