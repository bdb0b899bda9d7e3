// Healing from Lava's API (DESIGN.md): Lava's secret key in a secret of its own, created empty (the
// reconciler is off until a key is stored), and the scheduled reconciler with exactly the grants its
// handler uses: read that secret, use table items (no Scan, no deletes), query the byStatus index,
// put events on the bus.
import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/shared/env';
import type { LavaWebhooksConfig } from './config';
import { RECONCILER_TABLE_ACCESS } from './definitions';
import { type FunctionLogs, LavaFunction } from './lambda-function';

export interface ReconcilerProps extends FunctionLogs {
  config: LavaWebhooksConfig;
  table: dynamodb.ITable;
  byStatusIndexArn: string;
  bus: events.IEventBus;
  /** The consumer's settings the apply path reads (event TTL, log level, metrics namespace). */
  environment: Record<string, string>;
  /** For Lava's key secret. */
  removalPolicy: RemovalPolicy;
}

export class Reconciler extends Construct {
  readonly keySecret: secretsmanager.Secret;
  readonly fn: LavaFunction;
  readonly schedule?: events.Rule;

  constructor(scope: Construct, id: string, props: ReconcilerProps) {
    super(scope, id);
    this.keySecret = new secretsmanager.Secret(this, 'LavaSecretKey', {
      description:
        "Lava's secret key (aks_…) for the reconciler; empty keeps it off. Store it with `aws secretsmanager put-secret-value`.",
      removalPolicy: props.removalPolicy,
    });
    // Created without a value: CDK would otherwise generate a random one.
    (this.keySecret.node.defaultChild as secretsmanager.CfnSecret).addPropertyDeletionOverride(
      'GenerateSecretString',
    );
    Validations.of(this.keySecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Lava issues its secret keys; a Lambda here cannot rotate one. Rotate in Lava, then store it.',
    });

    this.fn = new LavaFunction(this, 'Function', {
      name: 'reconciler',
      description: "Reconcile with Lava's customers: repair what missed webhooks left wrong",
      environment: {
        ...props.environment,
        [ENV.tableName]: props.table.tableName,
        [ENV.eventBusName]: props.bus.eventBusName,
        [ENV.lavaKeySecretId]: this.keySecret.secretArn,
        [ENV.lavaRequestsPerSecond]: String(props.config.reconcileRequestsPerSecond),
      },
      logRetentionDays: props.logRetentionDays,
      logRemovalPolicy: props.logRemovalPolicy,
    });
    this.fn.allow(['secretsmanager:GetSecretValue'], [this.keySecret.secretArn]);
    this.fn.allow([...RECONCILER_TABLE_ACCESS.actions], [props.table.tableArn]);
    this.fn.allow([...RECONCILER_TABLE_ACCESS.indexActions], [props.byStatusIndexArn]);
    this.fn.allow(['events:PutEvents'], [props.bus.eventBusArn]);

    if (props.config.reconcileIntervalMinutes > 0) {
      this.schedule = new events.Rule(this, 'Schedule', {
        description: 'Runs the reconciler',
        schedule: events.Schedule.rate(Duration.minutes(props.config.reconcileIntervalMinutes)),
        // A failed run keeps its checkpoint: Lambda's retries of the invocation, or the next run, resume it.
        targets: [new targets.LambdaFunction(this.fn.function)],
      });
    }
  }
}
