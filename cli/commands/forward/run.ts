// `lava-webhooks forward …`: the forwarding secret for the app, a signed test POST, the state of
// forwarding, turning it on again after a 410, and a redrive of the forwarding DLQ.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { parseForwardSecret } from '../../../lambdas/forwarder/forward-secret';
import { MAX_TIMEOUT_SECONDS } from '../../../lambdas/forwarder/from-env';
import { type Answer, postWebhook } from '../../../lambdas/forwarder/post';
import { webhookHeaders } from '../../../lambdas/forwarder/sign';
import { ENV } from '../../../lambdas/shared/env';
import { plural } from '../../../local/format';
import { FORWARD_SECRET_FILE } from '../../../local/forward-secret';
import { readStoredSecret } from '../../../local/local-secret';
import { type CommandRun, type CommandValues, isDeployed, targetOptions } from '../../command';
import { CommandError, type Io } from '../../io';
import { noPositionals, subcommand } from '../../options';
import { redrive } from '../../redrive-dlq';
import { type Target, withTarget } from '../../target';
import type { forwardOptions } from './declaration';

type ForwardValues = CommandValues<typeof forwardOptions>;

/** Where a stack forwards to, its secret's id and its queues. */
interface Forwarding {
  url: string;
  secretId: string;
  queueUrl: string;
  queueArn: string;
  dlqUrl: string;
  dlqArn: string;
  /** Deployed: the forwarder's event source mapping. */
  mappingId?: string;
  /** Local: from stack.json. */
  state?: 'on' | 'off';
}

function forwardingOf(target: Target): Forwarding {
  if (target.local) {
    if (target.local.forwarding) return target.local.forwarding;
    throw new CommandError(
      `The local stack does not forward: start it with ${ENV.forwardUrl}=https://your-app.example/api/lava-events npm start`,
    );
  }
  const o = target.outputs ?? {};
  const { ForwardUrl, ForwardSecretArn, ForwardQueueUrl, ForwardQueueArn, ForwardDlqUrl, ForwardDlqArn } = o;
  if (
    !ForwardUrl ||
    !ForwardSecretArn ||
    !ForwardQueueUrl ||
    !ForwardQueueArn ||
    !ForwardDlqUrl ||
    !ForwardDlqArn
  ) {
    throw new CommandError(
      `${target.stackName} does not forward: deploy it with -c forwardUrl=https://your-app.example/api/lava-events`,
    );
  }
  return {
    url: ForwardUrl,
    secretId: ForwardSecretArn,
    queueUrl: ForwardQueueUrl,
    queueArn: ForwardQueueArn,
    dlqUrl: ForwardDlqUrl,
    dlqArn: ForwardDlqArn,
    mappingId: o.ForwardingMappingId,
  };
}

async function storedSecrets(target: Target, forwarding: Forwarding): Promise<string[]> {
  const out = await target
    .secretsManager()
    .send(new GetSecretValueCommand({ SecretId: forwarding.secretId }));
  return parseForwardSecret(out.SecretString);
}

/**
 * The forwarding secrets (current first) and, unless only the secret is asked for while the local
 * stack is stopped, the stack: the state folder keeps the secret the stack serves.
 */
async function withForwarding<T>(
  values: ForwardValues,
  io: Io,
  use: (target: Target, forwarding: Forwarding) => Promise<T>,
): Promise<T> {
  return withTarget(targetOptions(values, io.env), (target) => use(target, forwardingOf(target)));
}

async function localSecretsWhileStopped(
  values: ForwardValues,
  io: Io,
  cause: CommandError,
): Promise<string[]> {
  const { stateDir } = targetOptions(values, io.env);
  const kept = readStoredSecret(stateDir, FORWARD_SECRET_FILE);
  if (!kept) {
    throw new CommandError(
      `${cause.message}\nNo ${join(stateDir, FORWARD_SECRET_FILE)} either: \`${ENV.forwardUrl}=… npm start\` makes one.`,
      {
        cause,
      },
    );
  }
  io.err(
    `(the stack is not running: this is the secret kept in ${join(stateDir, FORWARD_SECRET_FILE)}, unless ${ENV.forwardSecret} overrides it)`,
  );
  return parseForwardSecret(kept.secretString);
}

async function showSecret(values: ForwardValues, io: Io): Promise<number> {
  let secrets: string[];
  try {
    secrets = await withForwarding(values, io, storedSecrets);
  } catch (error) {
    if (isDeployed(values) || !(error instanceof CommandError) || error.message.includes('does not forward'))
      throw error;
    secrets = await localSecretsWhileStopped(values, io, error);
  }
  const [current, previous] = secrets;
  io.out(values.json ? JSON.stringify({ current, previous: previous ?? null }) : String(current));
  return 0;
}

/** Why an answer is not the 2xx a forward needs, and what to look at. */
function diagnosis(answer: Answer): string {
  if (answer.kind === 'timeout')
    return `The app did not answer within ${MAX_TIMEOUT_SECONDS} s: the forwarder would retry.`;
  if (answer.kind === 'unreachable')
    return `Could not reach the app (${answer.error}): the forwarder would retry.`;
  const { status } = answer;
  if (status === 401 || status === 403)
    return 'The app refused the signature: give it the secret `lava-webhooks forward secret` prints (whsec_…).';
  if (status === 410) return 'The app answered 410 Gone: the forwarder would turn forwarding off.';
  if (status === 404) return 'The app has no such route: check the forwarding URL.';
  return `The app answered ${status}: the forwarder would retry.`;
}

async function sendTest(values: ForwardValues, io: Io): Promise<number> {
  const { url, secrets } = await withForwarding(values, io, async (target, forwarding) => ({
    url: values.url ?? forwarding.url,
    secrets: await storedSecrets(target, forwarding),
  }));
  const webhookId = `msg_test_${randomUUID().replaceAll('-', '')}`;
  const now = Date.now();
  const body = JSON.stringify({
    type: 'ForwardTest',
    timestamp: new Date(Math.floor(now / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
    data: {
      connectionId: 'con_forward_test',
      sourceEventId: webhookId,
      message: 'lava-webhooks forward test',
    },
  });
  io.err(`POST ${url} (webhook-id ${webhookId}) …`);
  const answer = await postWebhook({
    url,
    headers: webhookHeaders(webhookId, body, secrets, now),
    body,
    timeoutMs: MAX_TIMEOUT_SECONDS * 1000,
  });
  if (answer.kind !== 'answered') {
    io.out(answer.kind === 'timeout' ? `no answer in ${answer.ms} ms` : `unreachable: ${answer.error}`);
    throw new CommandError(diagnosis(answer));
  }
  io.out(`${answer.status} in ${answer.ms} ms`);
  if (answer.body) io.out(answer.body);
  if (answer.status < 200 || answer.status >= 300) throw new CommandError(diagnosis(answer));
  return 0;
}

/** What a forwarding queue holds: visible, being forwarded, and delayed copies waiting to be retried. */
export async function forwardQueueDepth(sqs: SQSClient, queueUrl: string) {
  const out = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    }),
  );
  const a = out.Attributes ?? {};
  return {
    waiting: Number(a.ApproximateNumberOfMessages ?? 0),
    inFlight: Number(a.ApproximateNumberOfMessagesNotVisible ?? 0),
    retryLater: Number(a.ApproximateNumberOfMessagesDelayed ?? 0),
  };
}

/** On or off: deployed, the state of the forwarder's event source mapping. */
async function stateOf(forwarding: Forwarding): Promise<string> {
  if (forwarding.state) return forwarding.state;
  if (!forwarding.mappingId) return 'unknown';
  const { LambdaClient, GetEventSourceMappingCommand } = await import('@aws-sdk/client-lambda');
  const client = new LambdaClient({});
  try {
    const out = await client.send(new GetEventSourceMappingCommand({ UUID: forwarding.mappingId }));
    return out.State === 'Enabled' ? 'on' : out.State === 'Disabled' ? 'off' : (out.State ?? 'unknown');
  } finally {
    client.destroy();
  }
}

async function status(values: ForwardValues, io: Io): Promise<number> {
  return withForwarding(values, io, async (target, forwarding) => {
    const [state, queue, dlq] = await Promise.all([
      stateOf(forwarding),
      forwardQueueDepth(target.sqs(), forwarding.queueUrl),
      forwardQueueDepth(target.sqs(), forwarding.dlqUrl),
    ]);
    const deadLetters = dlq.waiting + dlq.inFlight;
    if (values.json) {
      io.out(JSON.stringify({ url: forwarding.url, state, queue, deadLetters }));
      return 0;
    }
    const off =
      state === 'off'
        ? ' (the app answered 410 Gone: `lava-webhooks forward on` once it takes events again)'
        : '';
    io.out(`forwarding to    ${forwarding.url}`);
    io.out(`state            ${state}${off}`);
    io.out(
      `queued           ${plural(queue.waiting + queue.inFlight, 'event')} (${queue.inFlight} being forwarded), ${queue.retryLater} waiting to be retried`,
    );
    io.out(
      `forwarding DLQ   ${plural(deadLetters, 'event')}${deadLetters ? ': `lava-webhooks forward redrive` once the app is fixed' : ''}`,
    );
    return 0;
  });
}

async function turnOn(values: ForwardValues, io: Io): Promise<number> {
  return withForwarding(values, io, async (target, forwarding) => {
    if (target.local || !forwarding.mappingId) {
      throw new CommandError(
        'Locally, restart `npm start`: forwarding is on again from the start, and the events that waited are sent.',
      );
    }
    const [{ LambdaClient }, { setMappingEnabled }] = await Promise.all([
      import('@aws-sdk/client-lambda'),
      import('../../../lambdas/forwarder/mapping-switch'),
    ]);
    const client = new LambdaClient({});
    try {
      const state = await setMappingEnabled(client, forwarding.mappingId, true);
      const { waiting, retryLater } = await forwardQueueDepth(target.sqs(), forwarding.queueUrl);
      io.out(
        `Forwarding turned on (${state}): ${plural(waiting + retryLater, 'event')} waiting go to the app now.`,
      );
      return 0;
    } finally {
      client.destroy();
    }
  });
}

async function redriveForwarding(values: ForwardValues, io: Io): Promise<number> {
  return withForwarding(values, io, async (target, forwarding) => {
    const moved = await redrive(target, forwarding, io);
    io.out(`Moved ${plural(moved, 'event')} from the forwarding DLQ back to the forwarder's queue.`);
    return 0;
  });
}

export const run: CommandRun<typeof forwardOptions> = async (values, positionals, io) => {
  const { word, rest } = subcommand('forward', positionals, ['secret', 'test', 'status', 'on', 'redrive']);
  noPositionals(rest);
  if (word === 'secret') return showSecret(values, io);
  if (word === 'test') return sendTest(values, io);
  if (word === 'status') return status(values, io);
  if (word === 'on') return turnOn(values, io);
  return redriveForwarding(values, io);
};
