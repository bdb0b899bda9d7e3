// A deployed stage as the CLI finds it: CloudFormation's DescribeStacks, mocked, with given outputs.
import {
  type CloudFormationClientResolvedConfig,
  DescribeStacksCommand,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/client-cloudformation';
import type { AwsStub } from 'aws-sdk-client-mock';

type CloudFormationStub = AwsStub<ServiceInputTypes, ServiceOutputTypes, CloudFormationClientResolvedConfig>;

/** The stage's stack, `LavaWebhooks-<stage>`, with `outputs`. */
export function deployedStage(cfn: CloudFormationStub, stage: string, outputs: Record<string, string>): void {
  deployedStack(cfn, `LavaWebhooks-${stage}`, outputs);
}

/** A stack of any name (an embedded construct's) with `outputs`. */
export function deployedStack(
  cfn: CloudFormationStub,
  StackName: string,
  outputs: Record<string, string>,
): void {
  cfn.on(DescribeStacksCommand, { StackName }).resolves({
    Stacks: [
      {
        StackName,
        CreationTime: new Date(),
        StackStatus: 'UPDATE_COMPLETE',
        Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })),
      },
    ],
  });
}
