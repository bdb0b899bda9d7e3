// Builds the scheduled reconciler from environment variables: Lava's secret key from its own Secrets
// Manager secret (read at every run; while the secret holds no key the reconciler is off), the table
// and the bus as the consumer uses them. The local stack calls it with its loopback clients.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { dynamoDbStore } from '../core/dynamodb-store';
import { eventBridgePublisher } from '../core/eventbridge-publisher';
import type { FunctionClients } from '../shared/clients';
import {
  DEFAULT_EVENT_TTL_DAYS,
  DEFAULT_LAVA_REQUESTS_PER_SECOND,
  ENV,
  numberFromEnv,
  requiredFromEnv,
} from '../shared/env';
import { telemetryFromEnv } from '../shared/telemetry';
import { dynamoDbReconcileStore } from './dynamodb-reconcile-store';
import { LavaKeyError, lavaApi } from './lava-api';
import { reconcile } from './reconcile';
import type { ReconcileResult } from './run-state';

export type ReconcilerClients = Pick<
  FunctionClients,
  'dynamodb' | 'eventBridge' | 'secretsManager' | 'write'
>;

/** Lava's secret key as stored, or undefined while the secret holds none (the reconciler is off). */
export async function readLavaKey(
  client: SecretsManagerClient,
  secretId: string,
): Promise<string | undefined> {
  try {
    const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    const value = out.SecretString?.trim();
    if (!value) return undefined;
    // The value is never echoed: a wrong one is named by its shape only.
    if (!value.startsWith('aks_'))
      throw new LavaKeyError('the Lava key secret holds something that is not a Lava secret key (aks_…)');
    return value;
  } catch (error) {
    // A secret created without a value has no AWSCURRENT version yet.
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

/** Stops listing with this much of the function's time left; the next run resumes the checkpoint. */
const TIME_MARGIN_MS = 90_000;

export function reconcilerHandlerFromEnv(env: NodeJS.ProcessEnv, clients: ReconcilerClients = {}) {
  const tableName = requiredFromEnv(env, ENV.tableName);
  const busName = requiredFromEnv(env, ENV.eventBusName);
  const keySecretId = requiredFromEnv(env, ENV.lavaKeySecretId);
  const dynamodb = clients.dynamodb ?? new DynamoDBClient({});
  const secretsManager = clients.secretsManager ?? new SecretsManagerClient({ maxAttempts: 3 });
  const publish = eventBridgePublisher(clients.eventBridge ?? new EventBridgeClient({}), busName);
  // One Metrics across invocations is safe: reconcile() flushes it whatever happens.
  const { log, metrics } = telemetryFromEnv(env, 'reconciler', clients.write);

  return async (
    _event?: unknown,
    context?: { getRemainingTimeInMillis(): number },
  ): Promise<{ status: 'off' } | ({ status: 'done' | 'paused' } & ReconcileResult)> => {
    const key = await readLavaKey(secretsManager, keySecretId);
    if (!key) {
      log.info('reconciler off: the Lava key secret holds no key');
      return { status: 'off' };
    }
    const result = await reconcile(
      {
        lava: lavaApi(key, {
          baseUrl: env[ENV.lavaApiBaseUrl] || undefined,
          requestsPerSecond: numberFromEnv(env, ENV.lavaRequestsPerSecond, DEFAULT_LAVA_REQUESTS_PER_SECOND),
          onRetry: (info) => log.warn('Lava API retry', info),
        }),
        store: dynamoDbStore(dynamodb, tableName, {
          eventTtlDays: numberFromEnv(env, ENV.eventTtlDays, DEFAULT_EVENT_TTL_DAYS),
        }),
        checkpoints: dynamoDbReconcileStore(dynamodb, tableName),
        publish,
        log,
        metrics,
      },
      { outOfTime: () => (context ? context.getRemainingTimeInMillis() < TIME_MARGIN_MS : false) },
    );
    log[result.refused ? 'error' : 'info']('reconciled', { ...result });
    return { status: result.complete ? 'done' : 'paused', ...result };
  };
}
