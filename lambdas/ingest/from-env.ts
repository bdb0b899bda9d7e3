// Builds the ingest handler from environment variables. The Lambda entry point calls it once per
// container; the local stack and the benchmarks call it with their own clients (explicit endpoints,
// stubbed transports) so that they run exactly this wiring.

import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { FunctionClients } from '../shared/clients';
import type { DeadlineSignal } from '../shared/deadline';
import {
  DEFAULT_TOLERANCE_SECONDS,
  ENV,
  metricsNamespaceFromEnv,
  numberFromEnv,
  requiredFromEnv,
} from '../shared/env';
import { stdoutWriter } from '../shared/log';
import type { QueuedWebhook } from '../shared/queue-message';
import { secretCacheFromEnv } from '../shared/secret-source';
import { SQS_CLIENT_SETTINGS, sqsEnqueuer } from '../shared/sqs-enqueue';
import { createIngestHandler } from './ingest';

/** `dynamodb` is for the spill table; built on first use otherwise (SQS failing is rare: no cold-start cost). */
export type IngestClients = Pick<FunctionClients, 'sqs' | 'secretsManager' | 'dynamodb' | 'write'>;

/**
 * The spill writer, loaded when SQS first fails: `import()`, so that the bundle keeps it (and the
 * DynamoDB client under it) in a chunk of its own that a cold start never reads (lib/bundling.ts
 * splits code). Loading it then costs a few milliseconds on a request that already waited for SQS.
 */
function lazySpill(tableName: string, client?: DynamoDBClient) {
  let writer: Promise<(message: QueuedWebhook, signal?: DeadlineSignal) => Promise<void>> | undefined;
  const load = () =>
    import('./spill-writer')
      .then(({ spillWriterFor }) => spillWriterFor(tableName, client))
      .catch((error: unknown) => {
        writer = undefined; // not kept: the next request tries to load it again
        throw error;
      });
  return async (message: QueuedWebhook, signal?: DeadlineSignal) => {
    writer ??= load();
    return (await writer)(message, signal);
  };
}

export function ingestHandlerFromEnv(env: NodeJS.ProcessEnv, clients: IngestClients = {}) {
  const queueUrl = requiredFromEnv(env, ENV.queueUrl);
  const secrets = secretCacheFromEnv(env, clients.secretsManager);
  // Start fetching the secret now, during the container's init, so that the first request finds it
  // on its way; a failure here is retried by that request.
  secrets.get().catch(() => {});
  return createIngestHandler({
    secrets,
    enqueue: sqsEnqueuer(clients.sqs ?? new SQSClient(SQS_CLIENT_SETTINGS), queueUrl),
    spill: env[ENV.tableName] ? lazySpill(env[ENV.tableName] as string, clients.dynamodb) : undefined,
    write: clients.write ?? stdoutWriter,
    namespace: metricsNamespaceFromEnv(env),
    toleranceSeconds: numberFromEnv(env, ENV.toleranceSeconds, DEFAULT_TOLERANCE_SECONDS),
  });
}
