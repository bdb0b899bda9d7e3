// Builds the consumer handler from environment variables. The Lambda entry point calls it once per
// container; the local stack and the benchmarks call it with their own clients.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import {
  DEFAULT_DUPLICATE_WINDOW_SECONDS,
  DEFAULT_EVENT_TTL_DAYS,
  DEFAULT_METRICS_NAMESPACE,
  ENV,
  EnvError,
  numberFromEnv,
} from '../shared/env';
import { createLogger, type LineWriter } from '../shared/log';
import { Metrics } from '../shared/metrics';
import { secretCacheFromEnv } from '../shared/secret-source';
import { createConsumerHandler } from './consumer';
import { dynamoDbStore } from './dynamodb-store';
import { eventBridgePublisher } from './eventbridge-publisher';

export interface ConsumerClients {
  dynamodb?: DynamoDBClient;
  eventBridge?: EventBridgeClient;
  secretsManager?: SecretsManagerClient;
  write?: LineWriter;
}

export function consumerHandlerFromEnv(env: NodeJS.ProcessEnv, clients: ConsumerClients = {}) {
  const tableName = env[ENV.tableName];
  const busName = env[ENV.eventBusName];
  if (!tableName) throw new EnvError(`${ENV.tableName} is not set`);
  if (!busName) throw new EnvError(`${ENV.eventBusName} is not set`);
  return createConsumerHandler({
    store: dynamoDbStore(clients.dynamodb ?? new DynamoDBClient({}), tableName, {
      eventTtlDays: numberFromEnv(env, ENV.eventTtlDays, DEFAULT_EVENT_TTL_DAYS),
    }),
    publish: eventBridgePublisher(clients.eventBridge ?? new EventBridgeClient({}), busName),
    secrets: secretCacheFromEnv(env, clients.secretsManager),
    duplicateWindowSeconds: numberFromEnv(env, ENV.duplicateWindowSeconds, DEFAULT_DUPLICATE_WINDOW_SECONDS),
    log: createLogger({ service: 'consumer', level: env[ENV.logLevel], write: clients.write }),
    metrics: new Metrics(
      env[ENV.metricsNamespace] ?? DEFAULT_METRICS_NAMESPACE,
      { Service: 'consumer' },
      clients.write,
    ),
  });
}
