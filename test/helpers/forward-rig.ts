// Forwarding on real local servers for one test: the in-process SQS server with the forwarder's queue
// and DLQ, the loopback Secrets Manager serving a forwarding secret, the EventBridge stand-in whose
// rule target queues what the consumer's real publisher puts on the bus, the forwarder driven as
// `npm start` drives it (local/forwarding.ts), and an app that verifies with `standardwebhooks`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { DomainEvent } from '../../lambdas/core/decide';
import { eventBridgePublisher } from '../../lambdas/core/eventbridge-publisher';
import { generateForwardSecret } from '../../lambdas/forwarder/forward-secret';
import { startAwsJsonServer } from '../../local/aws-json-server';
import { DOMAIN_EVENTS_FILE, eventBridgeOperations } from '../../local/eventbridge-sink';
import { FORWARD_SECRET } from '../../local/forward-secret';
import { forwardQueueTarget, startForwarding } from '../../local/forwarding';
import { localClientConfig } from '../../local/local-clients';
import { LocalSecret, stored } from '../../local/local-secret';
import { secretsManagerOperations } from '../../local/secrets-manager-service';
import { createForwardQueues } from '../../local/sqs-queues';
import { startSqs } from './sqs-server';
import { type Script, startReceiver } from './webhook-receiver';

const BUS = 'forward-rig-bus';

export interface RigOptions {
  script?: Script;
  /** FORWARD_RETRY_FIRST_SECONDS, …_MAX_SECONDS, …_FOR_SECONDS, FORWARD_TIMEOUT_SECONDS. */
  env?: NodeJS.ProcessEnv;
}

export async function startForwardRig(options: RigOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lava-forward-'));
  const secret = generateForwardSecret();
  const sqs = await startSqs();
  const queues = await createForwardQueues(sqs.client, 1);
  const aws = await startAwsJsonServer({
    ...secretsManagerOperations(
      new LocalSecret(dir, stored('whsec_unused_signing_secret')),
      undefined,
      new LocalSecret(dir, stored(secret), FORWARD_SECRET),
    ),
    ...eventBridgeOperations(
      join(dir, DOMAIN_EVENTS_FILE),
      BUS,
      forwardQueueTarget(sqs.client, queues.queueUrl),
    ),
  });
  const secretsManager = new SecretsManagerClient(localClientConfig(aws.endpoint));
  const eventBridge = new EventBridgeClient(localClientConfig(aws.endpoint));
  const app = await startReceiver(secret, options.script);
  const lines: Record<string, unknown>[] = [];
  const turnedOff: string[] = [];
  const errors: string[] = [];
  const forwarding = startForwarding({
    url: app.url,
    sqs: sqs.client,
    secretsManager,
    queues,
    // The deployed 10 s timeout unless a test shortens it: a busy machine may answer slowly.
    env: options.env,
    write: (line) => lines.push(JSON.parse(line)),
    visibilityTimeoutSeconds: 1,
    waitTimeSeconds: 1,
    onError: (message, error) => errors.push(`${message}: ${String(error)}`),
    onOff: (reason) => turnedOff.push(reason),
  });
  const publish = eventBridgePublisher(eventBridge, BUS);
  return {
    secret,
    app,
    queues,
    sqs: sqs.client,
    secretsManager,
    lines,
    errors,
    turnedOff,
    forwarding,
    publish: (events: DomainEvent[]) => publish(events),
    /** Puts a raw message in the forwarder's queue, as something other than the rule might. */
    sendRaw: (body: string, attributes: Record<string, number> = {}) =>
      sqs.client.send(
        new SendMessageCommand({
          QueueUrl: queues.queueUrl,
          MessageBody: body,
          MessageAttributes: Object.fromEntries(
            Object.entries(attributes).map(([k, v]) => [k, { DataType: 'Number', StringValue: String(v) }]),
          ),
        }),
      ),
    /** Log lines of the forwarder with this message. */
    logged: (message: string) => lines.filter((l) => l.message === message),
    /** Metric values the forwarder wrote under this name (EMF lines), in order. */
    metric: (name: string) =>
      lines.flatMap((l) => (name in l && '_aws' in l ? ([] as number[]).concat(l[name] as number) : [])),
    /** Everything in the forwarding DLQ (received once, with attributes; it stays invisible a while). */
    async deadLetters() {
      const out = await sqs.client.send(
        new ReceiveMessageCommand({
          QueueUrl: queues.dlqUrl,
          MaxNumberOfMessages: 10,
          MessageAttributeNames: ['All'],
          VisibilityTimeout: 60,
        }),
      );
      return out.Messages ?? [];
    },
    async close() {
      await forwarding.stop();
      await app.close();
      secretsManager.destroy();
      eventBridge.destroy();
      await aws.close();
      await sqs.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type ForwardRig = Awaited<ReturnType<typeof startForwardRig>>;
