// The local stack's services, each a phase returning its stop (see running.ts): the state folder's
// lock, the webhook port, DynamoDB Local, the SQS server, the loopback Secrets Manager + EventBridge
// + Lambda endpoint, and the SDK clients that talk to them.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL, LOCAL_NAMES } from '../lib/definitions';
import { startAwsJsonServer } from './aws-json-server';
import {
  type SupervisedDynamoDb,
  type SupervisorOptions,
  superviseDynamoDbLocal,
} from './dynamodb-supervisor';
import { eventBridgeOperations, type RuleTarget } from './eventbridge-sink';
import { FORWARD_SECRET } from './forward-secret';
import { type LocalFunction, lambdaRoutes } from './lambda-service';
import { localClientConfig } from './local-clients';
import { LocalSecret, type StoredSecret } from './local-secret';
import type { Stop } from './running';
import { secretsManagerOperations } from './secrets-manager-service';
import { SQS_JOURNAL_FILE, startSqsServer } from './sqs-queues';
import { lockStateDir } from './state-lock';
import { startWebhookServer } from './webhook-server';

const DYNAMODB_PID_FILE = 'dynamodb.pid';

type OnError = (message: string, error: unknown) => void;

/** A folder in use is refused here, before anything touches what its stack owns. */
export function lockPhase(stateDir: string): { stop: Stop } {
  mkdirSync(stateDir, { recursive: true });
  const lock = lockStateDir(stateDir);
  return { stop: () => lock.release() };
}

/** The webhook port, bound early so that a taken port fails before Java starts; 503 until served. */
export async function listenPhase(port: number, onError: OnError) {
  const web = await startWebhookServer({
    port,
    maxRequestBytes: LOCAL.maxRequestBytes,
    onError: (e) => onError('webhook request failed', e),
  });
  return { web, stop: () => web.close() };
}

/** DynamoDB Local under supervision in the state folder, or the endpoint given (tests share one). */
export async function dynamoDbPhase(
  stateDir: string,
  given: string | undefined,
  notify: (message: string) => void,
  supervision: Pick<SupervisorOptions, 'failuresBeforeUnavailable' | 'retryDelaysMs'> | undefined,
): Promise<{ endpoint: string; dynamoDb?: SupervisedDynamoDb; stop: Stop }> {
  if (given) return { endpoint: given, stop: () => {} };
  const dbPath = join(stateDir, 'dynamodb');
  mkdirSync(dbPath, { recursive: true });
  const dynamoDb = await superviseDynamoDbLocal({
    dbPath,
    pidFile: join(stateDir, DYNAMODB_PID_FILE),
    notify,
    ...supervision,
  });
  return { endpoint: dynamoDb.endpoint, dynamoDb, stop: () => dynamoDb.stop() };
}

/** The in-process SQS server, its messages journaled in the state folder. */
export async function sqsServerPhase(stateDir: string, onError: OnError) {
  const sqsServer = await startSqsServer({ journalFile: join(stateDir, SQS_JOURNAL_FILE), onError });
  return { sqsServer, stop: () => sqsServer.close() };
}

export interface AwsEndpointOptions {
  stateDir: string;
  signingSecret: StoredSecret;
  lavaSecretKey?: string;
  /** The forwarding secret, when forwarding is on. */
  forwardSecret?: StoredSecret;
  domainEventsFile: string;
  /** The forwarding rule's target, once its queue exists (before anything can publish). */
  forwardTarget?: () => RuleTarget | undefined;
  /** The functions the Lambda API may restart, registered once built. */
  functions: Map<string, LocalFunction>;
}

/** Secrets Manager, EventBridge and the Lambda API's configuration update, on one loopback port. */
export async function awsEndpointPhase(o: AwsEndpointOptions) {
  const { forwardTarget } = o;
  const aws = await startAwsJsonServer(
    {
      ...secretsManagerOperations(
        new LocalSecret(o.stateDir, o.signingSecret),
        o.lavaSecretKey,
        o.forwardSecret === undefined
          ? undefined
          : new LocalSecret(o.stateDir, o.forwardSecret, FORWARD_SECRET),
      ),
      ...eventBridgeOperations(
        o.domainEventsFile,
        LOCAL_NAMES.eventBus,
        forwardTarget ? (events) => (forwardTarget() as RuleTarget)(events) : undefined,
      ),
    },
    0,
    lambdaRoutes(o.functions),
  );
  return { aws, stop: () => aws.close() };
}

/** The SDK clients of the handlers and the pollers, pointed at the loopback services. */
export function clientsPhase(endpoints: { dynamoDb: string; sqs: string; aws: string }) {
  const clients = {
    dynamodb: new DynamoDBClient(localClientConfig(endpoints.dynamoDb)),
    sqs: new SQSClient({ ...localClientConfig(endpoints.sqs), maxAttempts: 3 }),
    pollerSqs: new SQSClient(localClientConfig(endpoints.sqs)),
    secretsManager: new SecretsManagerClient({ ...localClientConfig(endpoints.aws), maxAttempts: 2 }),
    eventBridge: new EventBridgeClient(localClientConfig(endpoints.aws)),
  };
  return {
    clients,
    stop: () => {
      for (const client of Object.values(clients)) client.destroy();
    },
  };
}

export type LocalClients = ReturnType<typeof clientsPhase>['clients'];
