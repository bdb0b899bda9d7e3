// The one DynamoDB table: connections and the event archive. Key layout from
// lambdas/shared/table-schema.ts, which the consumer, the CLI and the local stack read too.
import type { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE } from './definitions';

export interface StateTableProps {
  /** Deletion protection on; set for production stages. */
  deletionProtection: boolean;
  removalPolicy: RemovalPolicy;
}

export class StateTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StateTableProps) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE.ttlAttribute,
      deletionProtection: props.deletionProtection,
      removalPolicy: props.removalPolicy,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE.byTime.indexName,
      partitionKey: { name: TABLE.byTime.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE.byTime.sortKey, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.INCLUDE,
      nonKeyAttributes: [...TABLE.byTime.projected],
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE.byStatus.indexName,
      partitionKey: { name: TABLE.byStatus.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE.byStatus.sortKey, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.KEYS_ONLY,
    });
  }

  /** ARN of the byStatus index (the reconciler lists active connections through it). */
  get byStatusIndexArn(): string {
    return `${this.table.tableArn}/index/${TABLE.byStatus.indexName}`;
  }

  /** ARN of the byTime index, for a Query grant that names the index instead of `index/*`. */
  get byTimeIndexArn(): string {
    return `${this.table.tableArn}/index/${TABLE.byTime.indexName}`;
  }
}
