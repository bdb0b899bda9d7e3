// The integration test, in the CDK's way (@aws-cdk/integ-tests-alpha): a throwaway stage of the real
// stack plus an assertion stack whose custom resources drive it once deployed. `npm run integ`
// (test/integ/run.ts) deploys both, reads the assertion results and destroys both; the offline
// snapshot check (test/stack-integ-snapshot.test.ts) synthesizes this same app.
//
// What it proves on AWS, in order: a known secret is stored; a webhook signed with it and posted to
// the stage's URL gets 200; the connection item appears in the table; a domain event reaches a rule's
// target on the bus. In parallel: an alarm set to ALARM runs its SNS action successfully, which proves
// the KMS key policy and the topic policy let CloudWatch publish.
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { DOMAIN_EVENT_SOURCE } from '../../lambdas/consumer/eventbridge-publisher';
import { signatureHeader } from '../../lambdas/shared/signing';
import { connectionKey, TABLE } from '../../lambdas/shared/table-schema';
import { readConfig, stackNameFor } from '../../lib/config';
import { LavaWebhooksStack } from '../../lib/lava-webhooks-stack';

/** Not `prod`: everything is destroyed with the stack. */
export const INTEG_STAGE = 'integ';
/** Known to the test only; the stage lives for the length of one run. */
export const INTEG_SECRET = 'lava-webhooks-integration-test-secret';
/** Context key of the run's id, so that a run never meets a connection a failed earlier run left. */
export const RUN_ID_KEY = 'integRunId';
export const SNAPSHOT_RUN_ID = 'snapshot';

const WAIT = { totalTimeout: Duration.minutes(5), interval: Duration.seconds(10) };

export function buildIntegApp(context: Record<string, unknown> = {}) {
  const app = new App({ context });
  const runId = String(app.node.tryGetContext(RUN_ID_KEY) ?? SNAPSHOT_RUN_ID);
  // Every setting at its default, whatever cdk.json's context says (only its feature flags apply).
  const config = readConfig((key) => (key === 'stage' ? INTEG_STAGE : undefined));
  const stack = new LavaWebhooksStack(app, stackNameFor(INTEG_STAGE), {
    config,
    description: 'lava-webhooks integration test stage: deployed and destroyed by npm run integ',
  });

  // The test's subscriber: a rule for this run's connection, into a queue the assertions read.
  const connectionId = `con_test_integ_${runId}`;
  const probe = new sqs.Queue(stack, 'IntegDomainEventProbe', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.hours(1),
    removalPolicy: RemovalPolicy.DESTROY,
  });
  new events.Rule(stack, 'IntegDomainEventRule', {
    eventBus: stack.bus,
    eventPattern: { source: [DOMAIN_EVENT_SOURCE], detail: { connectionId: [connectionId] } },
    targets: [new targets.SqsQueue(probe)],
  });

  const integ = new IntegTest(app, 'LavaWebhooksInteg', {
    testCases: [stack],
    // The snapshot is checked offline; a deploy of the previous snapshot first would double the run.
    stackUpdateWorkflow: false,
    diffAssets: false,
    cdkCommandOptions: { destroy: { args: { force: true } } },
  });
  const { assertions } = integ;

  const putSecret = assertions.awsApiCall('SecretsManager', 'putSecretValue', {
    SecretId: stack.signingSecret.secretArn,
    SecretString: INTEG_SECRET,
  });
  const body = JSON.stringify({
    event: 'connection.created',
    data: { connection_id: connectionId, has_lava_credit_balance: true, reference_id: `integ-${runId}` },
  });
  // Retried until it answers 200 (a retry is a duplicate delivery, which the consumer absorbs).
  const post = assertions
    .httpApiCall(stack.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signatureHeader(body, INTEG_SECRET, 'plain') },
      body,
    })
    .expect(ExpectedResult.objectLike({ status: 200, body: { received: true } }))
    .waitForAssertions(WAIT);
  const stored = assertions
    .awsApiCall('DynamoDB', 'getItem', {
      TableName: stack.table.tableName,
      Key: { [TABLE.partitionKey]: { S: connectionKey(connectionId) } },
      ConsistentRead: true,
    })
    .expect(ExpectedResult.objectLike({ Item: { [TABLE.partitionKey]: { S: connectionKey(connectionId) } } }))
    .waitForAssertions(WAIT);
  const published = assertions
    .awsApiCall('SQS', 'receiveMessage', {
      QueueUrl: probe.queueUrl,
      MaxNumberOfMessages: 10,
      WaitTimeSeconds: 5,
      // Left visible, so that every poll of the waiter sees the message.
      VisibilityTimeout: 0,
    })
    .expect(
      ExpectedResult.objectLike({
        Messages: Match.arrayWith([
          Match.objectLike({ Body: Match.stringLikeRegexp('"detail-type":"ConnectionCreated"') }),
        ]),
      }),
    )
    .waitForAssertions(WAIT);
  putSecret.next(post).next(stored).next(published);

  const alarmName = stack.monitoring.alarms.DlqNotEmpty.alarmName;
  const setAlarm = assertions.awsApiCall('CloudWatch', 'setAlarmState', {
    AlarmName: alarmName,
    StateValue: 'ALARM',
    StateReason: 'lava-webhooks integration test: does the alarm action reach the SNS topic?',
  });
  // CloudWatch records each action it ran, or why it could not (e.g. no access to the topic's key).
  const actionRan = assertions
    .awsApiCall('CloudWatch', 'describeAlarmHistory', {
      AlarmName: alarmName,
      HistoryItemType: 'Action',
      MaxRecords: 10,
    })
    .expect(
      ExpectedResult.objectLike({
        AlarmHistoryItems: Match.arrayWith([
          Match.objectLike({ HistorySummary: Match.stringLikeRegexp('^Successfully executed action') }),
        ]),
      }),
    )
    .waitForAssertions(WAIT);
  setAlarm.next(actionRan);

  return { app, stack };
}
