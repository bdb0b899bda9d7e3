// Lambda entry point for POST /webhooks/lava. Clients and caches live per container.
import { SQSClient } from '@aws-sdk/client-sqs';
import { DEFAULT_METRICS_NAMESPACE, DEFAULT_TOLERANCE_SECONDS, ENV, numberFromEnv } from '../shared/env';
import { createLogger } from '../shared/log';
import { Metrics } from '../shared/metrics';
import { secretCacheFromEnv } from '../shared/secret-source';
import { sqsEnqueuer } from '../shared/sqs-enqueue';
import { createIngestHandler } from './ingest';

const env = process.env;
const queueUrl = env[ENV.queueUrl];
if (!queueUrl) throw new Error(`${ENV.queueUrl} is not set`);

export const handler = createIngestHandler({
  secrets: secretCacheFromEnv(env),
  enqueue: sqsEnqueuer(new SQSClient({ maxAttempts: 3 }), queueUrl),
  log: createLogger({ service: 'ingest', level: env[ENV.logLevel] }),
  metrics: new Metrics(env[ENV.metricsNamespace] ?? DEFAULT_METRICS_NAMESPACE, { Service: 'ingest' }),
  toleranceSeconds: numberFromEnv(env, ENV.toleranceSeconds, DEFAULT_TOLERANCE_SECONDS),
});
