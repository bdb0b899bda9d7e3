// The deployed app: one stack named after the stage, holding the LavaWebhooks construct. A thin
// wrapper: a production stack gets termination protection; everything else is the construct's.
import { Stack, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { LavaWebhooksConfig } from './config';
import type { LavaFunction } from './lambda-function';
import { LavaWebhooks } from './lava-webhooks';
import type { Monitoring } from './monitoring';

export interface LavaWebhooksStackProps extends StackProps {
  config: LavaWebhooksConfig;
}

export class LavaWebhooksStack extends Stack {
  readonly lavaWebhooks: LavaWebhooks;
  readonly ingest: LavaFunction;
  readonly consumer: LavaFunction;
  readonly monitoring: Monitoring;
  /** For tests that drive the deployed stack (test/integ). */
  readonly signingSecret: secretsmanager.Secret;
  readonly table: dynamodb.Table;
  readonly bus: events.EventBus;
  readonly webhookUrl: string;

  constructor(scope: Construct, id: string, props: LavaWebhooksStackProps) {
    // A production stack cannot be deleted by a stray `cdk destroy` or console click; its data is
    // retained anyway, but the API, queues and functions would go.
    super(scope, id, {
      ...props,
      terminationProtection: props.terminationProtection ?? props.config.production,
    });
    // `Default`: the construct adds nothing to its resources' logical ids, which stay those of the
    // stacks deployed before it existed (a changed id would replace the table).
    this.lavaWebhooks = new LavaWebhooks(this, 'Default', { settings: props.config });
    ({
      ingest: this.ingest,
      consumer: this.consumer,
      monitoring: this.monitoring,
      signingSecret: this.signingSecret,
      table: this.table,
      bus: this.bus,
      webhookUrl: this.webhookUrl,
    } = this.lavaWebhooks);
  }
}
