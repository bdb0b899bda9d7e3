// Where alarms go: an SNS topic encrypted with its own KMS key (CloudWatch cannot publish to a topic
// under the AWS-managed aws/sns key, whose policy cannot be changed), TLS only, and an optional
// e-mail subscription.
import { Aws, type RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface AlarmTopicProps {
  email?: string;
  /** Only alarms whose names start with this may publish. */
  alarmNamePrefix: string;
  removalPolicy: RemovalPolicy;
}

export class AlarmTopic extends Construct {
  readonly topic: sns.Topic;
  readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: AlarmTopicProps) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', {
      description: 'Encrypts the lava-webhooks alarm topic',
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy,
    });
    const cloudWatch = new iam.ServicePrincipal('cloudwatch.amazonaws.com');
    // The statement exactly as AWS documents it for alarms that publish to an encrypted topic
    // (Knowledge Center "cloudwatch-configure-alarm-sns"): no condition. Whether CloudWatch's request
    // to KMS carries aws:SourceAccount is not documented, and if it did not, every alarm notification
    // would fail with nothing but a line in the alarm's history. Who may publish is limited by the
    // topic policy below; the integration test proves an alarm action reaches the topic.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'Allow_CloudWatch_for_CMK',
        principals: [cloudWatch],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'], // in a key policy, `*` means this key
      }),
    );
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'lava-webhooks alarms',
      masterKey: this.key,
      enforceSSL: true,
    });
    // A topic policy replaces SNS's default one, so CloudWatch alarms need an explicit allow: this
    // stack's alarms only, by the aws:SourceArn condition AWS documents for alarm notifications.
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'Allow_Publish_Alarms',
        principals: [cloudWatch],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          ArnLike: {
            'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:${props.alarmNamePrefix}*`,
          },
        },
      }),
    );
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
  }
}
