// The local stack with Lava's API as the loopback fake (its key and URL given to the stack and to the
// CLI), on the run's DynamoDB Local, in a state folder of its own: for connect, reconcile and the
// secret commands.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ENV } from '../../lambdas/shared/env';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../../local/local-stack';
import { type CliResult, cli } from './cli';
import { type FakeLava, startFakeLava } from './fake-lava';

export interface StackWithLava {
  fake: FakeLava;
  stack: LocalStack;
  stateDir: string;
  /** The environment the CLI runs with: Lava's key and URL. */
  env: NodeJS.ProcessEnv;
  /** Runs the CLI against this stack. */
  run(...args: string[]): Promise<CliResult>;
  stop(): Promise<void>;
}

export async function startStackWithLava(options: LocalStackOptions = {}): Promise<StackWithLava> {
  const stateDir = mkdtempSync(join(tmpdir(), 'lava-stack-'));
  const fake = await startFakeLava();
  const env = { [ENV.lavaSecretKey]: fake.secretKey, [ENV.lavaApiBaseUrl]: fake.baseUrl };
  const stack = await startLocalStack({
    stateDir,
    port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: `lava-${randomUUID()}`,
    visibilityTimeoutSeconds: 1,
    lavaSecretKey: fake.secretKey,
    lavaApiBaseUrl: fake.baseUrl,
    reconcileIntervalSeconds: 0,
    ...options,
  });
  return {
    fake,
    stack,
    stateDir,
    env,
    run: (...args) => cli([...args, '--state-dir', stateDir], { env }),
    async stop() {
      await stack.stop();
      await fake.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
