// The clients a caller may hand a function's `…FromEnv` in place of the ones it builds itself: the
// local stack and the benchmarks pass theirs (explicit endpoints, stubbed transports), tests their
// own line writer. Each function takes the ones it uses (`Pick`).
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { LineWriter } from './log';

export interface FunctionClients {
  dynamodb?: DynamoDBClient;
  sqs?: SQSClient;
  eventBridge?: EventBridgeClient;
  secretsManager?: SecretsManagerClient;
  /** Where log and metric lines go (stdout by default). */
  write?: LineWriter;
}
