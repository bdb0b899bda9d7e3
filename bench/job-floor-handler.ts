// The floor that does ingest's whole job as a Lambda entry (the cold-start reference with a target):
// the signing secret read from Secrets Manager when the first request needs it, then one message
// sent: both first calls of their SDK clients, as they are for ingest.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { createFloorHandler } from './floor';

const secretsManager = new SecretsManagerClient({});
let secret: Promise<string> | undefined;
const readSecret = () => {
  secret ??= secretsManager
    .send(new GetSecretValueCommand({ SecretId: process.env.SECRET_ID }))
    .then((out) => out.SecretString ?? '');
  return secret;
};

export const handler = createFloorHandler(new SQSClient({}), process.env.QUEUE_URL ?? '', readSecret);
