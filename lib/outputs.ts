// The stack's outputs: what the CLI reads by key, and what an operator looks up at 3 a.m. Each has a
// description; the keys are fixed (logical ids overridden), so they are the same wherever the
// LavaWebhooks construct sits in a stack, and the CLI finds them in an embedded stack too.
import { CfnOutput } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ForwardingOutput, StackOutput } from './definitions';

const DESCRIPTIONS: Record<StackOutput, string> = {
  WebhookUrl: "Register this URL in Lava's dashboard (POST)",
  SecretArn: "Lava's webhook signing secret (store Lava's value with `lava-webhooks secret`)",
  TableName: 'State table: connection items (CONNECTION#<id>) and the event archive',
  TableArn: 'State table ARN (grant reads with LavaWebhooks.grantReadConnections)',
  QueueUrl: 'Queue between ingest and the consumer',
  QueueArn: 'Queue between ingest and the consumer (ARN)',
  DlqUrl: 'Dead-letter queue: messages that failed five times (`lava-webhooks redrive`)',
  DlqArn: 'Dead-letter queue (ARN)',
  EventBusName: 'EventBridge bus of the domain events (source lava-webhooks)',
  EventBusArn: 'EventBridge bus of the domain events (ARN), for rules of subscribers',
  EventArchiveArn: 'Archive of the domain events, for replay to a new subscriber',
  AlarmTopicArn: 'SNS topic every alarm notifies (subscribe on-call here)',
  IngestFunctionName: 'Ingest function (verifies, enqueues, answers)',
  ConsumerFunctionName: 'Consumer function (applies events, publishes domain events)',
  DashboardUrl: 'CloudWatch dashboard',
  LavaKeySecretArn: "Lava's secret key for the reconciler (empty keeps it off)",
  IngestLogGroupName: 'Log group of the ingest function',
  ConsumerLogGroupName: 'Log group of the consumer function',
  DrainerLogGroupName: 'Log group of the spill drainer function',
  ReconcilerLogGroupName: 'Log group of the reconciler function',
  ApiAccessLogGroupName: "Log group of the API's access log (one JSON line per request)",
  ForwardUrl: "The app's URL the domain events are forwarded to",
  ForwardSecretArn: 'Secret that signs forwarded events (`lava-webhooks forward secret`)',
  ForwardQueueUrl: 'Forwarding queue (events waiting for the app)',
  ForwardQueueArn: 'Forwarding queue (ARN)',
  ForwardDlqUrl: 'Forwarding dead-letter queue (events the app did not take in 24 hours)',
  ForwardDlqArn: 'Forwarding dead-letter queue (ARN)',
  ForwarderFunctionName: 'Forwarder function',
  ForwardingMappingId: 'Event source mapping of the forwarder (`lava-webhooks forward on` enables it)',
  ForwarderLogGroupName: 'Log group of the forwarder function',
};

/** Every output but forwarding's, which exist only with forwarding on. */
export type CoreOutputs = Record<Exclude<StackOutput, ForwardingOutput>, string>;
export type ForwardingOutputs = Record<ForwardingOutput, string>;

export function addOutputs(scope: Construct, values: CoreOutputs & Partial<ForwardingOutputs>): void {
  for (const [key, value] of Object.entries(values) as [StackOutput, string][]) {
    new CfnOutput(scope, key, { value, description: DESCRIPTIONS[key] }).overrideLogicalId(key);
  }
}
