// CDK entry point (`cdk.json` runs it with tsx). Settings come from context; see README "Configuration".
// Synthesizes without AWS credentials or network: the environment stays unresolved unless the CLI
// knows an account and region.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConfigError, type LavaWebhooksConfig, readConfig, stackNameFor } from '../lib/config';
import { LavaWebhooksStack } from '../lib/lava-webhooks-stack';

const app = new App();
let config: LavaWebhooksConfig;
try {
  config = readConfig((key) => app.node.tryGetContext(key));
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // A bad setting is the user's to fix: its message alone, not a stack trace around it.
  console.error(`lava-webhooks: ${error.message}\nSettings: README.md "Configuration".`);
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
