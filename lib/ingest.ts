// The ingest function: verifies Lava's signature, enqueues, answers. It reads the signing secret,
// sends to the one queue, and may put spill items in the table (when SQS does not confirm) and nothing
// else there. Only what its handler reads is in its environment (a test checks): it checks the signed
// time's tolerance and writes one EMF line per request without a log level.
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/shared/env';
import { WEBHOOK_PATH } from './definitions';
import { type FunctionLogs, LavaFunction } from './lambda-function';
import { spillItemsOnly } from './spill-drainer';

export interface IngestProps extends FunctionLogs {
  signingSecret: secretsmanager.ISecret;
  queue: sqs.IQueue;
  /** For the spill path only. */
  table: dynamodb.ITable;
  metricsNamespace: string;
  signatureToleranceSeconds: number;
  reservedConcurrency?: number;
}

export class Ingest extends Construct {
  readonly fn: LavaFunction;

  constructor(scope: Construct, id: string, props: IngestProps) {
    super(scope, id);
    // `Default`: the function's resources keep the logical ids they had before this construct.
    this.fn = new LavaFunction(this, 'Default', {
      name: 'ingest',
      description: `POST ${WEBHOOK_PATH}: verify the signature, enqueue, answer`,
      reservedConcurrency: props.reservedConcurrency,
      environment: {
        [ENV.secretId]: props.signingSecret.secretArn,
        [ENV.metricsNamespace]: props.metricsNamespace,
        [ENV.queueUrl]: props.queue.queueUrl,
        [ENV.tableName]: props.table.tableName,
        [ENV.toleranceSeconds]: String(props.signatureToleranceSeconds),
      },
      logRetentionDays: props.logRetentionDays,
      logRemovalPolicy: props.logRemovalPolicy,
    });
    this.fn.allow(['secretsmanager:GetSecretValue'], [props.signingSecret.secretArn]);
    this.fn.allow(['sqs:SendMessage'], [props.queue.queueArn]);
    this.fn.allow(['dynamodb:PutItem'], [props.table.tableArn], spillItemsOnly);
  }
}
