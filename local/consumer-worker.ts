// The consumer side of the local stack as a process of its own: pollers feeding the real consumer
// handler, pointed at running SQS, DynamoDB and EventBridge endpoints. The crash test SIGKILLs it
// mid-batch and starts it again; log lines go to stdout.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import { consumerHandlerFromEnv } from '../lambdas/consumer/from-env';
import { ENV } from '../lambdas/shared/env';
import { stdoutWriter } from '../lambdas/shared/log';
import { CONSUMER, FUNCTION_LIMITS } from '../lib/definitions';
import { localClientConfig } from './local-clients';
import { startPoller } from './sqs-poller';

export interface WorkerConfig {
  sqsEndpoint: string;
  queueUrl: string;
  queueArn: string;
  dynamoEndpoint: string;
  tableName: string;
  eventBridgeEndpoint: string;
  eventBusName: string;
  /** LAVA_WEBHOOK_SECRET-style. */
  secret: string;
  visibilityTimeoutSeconds: number;
}

const config = JSON.parse(process.env.LAVA_WORKER_CONFIG ?? '') as WorkerConfig;
const consumer = consumerHandlerFromEnv(
  {
    [ENV.tableName]: config.tableName,
    [ENV.eventBusName]: config.eventBusName,
    [ENV.localSecret]: config.secret,
  },
  {
    dynamodb: new DynamoDBClient(localClientConfig(config.dynamoEndpoint)),
    eventBridge: new EventBridgeClient(localClientConfig(config.eventBridgeEndpoint)),
    write: stdoutWriter,
  },
);
const sqs = new SQSClient(localClientConfig(config.sqsEndpoint));
const pollers = Array.from({ length: CONSUMER.maxConcurrency }, () =>
  startPoller({
    sqs,
    queueUrl: config.queueUrl,
    queueArn: config.queueArn,
    handler: consumer,
    batchSize: CONSUMER.batchSize,
    visibilityTimeoutSeconds: config.visibilityTimeoutSeconds,
    // The crash test wants the batches of a killed worker back as soon as failed records come back.
    inFlightVisibilitySeconds: config.visibilityTimeoutSeconds,
    waitTimeSeconds: 1,
    timeoutMs: FUNCTION_LIMITS.consumer.timeoutSeconds * 1000,
    onError: (message, error) => process.stderr.write(`${message}: ${String(error)}\n`),
  }),
);
const stop = async () => {
  await Promise.all(pollers.map((p) => p.stop()));
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
