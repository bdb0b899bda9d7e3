// The scheduled reconciler's entry: off while the Lava key secret holds no key; a wrong value is
// refused without being echoed. Secrets Manager mocked.
import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { readLavaKey, reconcilerHandlerFromEnv } from '../lambdas/reconciler/from-env';
import { ENV } from '../lambdas/shared/env';

const sm = mockClient(SecretsManagerClient);
const client = () => new SecretsManagerClient({ region: 'us-east-1' });
afterEach(() => sm.reset());

describe('readLavaKey', () => {
  it('is undefined while the secret has no value or a blank one', async () => {
    sm.on(GetSecretValueCommand).rejectsOnce(
      new ResourceNotFoundException({ message: "can't find the secret value", $metadata: {} }),
    );
    expect(await readLavaKey(client(), 'arn:key')).toBeUndefined();
    sm.on(GetSecretValueCommand).resolves({ SecretString: ' \n' });
    expect(await readLavaKey(client(), 'arn:key')).toBeUndefined();
  });

  it('returns a key, trimmed, and refuses anything else without echoing it', async () => {
    sm.on(GetSecretValueCommand).resolves({ SecretString: 'aks_test_abc\n' });
    expect(await readLavaKey(client(), 'arn:key')).toBe('aks_test_abc');
    sm.on(GetSecretValueCommand).resolves({ SecretString: 'sk_live_not_lava' });
    const error = await readLavaKey(client(), 'arn:key').catch((e: unknown) => e as Error);
    expect(String(error)).toContain('LavaKeyError: the Lava key secret holds something that is not a Lava');
    expect(String(error)).not.toContain('sk_live_not_lava');
  });
});

describe('reconcilerHandlerFromEnv', () => {
  it('does nothing but say so while no key is stored', async () => {
    sm.on(GetSecretValueCommand).resolves({ SecretString: '' });
    const lines: string[] = [];
    const handler = reconcilerHandlerFromEnv(
      {
        [ENV.tableName]: 't',
        [ENV.eventBusName]: 'b',
        [ENV.lavaKeySecretId]: 'arn:key',
        AWS_REGION: 'us-east-1',
      },
      { secretsManager: client(), write: (l) => lines.push(l) },
    );
    expect(await handler()).toEqual({ status: 'off' });
    expect(lines.join('\n')).toContain('reconciler off');
  });

  it('needs its table, bus and key secret named', () => {
    expect(() => reconcilerHandlerFromEnv({ [ENV.tableName]: 't', [ENV.eventBusName]: 'b' })).toThrow(
      expect.objectContaining({ name: 'EnvError', message: `${ENV.lavaKeySecretId} is not set` }),
    );
  });
});
