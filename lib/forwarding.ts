// Forwarding the domain events to the app (opt-in, `forwardUrl`): a rule on the bus feeds the
// forwarder's queue (every detail-type this stack publishes), the forwarder POSTs each event signed
// with a secret generated here, retries through the same queue on its own schedule, and gives up into
// the forwarding DLQ. Grants are exactly what its handler does; turning itself off after a 410 is the
// one that needs a wildcard (ListEventSourceMappings has no resource-level permission).
import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as events from 'aws-cdk-lib/aws-events';
import * as eventRules from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DOMAIN_EVENT_SOURCE } from '../lambdas/core/eventbridge-publisher';
import { ENV } from '../lambdas/shared/env';
import { FORWARDING } from './definitions';
import { type FunctionLogs, LavaFunction } from './lambda-function';

export interface ForwardingProps extends FunctionLogs {
  /** The app's webhook URL (context `forwardUrl`). */
  url: string;
  bus: events.IEventBus;
  /** Log level and metrics namespace, as the other functions get them. */
  environment: Record<string, string>;
  /** For the secret and the queues. */
  removalPolicy: RemovalPolicy;
}

/** How EventBridge delivers to the queue: its own retries for a day, then the forwarding DLQ. */
const RULE_DELIVERY = { maxEventAge: Duration.hours(24), retryAttempts: 185 } as const;

export class Forwarding extends Construct {
  readonly secret: secretsmanager.Secret;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly rule: eventRules.Rule;
  readonly fn: LavaFunction;
  /** The app's webhook URL. */
  readonly url: string;
  /** The event source mapping's id: `lava-webhooks forward on` enables it again after a 410. */
  readonly mappingId: string;

  constructor(scope: Construct, id: string, props: ForwardingProps) {
    super(scope, id);
    this.url = props.url;
    // 48 letters and digits: valid base64 of 36 bytes, the key behind `whsec_<value>`.
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description:
        'Signs the domain events forwarded to the app (Standard Webhooks: the app verifies with whsec_<this value>; `lava-webhooks forward secret` prints it). JSON {"current","previous"} signs with both during a rotation.',
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
      removalPolicy: props.removalPolicy,
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The app keeps a copy of this secret to verify what it receives, so it is rotated by hand, with the app: ' +
        'store {"current","previous"} (the forwarder signs with both), update the app, then store the new one alone.',
    });

    const queueSettings = {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.seconds(FORWARDING.retentionSeconds),
      removalPolicy: props.removalPolicy,
    };
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', queueSettings);
    this.queue = new sqs.Queue(this, 'Queue', {
      ...queueSettings,
      visibilityTimeout: Duration.seconds(FORWARDING.visibilityTimeoutSeconds),
      // A backstop only: the forwarder dead-letters what its schedule gives up on itself.
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: FORWARDING.maxReceiveCount },
    });
    this.rule = new eventRules.Rule(this, 'Rule', {
      description: 'Every domain event of this stack, to the forwarder',
      eventBus: props.bus,
      eventPattern: { source: [DOMAIN_EVENT_SOURCE] },
      targets: [
        new targets.SqsQueue(this.queue, { ...RULE_DELIVERY, deadLetterQueue: this.deadLetterQueue }),
      ],
    });

    this.fn = new LavaFunction(this, 'Function', {
      name: 'forwarder',
      description: 'Domain events → the app, signed per Standard Webhooks, retried for 24 h',
      environment: {
        ...props.environment,
        [ENV.forwardUrl]: props.url,
        [ENV.forwardSecretId]: this.secret.secretArn,
        [ENV.forwardQueueUrl]: this.queue.queueUrl,
        [ENV.forwardQueueArn]: this.queue.queueArn,
        [ENV.forwardDlqUrl]: this.deadLetterQueue.queueUrl,
      },
      logRetentionDays: props.logRetentionDays,
      logRemovalPolicy: props.logRemovalPolicy,
    });
    this.fn.allow(['secretsmanager:GetSecretValue'], [this.secret.secretArn]);
    // A retry is a copy sent back to its queue; a dead letter, a copy sent to the DLQ.
    this.fn.allow(['sqs:SendMessage'], [this.queue.queueArn, this.deadLetterQueue.queueArn]);
    const source = new SqsEventSource(this.queue, {
      batchSize: FORWARDING.batchSize,
      maxConcurrency: FORWARDING.maxConcurrency,
      reportBatchItemFailures: true,
    });
    this.fn.function.addEventSource(source);
    this.mappingId = source.eventSourceMappingId;
    this.allowTurningItselfOff(source.eventSourceMappingArn);
  }

  /**
   * After a 410 the forwarder disables its own mapping, which it finds by listing (its id cannot be
   * in the function's environment: the mapping is created after the function). The update is granted
   * on that one mapping, in a policy of its own: in the role's default policy, which the function
   * waits for, it would wait for the mapping, which waits for the function.
   */
  private allowTurningItselfOff(mappingArn: string): void {
    this.fn.allow(['lambda:ListEventSourceMappings'], ['*']);
    Validations.of(this.fn.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'lambda:ListEventSourceMappings supports no resource-level permission; the forwarder lists only to find ' +
        'its own mapping, and may update that one mapping alone (the ForwardingSwitch policy).',
    });
    new iam.Policy(this, 'ForwardingSwitch', {
      roles: [this.fn.role],
      statements: [
        new iam.PolicyStatement({
          actions: ['lambda:UpdateEventSourceMapping'],
          resources: [mappingArn],
        }),
      ],
    });
  }
}
