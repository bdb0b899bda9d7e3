// Forwarding on one machine: the forwarder's real handler (lambdas/forwarder/from-env.ts) fed from the
// forwarder's queue by pollers that behave like its event source mapping. A 410 from the app stops
// them, as disabling the mapping does deployed: the events wait in the (journaled) queue until
// forwarding is turned on again (a restart of the stack).
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { forwarderHandlerFromEnv } from '../lambdas/forwarder/from-env';
import { ENV } from '../lambdas/shared/env';
import type { LineWriter } from '../lambdas/shared/log';
import { FORWARDING, FUNCTION_LIMITS, LOCAL_NAMES } from '../lib/definitions';
import type { RuleTarget } from './eventbridge-sink';
import { type Poller, startPoller } from './sqs-poller';
import type { Queues } from './sqs-queues';

/** The forwarding rule's target, as deployed: each event, as JSON, a message in the forwarder's queue. */
export function forwardQueueTarget(sqs: SQSClient, queueUrl: string): RuleTarget {
  return async (events) => {
    for (let i = 0; i < events.length; i += 10) {
      const out = await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: events.slice(i, i + 10).map((e, n) => ({ Id: String(n), MessageBody: JSON.stringify(e) })),
        }),
      );
      if (out.Failed?.length)
        throw new Error(`SQS refused a forwarded event: ${out.Failed[0]?.Message ?? ''}`);
    }
  };
}

export interface LocalForwardingOptions {
  /** The app's URL (FORWARD_URL). */
  url: string;
  sqs: SQSClient;
  /** Serves the forwarding secret under LOCAL_NAMES.forwardSecret. */
  secretsManager: SecretsManagerClient;
  queues: Queues;
  /** FORWARD_RETRY_*, FORWARD_TIMEOUT_SECONDS, LOG_LEVEL, METRICS_NAMESPACE, as set for the stack. */
  env?: NodeJS.ProcessEnv;
  write: LineWriter;
  /** How soon a record the forwarder could not reschedule comes back. */
  visibilityTimeoutSeconds: number;
  waitTimeSeconds: number;
  onError?: (message: string, error: unknown) => void;
  /** Forwarding was turned off (the app answered 410). */
  onOff?: (reason: string) => void;
}

export interface LocalForwarding {
  state(): 'on' | 'off';
  /** Starts the pollers again after a 410. */
  turnOn(): void;
  stop(): Promise<void>;
}

const PASSED_THROUGH = [
  ENV.forwardRetryFirstSeconds,
  ENV.forwardRetryMaxSeconds,
  ENV.forwardRetryForSeconds,
  ENV.forwardTimeoutSeconds,
  ENV.logLevel,
  ENV.metricsNamespace,
] as const;

/** The forwarder's environment: the local names, and a schedule short enough to watch. */
function forwarderEnv(options: LocalForwardingOptions): NodeJS.ProcessEnv {
  const { localSchedule } = FORWARDING;
  const env: NodeJS.ProcessEnv = {
    [ENV.forwardUrl]: options.url,
    [ENV.forwardSecretId]: LOCAL_NAMES.forwardSecret,
    [ENV.forwardQueueUrl]: options.queues.queueUrl,
    [ENV.forwardQueueArn]: options.queues.queueArn,
    [ENV.forwardDlqUrl]: options.queues.dlqUrl,
    [ENV.forwardRetryFirstSeconds]: String(localSchedule.firstSeconds),
    [ENV.forwardRetryMaxSeconds]: String(localSchedule.maxSeconds),
    [ENV.forwardRetryForSeconds]: String(localSchedule.forSeconds),
  };
  for (const name of PASSED_THROUGH) if (options.env?.[name] !== undefined) env[name] = options.env[name];
  return env;
}

export function startForwarding(options: LocalForwardingOptions): LocalForwarding {
  let pollers: Poller[] = [];
  let state: 'on' | 'off' = 'on';
  const stopPollers = () => {
    const stopping = pollers;
    pollers = [];
    return Promise.all(stopping.map((p) => p.stop()));
  };
  const handler = forwarderHandlerFromEnv(forwarderEnv(options), {
    sqs: options.sqs,
    secretsManager: options.secretsManager,
    write: options.write,
    turnOff: async (reason) => {
      if (state === 'off') return;
      state = 'off';
      // Not awaited: this runs inside a poller's batch, which its stop() waits for.
      void stopPollers();
      options.onOff?.(reason);
    },
  });
  const start = () => {
    pollers = Array.from({ length: FORWARDING.maxConcurrency }, () =>
      startPoller({
        sqs: options.sqs,
        queueUrl: options.queues.queueUrl,
        queueArn: options.queues.queueArn,
        handler,
        batchSize: FORWARDING.batchSize,
        visibilityTimeoutSeconds: options.visibilityTimeoutSeconds,
        waitTimeSeconds: options.waitTimeSeconds,
        timeoutMs: FUNCTION_LIMITS.forwarder.timeoutSeconds * 1000,
        onError: options.onError,
      }),
    );
  };
  start();
  return {
    state: () => state,
    turnOn() {
      if (state === 'on') return;
      state = 'on';
      start();
    },
    async stop() {
      await stopPollers();
    },
  };
}
