// CDK entry point (`cdk.json` runs it with tsx). Settings come from context; see README "Configuration".
// Synthesizes without AWS credentials or network: the environment stays unresolved unless the CLI
// knows an account and region.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig, stackNameFor } from '../lib/config';
import { LavaWebhooksStack } from '../lib/lava-webhooks-stack';

const app = new App();
const config = readConfig((key) => app.node.tryGetContext(key));
new LavaWebhooksStack(app, stackNameFor(config.stage), {
  config,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: `lava-webhooks (${config.stage}): Lava webhooks → SQS → DynamoDB, EventBridge`,
  tags: { app: 'lava-webhooks', stage: config.stage },
});
// cdk-nag 3.x runs as a policy-validation plugin: any unacknowledged finding fails the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
