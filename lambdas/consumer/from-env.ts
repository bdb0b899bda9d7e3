// Builds the consumer handler from environment variables. The Lambda entry point calls it once per
// container; the local stack and the benchmarks call it with their own clients.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { dynamoDbStore } from '../core/dynamodb-store';
import { eventBridgePublisher } from '../core/eventbridge-publisher';
import type { FunctionClients } from '../shared/clients';
import {
  DEFAULT_DUPLICATE_WINDOW_SECONDS,
  DEFAULT_EVENT_TTL_DAYS,
  ENV,
  numberFromEnv,
  requiredFromEnv,
} from '../shared/env';
import { secretCacheFromEnv } from '../shared/secret-source';
import { telemetryFromEnv } from '../shared/telemetry';
import { createConsumerHandler } from './consumer';

export type ConsumerClients = Pick<FunctionClients, 'dynamodb' | 'eventBridge' | 'secretsManager' | 'write'>;

export function consumerHandlerFromEnv(env: NodeJS.ProcessEnv, clients: ConsumerClients = {}) {
  const tableName = requiredFromEnv(env, ENV.tableName);
  const busName = requiredFromEnv(env, ENV.eventBusName);
  return createConsumerHandler({
    store: dynamoDbStore(clients.dynamodb ?? new DynamoDBClient({}), tableName, {
      eventTtlDays: numberFromEnv(env, ENV.eventTtlDays, DEFAULT_EVENT_TTL_DAYS),
      // SQS hands every record over again until it is processed (docs/state-model.md#pending-events).
      commitInTwoWrites: true,
    }),
    publish: eventBridgePublisher(clients.eventBridge ?? new EventBridgeClient({}), busName),
    secrets: secretCacheFromEnv(env, clients.secretsManager),
    duplicateWindowSeconds: numberFromEnv(env, ENV.duplicateWindowSeconds, DEFAULT_DUPLICATE_WINDOW_SECONDS),
    ...telemetryFromEnv(env, 'consumer', clients.write),
  });
}
