// Secrets Manager's GetSecretValue and PutSecretValue for the one local secret, in AWS JSON 1.1 shapes.
import { LOCAL_NAMES } from '../lib/definitions';
import { AwsJsonError, type Operation } from './aws-json-server';
import { LOCAL_REGION } from './dynamodb-local';
import type { LocalSecret } from './local-secret';

export const LOCAL_SECRET_ARN = `arn:aws:secretsmanager:${LOCAL_REGION}:000000000000:secret:${LOCAL_NAMES.secret}`;

const notFound = () =>
  new AwsJsonError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");

/**
 * `lavaKey`: Lava's secret key for the reconciler, served under LOCAL_NAMES.lavaKeySecret; without
 * one that secret has no value, as the deployed one before a key is stored (the reconciler is off).
 * `forwardSecret`: the forwarding secret (forwarding on), under LOCAL_NAMES.forwardSecret.
 */
export function secretsManagerOperations(
  secret: LocalSecret,
  lavaKey?: string,
  forwardSecret?: LocalSecret,
): Record<string, Operation> {
  /** The stored secret an id names, and its ARN and name. */
  const secretFor = (input: Record<string, unknown>) => {
    const id = input.SecretId;
    if (id === LOCAL_NAMES.secret || id === LOCAL_SECRET_ARN)
      return { store: secret, identity: { ARN: LOCAL_SECRET_ARN, Name: LOCAL_NAMES.secret } };
    if (forwardSecret && id === LOCAL_NAMES.forwardSecret)
      return { store: forwardSecret, identity: { Name: LOCAL_NAMES.forwardSecret } };
    throw notFound();
  };
  return {
    'secretsmanager.GetSecretValue': (input) => {
      if (input.SecretId === LOCAL_NAMES.lavaKeySecret) {
        if (!lavaKey) {
          throw new AwsJsonError('ResourceNotFoundException', "Secrets Manager can't find the secret value.");
        }
        return { Name: LOCAL_NAMES.lavaKeySecret, SecretString: lavaKey, VersionStages: ['AWSCURRENT'] };
      }
      const { store, identity } = secretFor(input);
      const { secretString, versionId, createdDate } = store.current;
      return {
        ...identity,
        SecretString: secretString,
        VersionId: versionId,
        VersionStages: ['AWSCURRENT'],
        CreatedDate: createdDate,
      };
    },
    'secretsmanager.PutSecretValue': (input) => {
      const { store, identity } = secretFor(input);
      if (typeof input.SecretString !== 'string') {
        throw new AwsJsonError('InvalidParameterException', 'SecretString is required');
      }
      try {
        const { versionId } = store.put(input.SecretString);
        return { ...identity, VersionId: versionId, VersionStages: ['AWSCURRENT'] };
      } catch (error) {
        throw new AwsJsonError('InvalidParameterException', (error as Error).message);
      }
    },
  };
}
