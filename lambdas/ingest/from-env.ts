// Builds the ingest handler from environment variables. The Lambda entry point calls it once per
// container; the local stack and the benchmarks call it with their own clients (explicit endpoints,
// stubbed transports) so that they run exactly this wiring.

import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DEFAULT_METRICS_NAMESPACE, DEFAULT_TOLERANCE_SECONDS, ENV, numberFromEnv } from '../shared/env';
import { type LineWriter, stdoutWriter } from '../shared/log';
import { secretCacheFromEnv } from '../shared/secret-source';
import { SQS_CLIENT_SETTINGS, sqsEnqueuer } from '../shared/sqs-enqueue';
import { createIngestHandler } from './ingest';

export interface IngestClients {
  sqs?: SQSClient;
  secretsManager?: SecretsManagerClient;
  /** Where log and metric lines go (stdout by default). */
  write?: LineWriter;
}

export function ingestHandlerFromEnv(env: NodeJS.ProcessEnv, clients: IngestClients = {}) {
  const queueUrl = env[ENV.queueUrl];
  if (!queueUrl) throw new Error(`${ENV.queueUrl} is not set`);
  const secrets = secretCacheFromEnv(env, clients.secretsManager);
  // Start fetching the secret now, during the container's init, so that the first request finds it
  // on its way; a failure here is retried by that request.
  secrets.get().catch(() => {});
  return createIngestHandler({
    secrets,
    enqueue: sqsEnqueuer(clients.sqs ?? new SQSClient(SQS_CLIENT_SETTINGS), queueUrl),
    write: clients.write ?? stdoutWriter,
    namespace: env[ENV.metricsNamespace] ?? DEFAULT_METRICS_NAMESPACE,
    toleranceSeconds: numberFromEnv(env, ENV.toleranceSeconds, DEFAULT_TOLERANCE_SECONDS),
  });
}
