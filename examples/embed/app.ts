// A product's own CDK app with lava-webhooks inside it: the LavaWebhooks construct in the product's
// stack, the product's function allowed to read connection items (and nothing else of the table), and
// its queue subscribed to the domain events. test/embed.test.ts synthesizes it.
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { LavaWebhooks } from 'lava-webhooks';

const app = new App();
const stack = new Stack(app, 'AcmeBilling', {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

const lava = new LavaWebhooks(stack, 'Lava', {
  settings: {
    stage: 'prod',
    // On-call is subscribed to the alarm topic by the platform's own paging integration.
    noAlarmEmail: true,
    throttlingRateLimit: 500,
    throttlingBurstLimit: 1000,
  },
});

// The product reads a customer's connection (balance, status) by its id.
const productRole = new iam.Role(stack, 'ProductRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
});
lava.grantReadConnections(productRole);

// And hears of every change to a connection.
const changes = new sqs.Queue(stack, 'ConnectionChanges', { enforceSSL: true });
lava.onDomainEvent('ToProduct', { target: new targets.SqsQueue(changes) });

new CfnOutput(stack, 'ProductQueueUrl', { value: changes.queueUrl });
