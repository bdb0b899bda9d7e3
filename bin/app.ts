// CDK entry point (`cdk.json` runs it with tsx). Settings come from context: cdk.json's "context", the
// stage's block in it, `-c` flags (docs/configuration.md). Synthesizes without AWS credentials or
// network: the environment stays unresolved unless the CLI knows an account and region.
import { existsSync, readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConfigError, type LavaWebhooksConfig, stackNameFor } from '../lib/config';
import { configFromContext } from '../lib/context-settings';
import { LavaWebhooksStack } from '../lib/lava-webhooks-stack';

/** What cdk.json's "context" says (the toolkit runs the app in cdk.json's folder), to tell it from `-c`. */
function cdkJsonContext(): Record<string, unknown> {
  if (!existsSync('cdk.json')) return {};
  return (
    (JSON.parse(readFileSync('cdk.json', 'utf8')) as { context?: Record<string, unknown> }).context ?? {}
  );
}

const app = new App();
let config: LavaWebhooksConfig;
try {
  config = configFromContext(app.node.getAllContext(), cdkJsonContext());
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // A bad setting is the user's to fix: its message alone, on one line, not a stack trace around it.
  console.error(`lava-webhooks: ${error.message} (settings: docs/configuration.md)`);
  process.exit(1);
}
new LavaWebhooksStack(app, stackNameFor(config.stage), {
  config,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: `lava-webhooks (${config.stage}): Lava webhooks → SQS → DynamoDB, EventBridge`,
  tags: { app: 'lava-webhooks', stage: config.stage },
});
// cdk-nag 3.x runs as a policy-validation plugin: any unacknowledged finding fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
