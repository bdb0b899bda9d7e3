// A deployed stack's commands when AWS is not set up: one line naming the fix, never the SDK's raw
// "Region is missing". The region, profile and credential errors come from the real SDK (the built
// CLI in a shell whose AWS files and variables the test controls); the service errors are the SDK's
// own exception classes, as its clients throw them. And --stack-name, for a stack not named
// LavaWebhooks-<stage>.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import {
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  SQSClient,
  SQSServiceException,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cli } from './helpers/cli';
import { deployedStack } from './helpers/stack-outputs';

const ROOT = new URL('..', import.meta.url).pathname;
const home = mkdtempSync(join(tmpdir(), 'lava-aws-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** `lava-webhooks status --stage prod` in a new shell with only these AWS settings. */
async function statusWith(aws: NodeJS.ProcessEnv, configFile = join(home, 'no-config')) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true', // no instance metadata to wait for
    ...aws,
  };
  const run = promisify(execFile)(process.execPath, ['bin/lava-webhooks.js', 'status', '--stage', 'prod'], {
    cwd: ROOT,
    env,
  });
  return run.then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

describe('with AWS not set up (the real SDK)', () => {
  it('says to set AWS_REGION when there is no region', async () => {
    const r = await statusWith({});
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'No AWS region: set AWS_REGION (e.g. export AWS_REGION=eu-west-1), or AWS_PROFILE to a profile that has one.\n',
    );
  });

  it('names the profile when AWS_PROFILE is set but unknown', async () => {
    const withoutRegion = await statusWith({ AWS_PROFILE: 'prod' });
    expect(withoutRegion.stderr).toBe(
      'No AWS region for profile prod (AWS_PROFILE): is it in ~/.aws/config? Run `aws configure --profile prod`, or set AWS_REGION.\n',
    );
    const withRegion = await statusWith({ AWS_PROFILE: 'prod', AWS_REGION: 'eu-west-1' });
    expect(withRegion.code).toBe(1);
    expect(withRegion.stderr).toBe(
      'AWS profile prod (AWS_PROFILE) gave no credentials: is it in ~/.aws/config? Run `aws configure --profile prod` (or `aws configure sso`), or set AWS_PROFILE to a configured profile.\n',
    );
  });

  it('says how to get credentials when there are none', async () => {
    const r = await statusWith({ AWS_REGION: 'eu-west-1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'No AWS credentials: set AWS_PROFILE to a configured profile (`aws configure`, or `aws sso login` for SSO), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.\n',
    );
  });

  it('says to run aws sso login when the SSO session has no valid token', async () => {
    const config = join(home, 'sso-config');
    writeFileSync(
      config,
      [
        '[profile prod]',
        'sso_session = corp',
        'sso_account_id = 123456789012',
        'sso_role_name = Operator',
        'region = eu-west-1',
        '[sso-session corp]',
        'sso_start_url = https://corp.awsapps.com/start',
        'sso_region = eu-west-1',
        '',
      ].join('\n'),
    );
    const r = await statusWith({ AWS_PROFILE: 'prod' }, config);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'The AWS credentials have expired: run `aws sso login --profile prod` (SSO) or renew them, then run this again.\n',
    );
  });
});

describe('AWS answers (the SDK exceptions, mocked clients)', () => {
  const cfn = mockClient(CloudFormationClient);
  const sqs = mockClient(SQSClient);
  const outputs = {
    WebhookUrl: 'https://abc.execute-api.eu-west-1.amazonaws.com/webhooks/lava',
    SecretArn: 'arn:aws:secretsmanager:eu-west-1:1:secret:lava',
    TableName: 'Platform-Table',
    QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/1/q',
    QueueArn: 'arn:aws:sqs:eu-west-1:1:q',
    DlqUrl: 'https://sqs.eu-west-1.amazonaws.com/1/dlq',
    DlqArn: 'arn:aws:sqs:eu-west-1:1:dlq',
    EventBusName: 'lava-bus',
    DashboardUrl: 'https://console.aws.amazon.com/cloudwatch',
  };
  const describeStacks = (stackName: string) => deployedStack(cfn, stackName, outputs);
  const cfnError = (name: string, message: string, httpStatusCode: number) =>
    new CloudFormationServiceException({ name, message, $fault: 'client', $metadata: { httpStatusCode } });
  beforeEach(() => {
    vi.stubEnv('AWS_REGION', 'eu-west-1');
    vi.stubEnv('AWS_PROFILE', 'prod');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    cfn.reset();
    sqs.reset();
  });

  it('finds a stack by its name with --stack-name (one not named LavaWebhooks-<stage>)', async () => {
    describeStacks('Platform-Lava');
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { ApproximateNumberOfMessages: '1' } });
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task' });
    sqs.on(ListMessageMoveTasksCommand).resolves({
      Results: [
        { Status: 'COMPLETED', ApproximateNumberOfMessagesMoved: 1, ApproximateNumberOfMessagesToMove: 1 },
      ],
    });
    const r = await cli(['redrive', '--stack-name', 'Platform-Lava']);
    expect(r).toMatchObject({ code: 0, out: 'Moved 1 message from the DLQ back to the queue.' });
    expect(cfn.commandCalls(DescribeStacksCommand)[0]?.args[0].input).toEqual({ StackName: 'Platform-Lava' });
    expect(await cli(['redrive', '--stage', 'prod', '--stack-name', 'Platform-Lava'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('give --stage or --stack-name, not both'),
    });
  });

  it('says which option names the stack when it is not found', async () => {
    const notFound = (name: string) =>
      cfnError('ValidationError', `Stack with id ${name} does not exist`, 400);
    cfn.on(DescribeStacksCommand).callsFake(({ StackName }) => Promise.reject(notFound(StackName)));
    expect(await cli(['status', '--stage', 'prod'])).toMatchObject({
      code: 1,
      err: "No CloudFormation stack LavaWebhooks-prod in eu-west-1: check --stage prod and AWS_REGION, or give the stack's name with --stack-name.",
    });
    expect(await cli(['status', '--stack-name', 'Platform-Lava'])).toMatchObject({
      code: 1,
      err: 'No CloudFormation stack Platform-Lava in eu-west-1: check --stack-name and AWS_REGION (or use --stage NAME for LavaWebhooks-NAME).',
    });
  });

  it('names the IAM action an access denial lacks, at the stack or at a later call', async () => {
    cfn
      .on(DescribeStacksCommand)
      .rejects(
        cfnError(
          'AccessDenied',
          'User: arn:aws:iam::123456789012:user/ops is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-west-1:123456789012:stack/LavaWebhooks-prod/* because no identity-based policy allows the cloudformation:DescribeStacks action',
          403,
        ),
      );
    expect(await cli(['status', '--stage', 'prod'])).toMatchObject({
      code: 1,
      err: 'Access denied: the AWS identity in use may not call cloudformation:DescribeStacks on arn:aws:cloudformation:eu-west-1:123456789012:stack/LavaWebhooks-prod/*; allow that IAM action, or use a profile that has it.',
    });
    cfn.reset();
    describeStacks('LavaWebhooks-prod');
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { ApproximateNumberOfMessages: '1' } });
    sqs.on(StartMessageMoveTaskCommand).rejects(
      new SQSServiceException({
        name: 'AccessDenied',
        message:
          'User: arn:aws:iam::123456789012:user/ops is not authorized to perform: sqs:startmessagemovetask on resource: arn:aws:sqs:eu-west-1:1:dlq because no identity-based policy allows the sqs:startmessagemovetask action',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    expect(await cli(['redrive', '--stage', 'prod'])).toMatchObject({
      code: 1,
      err: 'Access denied: the AWS identity in use may not call sqs:startmessagemovetask on arn:aws:sqs:eu-west-1:1:dlq; allow that IAM action, or use a profile that has it.',
    });
  });

  it('says to log in again when the credentials have expired', async () => {
    cfn
      .on(DescribeStacksCommand)
      .rejects(cfnError('ExpiredToken', 'The security token included in the request is expired', 403));
    expect(await cli(['status', '--stage', 'prod'])).toMatchObject({
      code: 1,
      err: 'The AWS credentials have expired: run `aws sso login --profile prod` (SSO) or renew them, then run this again.',
    });
  });
});
