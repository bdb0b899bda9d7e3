// Secrets Manager's GetSecretValue and PutSecretValue for the one local secret, in AWS JSON 1.1 shapes.
import { LOCAL_NAMES } from '../lib/definitions';
import { AwsJsonError, type Operation } from './aws-json-server';
import { LOCAL_REGION } from './dynamodb-local';
import type { LocalSecret } from './local-secret';

export const LOCAL_SECRET_ARN = `arn:aws:secretsmanager:${LOCAL_REGION}:000000000000:secret:${LOCAL_NAMES.secret}`;

function checkId(input: Record<string, unknown>): void {
  const id = input.SecretId;
  if (id !== LOCAL_NAMES.secret && id !== LOCAL_SECRET_ARN) {
    throw new AwsJsonError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
  }
}

/**
 * `lavaKey`: Lava's secret key for the reconciler, served under LOCAL_NAMES.lavaKeySecret; without
 * one that secret has no value, as the deployed one before a key is stored (the reconciler is off).
 */
export function secretsManagerOperations(secret: LocalSecret, lavaKey?: string): Record<string, Operation> {
  const identity = { ARN: LOCAL_SECRET_ARN, Name: LOCAL_NAMES.secret };
  return {
    'secretsmanager.GetSecretValue': (input) => {
      if (input.SecretId === LOCAL_NAMES.lavaKeySecret) {
        if (!lavaKey) {
          throw new AwsJsonError('ResourceNotFoundException', "Secrets Manager can't find the secret value.");
        }
        return { Name: LOCAL_NAMES.lavaKeySecret, SecretString: lavaKey, VersionStages: ['AWSCURRENT'] };
      }
      checkId(input);
      const { secretString, versionId, createdDate } = secret.current;
      return {
        ...identity,
        SecretString: secretString,
        VersionId: versionId,
        VersionStages: ['AWSCURRENT'],
        CreatedDate: createdDate,
      };
    },
    'secretsmanager.PutSecretValue': (input) => {
      checkId(input);
      if (typeof input.SecretString !== 'string') {
        throw new AwsJsonError('InvalidParameterException', 'SecretString is required');
      }
      try {
        const { versionId } = secret.put(input.SecretString);
        return { ...identity, VersionId: versionId, VersionStages: ['AWSCURRENT'] };
      } catch (error) {
        throw new AwsJsonError('InvalidParameterException', (error as Error).message);
      }
    },
  };
}
