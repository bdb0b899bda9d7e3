// Synthesizes the stack the way bin/app.ts does (cdk.json's feature flags, cdk-nag plugin), once per
// test file. `bundle: false` skips esbuild for files that only look at configuration.
import { readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PROJECT_ROOT } from '../../lib/bundling';
import { readConfig, stackNameFor } from '../../lib/config';
import { LavaWebhooksStack } from '../../lib/lava-webhooks-stack';

/** The context `cdk synth` sees: cdk.json's (feature flags, stage). */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(`${PROJECT_ROOT}cdk.json`, 'utf8')) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

export interface Synthesized {
  app: App;
  stack: LavaWebhooksStack;
  template: Template;
  assembly: CloudAssembly;
  /** cdk-nag's findings that were not acknowledged. */
  nag: ReturnType<AwsSolutionsChecks['validateScope']>;
}

export function synthStack(context: Record<string, unknown> = {}, options = { bundle: true }): Synthesized {
  const app = new App({
    context: {
      ...cdkJsonContext(),
      ...context,
      // An empty list tells the CDK to skip asset bundling for every stack.
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
  const config = readConfig((key) => app.node.tryGetContext(key));
  const stack = new LavaWebhooksStack(app, stackNameFor(config.stage), { config });
  const checks = new AwsSolutionsChecks(app);
  Validations.of(app).addPlugins(checks);
  // Throws if any plugin (cdk-nag) reports an unacknowledged error.
  const assembly = app.synth();
  return {
    app,
    stack,
    template: Template.fromStack(stack),
    assembly,
    nag: new AwsSolutionsChecks(app).validateScope(app),
  };
}

/** What an SQS event source mapping grants its function on the queue (the CDK's SqsEventSource). */
export const SQS_EVENT_SOURCE_ACTIONS = [
  'sqs:ChangeMessageVisibility',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'sqs:GetQueueUrl',
  'sqs:ReceiveMessage',
];
