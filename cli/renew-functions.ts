// `--now`: the functions that verify signatures (ingest, consumer) drop their cached copy of the
// signing secret at once. A function's cache lives as long as its instance, and Lambda replaces every
// instance of a function whose configuration changes: so each gets an environment variable naming
// the secret's new version, and once Lambda reports the update done, every invocation runs an
// instance that read the secret after the change. The local stack's Lambda endpoint does the same to
// its functions. Costs a cold start per instance; the variable stays until the next deploy of the
// function resets its environment (read by nothing).
import { setTimeout as sleep } from 'node:timers/promises';
import { ENV } from '../lambdas/shared/env';
import { errorText } from '../local/format';
import { localClientConfig } from '../local/local-clients';
import { CommandError, type Io } from './io';
import type { Target } from './target';

const UPDATE_DEADLINE_MS = 120_000;
const POLL_MS = 1_000;

/** Replaces the instances of every function that verifies signatures; returns once Lambda has. */
export async function renewFunctions(target: Target, version: string, io: Io): Promise<void> {
  const names = target.verifierFunctions;
  if (!names)
    throw new CommandError(
      target.kind === 'local'
        ? 'The local stack was started by an earlier version, without its functions named: restart it (`npm start`) for --now'
        : `${target.name} does not name its functions (outputs IngestFunctionName, ConsumerFunctionName): deploy this version of the stack for --now`,
    );
  // Loaded only here: no other command needs Lambda's client.
  const { LambdaClient, GetFunctionConfigurationCommand, UpdateFunctionConfigurationCommand } = await import(
    '@aws-sdk/client-lambda'
  );
  const lambda = new LambdaClient(target.local ? localClientConfig(target.local.awsEndpoint) : {});
  try {
    for (const name of names) {
      const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }));
      await lambda.send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: name,
          // Only if nobody changed it since it was read (a deploy in progress): never lose a variable.
          RevisionId: config.RevisionId,
          Environment: {
            Variables: { ...config.Environment?.Variables, [ENV.signingSecretVersion]: version },
          },
        }),
      );
    }
    io.err(`Restarting ${names.join(' and ')} so that they read the secret anew…`);
    const deadline = Date.now() + UPDATE_DEADLINE_MS;
    for (const name of names) {
      for (;;) {
        const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }));
        if (config.LastUpdateStatus === 'Successful') break;
        if (config.LastUpdateStatus === 'Failed')
          throw new CommandError(
            `Lambda could not update ${name}: ${config.LastUpdateStatusReason ?? 'no reason given'}`,
          );
        if (Date.now() > deadline)
          throw new CommandError(
            `${name} is still updating after ${UPDATE_DEADLINE_MS / 1000} s; check it in the Lambda console`,
          );
        await sleep(POLL_MS);
      }
    }
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(`Could not restart the functions: ${errorText(error)}`, { cause: error });
  } finally {
    lambda.destroy();
  }
}
