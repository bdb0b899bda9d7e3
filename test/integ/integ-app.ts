// The integration test, in the CDK's way (@aws-cdk/integ-tests-alpha): a throwaway stage of the real
// stack plus an assertion stack whose custom resources drive it once deployed. `npm run integ`
// (test/integ/run.ts) deploys both, reads the assertion results and destroys both; integ-runner runs
// the same app (test/integ/integ.lava-webhooks.ts) once a release reads this CDK's assemblies; the
// offline snapshot check (test/stack-integ-snapshot.test.ts) synthesizes it as integ-runner does.
//
// What it proves on AWS, in order: a known secret is stored; the DlqNotEmpty alarm is set to ALARM
// (the moment it changed state starts this run's window); a webhook signed with the secret and posted
// to the stage's URL gets 200; the connection item appears in the table; a domain event reaches a
// rule's target on the bus; GetMetricData sees ingest's `Received` (the EMF lines became metrics).
// After the alarm was set, its history since that moment says its SNS action ran (CloudWatch could
// use the topic's key). After the secret, a spill item (as ingest writes it) is seeded: the deployed
// drainer moves it to the queue (its Query held to the spill partition, its reads and deletes to
// spill keys), the consumer applies it, and the spill partition is empty again.

import { createHash } from 'node:crypto';
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { DOMAIN_EVENT_SOURCE } from '../../lambdas/core/eventbridge-publisher';
import { INGEST_METRICS } from '../../lambdas/ingest/outcomes';
import { signatureHeader, signPlain } from '../../lambdas/shared/sign-webhook';
import { spillItem } from '../../lambdas/shared/spill-store';
import { connectionKey, SPILL_PARTITION, TABLE } from '../../lambdas/shared/table-schema';
import { resolveSettings, stackNameFor } from '../../lib/config';
import { LavaWebhooksStack } from '../../lib/lava-webhooks-stack';
import { cdkJsonContext } from '../helpers/synth-stack';

/** Not `prod`: everything is destroyed with the stack. */
export const INTEG_STAGE = 'integ';
/** Known to the test only; the stage lives for the length of one run. */
export const INTEG_SECRET = 'lava-webhooks-integration-test-secret';
/** Context key of the run's id, so that a run never meets a connection a failed earlier run left. */
export const RUN_ID_KEY = 'integRunId';
export const SNAPSHOT_RUN_ID = 'snapshot';
/** When a run began: its id is that time in base 36 (test/integ/run.ts); a fixed time without one. */
export const runStartedAt = (runId: string) =>
  runId === SNAPSHOT_RUN_ID ? Date.parse('2026-12-01T00:00:00Z') : Number.parseInt(runId, 36);

const WAIT = { totalTimeout: Duration.minutes(5), interval: Duration.seconds(10) };

/** cdk.json's feature flags (its namespaced keys), which `cdk deploy` applies to the real stages. */
const cdkJsonFeatureFlags = () =>
  Object.fromEntries(Object.entries(cdkJsonContext()).filter(([key]) => key.includes(':')));

export function buildIntegApp(context: Record<string, unknown> = {}, outdir?: string) {
  // cdk.json's feature flags over whatever flags the runner passes (integ-runner passes its own), so
  // the stage is the stack `cdk deploy` deploys.
  const app = new App({ context, postCliContext: cdkJsonFeatureFlags(), outdir });
  const runId = String(app.node.tryGetContext(RUN_ID_KEY) ?? SNAPSHOT_RUN_ID);
  // Every setting at its default, whatever cdk.json's context says (only its feature flags apply).
  const config = resolveSettings([{ origin: 'the integration test', values: { stage: INTEG_STAGE } }]);
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

  // The alarm's state change opens this run's window: its history and metrics before it are not ours.
  const alarmName = stack.monitoring.alarms.DlqNotEmpty.alarmName;
  const setAlarm = assertions.awsApiCall('CloudWatch', 'setAlarmState', {
    AlarmName: alarmName,
    StateValue: 'ALARM',
    StateReason: 'lava-webhooks integration test: does the alarm action reach the SNS topic?',
  });
  const alarmState = assertions.awsApiCall('CloudWatch', 'describeAlarms', { AlarmNames: [alarmName] });
  const runBegan = alarmState.getAttString('MetricAlarms.0.StateUpdatedTimestamp');

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
  /** Waits until the connection's item is in the table. */
  const connectionStored = (id: string) =>
    assertions
      .awsApiCall('DynamoDB', 'getItem', {
        TableName: stack.table.tableName,
        Key: { [TABLE.partitionKey]: { S: connectionKey(id) } },
        ConsistentRead: true,
      })
      .assertAtPath(`Item.${TABLE.partitionKey}.S`, ExpectedResult.exact(connectionKey(id)))
      .waitForAssertions(WAIT);
  const stored = connectionStored(connectionId);
  // Written by the consumer after ingest logged the request: the end of the metric's window.
  const applied = stored.getAttString('Item.updatedAt.S');
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
  // Ingest's accepted line became a metric (a metric filter counts it as Accepted): one request, so its maximum is 1.
  const counted = assertions
    .awsApiCall('CloudWatch', 'getMetricData', {
      MetricDataQueries: [
        {
          Id: 'accepted',
          MetricStat: {
            Metric: {
              Namespace: config.metricsNamespace,
              MetricName: INGEST_METRICS.accepted,
              Dimensions: [{ Name: 'Service', Value: 'ingest' }],
            },
            Period: 60,
            Stat: 'Maximum',
          },
        },
      ],
      StartTime: runBegan,
      EndTime: applied,
    })
    .assertAtPath('MetricDataResults.0.Values.0', ExpectedResult.exact(1))
    .waitForAssertions(WAIT);
  putSecret.next(setAlarm).next(alarmState).next(post).next(stored).next(published).next(counted);

  // CloudWatch records each action it ran, or why it could not (e.g. no access to the topic's key):
  // since this run's state change only, and the newest record only (a custom resource may return 4 KB).
  const actionRan = assertions
    .awsApiCall('CloudWatch', 'describeAlarmHistory', {
      AlarmName: alarmName,
      HistoryItemType: 'Action',
      StartDate: runBegan,
      MaxRecords: 1,
    })
    .assertAtPath(
      'AlarmHistoryItems.0.HistorySummary',
      ExpectedResult.stringLikeRegexp('^Successfully executed action'),
    )
    .waitForAssertions(WAIT);
  alarmState.next(actionRan);

  // A request ingest spilled, as ingest writes it: the drainer moves it on, the consumer applies it.
  const spilledConnection = `con_test_integ_spill_${runId}`;
  const spilledBody = JSON.stringify({
    event: 'connection.created',
    data: { connection_id: spilledConnection },
  });
  const seedSpill = assertions.awsApiCall('DynamoDB', 'putItem', {
    TableName: stack.table.tableName,
    Item: spillItem({
      raw: Buffer.from(spilledBody),
      plainSignature: signPlain(spilledBody, INTEG_SECRET),
      receivedAt: runStartedAt(runId),
      deliveryId: `integ-spill-${runId}`,
      sha256: createHash('sha256').update(spilledBody).digest('hex'),
      eventType: 'connection.created',
    }),
  });
  const spillApplied = connectionStored(spilledConnection);
  const spillsGone = assertions
    .awsApiCall('DynamoDB', 'query', {
      TableName: stack.table.tableName,
      IndexName: TABLE.byTime.indexName,
      KeyConditionExpression: '#pk = :spills',
      ExpressionAttributeNames: { '#pk': TABLE.byTime.partitionKey },
      ExpressionAttributeValues: { ':spills': { S: SPILL_PARTITION } },
      Select: 'COUNT',
    })
    .expect(ExpectedResult.objectLike({ Count: 0 }))
    .waitForAssertions(WAIT);
  putSecret.next(seedSpill).next(spillApplied).next(spillsGone);

  return { app, stack };
}
