// Lambda entry point for the SQS event source mapping. Clients and caches live per container.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { DEFAULT_EVENT_TTL_DAYS, DEFAULT_METRICS_NAMESPACE, ENV, numberFromEnv } from '../shared/env';
import { createLogger } from '../shared/log';
import { Metrics } from '../shared/metrics';
import { secretCacheFromEnv } from '../shared/secret-source';
import { createConsumerHandler } from './consumer';
import { dynamoDbStore } from './dynamodb-store';
import { eventBridgePublisher } from './eventbridge-publisher';

const env = process.env;
const tableName = env[ENV.tableName];
const busName = env[ENV.eventBusName];
if (!tableName) throw new Error(`${ENV.tableName} is not set`);
if (!busName) throw new Error(`${ENV.eventBusName} is not set`);

export const handler = createConsumerHandler({
  store: dynamoDbStore(new DynamoDBClient({}), tableName, {
    eventTtlDays: numberFromEnv(env, ENV.eventTtlDays, DEFAULT_EVENT_TTL_DAYS),
  }),
  publish: eventBridgePublisher(new EventBridgeClient({}), busName),
  secrets: secretCacheFromEnv(env),
  log: createLogger({ service: 'consumer', level: env[ENV.logLevel] }),
  metrics: new Metrics(env[ENV.metricsNamespace] ?? DEFAULT_METRICS_NAMESPACE, { Service: 'consumer' }),
});
