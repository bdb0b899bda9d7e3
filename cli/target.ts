// Which stack a command talks to: the local one (from .local/stack.json) by default, or a deployed
// stage, whose names come from the CloudFormation stack's outputs.

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { SECRET_CACHE } from '../lambdas/shared/secret-source';
import { OPTIONAL_OUTPUTS, STACK_OUTPUTS, type StackOutput, stackName } from '../lib/definitions';
import { errorText } from '../local/format';
import { localClientConfig } from '../local/local-clients';
import { stillRunning } from '../local/process-identity';
import { readStackFile, type StackInfo } from '../local/stack-file';
import { type ArchiveStore, dynamoDbArchive } from './archive-store';
import { awsSetupMessage, isStackNotFound } from './aws-errors';
import { CommandError, UsageError } from './io';

export interface Target {
  kind: 'local' | 'stage';
  /** `local`, the stage name, or (--stack-name) the stack's name: for messages and endpoint names. */
  name: string;
  /** Deployed only: the CloudFormation stack's name. */
  stackName?: string;
  webhookUrl: string;
  tableName: string;
  queueUrl: string;
  queueArn: string;
  dlqUrl: string;
  dlqArn: string;
  secretId: string;
  eventBusName: string;
  /** Deployed only: every output of the stack, the optional ones included when present. */
  outputs?: Partial<Record<StackOutput, string>>;
  /** The reconciler's Lava key secret (a stack deployed before it has none) and Lava's API base URL. */
  lavaKeySecretId?: string;
  lavaApiBaseUrl?: string;
  eventTtlDays?: number;
  /** The functions that verify signatures (ingest, consumer), by name; a stack deployed before they were outputs has none. */
  verifierFunctions?: string[];
  /** How long the functions cache the signing secret, in seconds. */
  secretCacheTtlSeconds: number;
  /** Local only: the running stack's description (.local/stack.json). */
  local?: StackInfo & { stateDir: string };
  dynamodb(): DynamoDBClient;
  sqs(): SQSClient;
  secretsManager(): SecretsManagerClient;
  eventBridge(): EventBridgeClient;
  close(): void;
}

export interface TargetOptions {
  stage?: string | undefined;
  /** A deployed stack by its CloudFormation name (one not named LavaWebhooks-<stage>). */
  stackName?: string | undefined;
  /** The local stack's state folder, as the command decided it (command.ts targetOptions). */
  stateDir: string;
}

/** The target's table, read as an archive. */
export const archiveOf = (target: Target): ArchiveStore =>
  dynamoDbArchive(target.dynamodb(), target.tableName);

type Clients = {
  dynamodb?: DynamoDBClient;
  sqs?: SQSClient;
  secretsManager?: SecretsManagerClient;
  eventBridge?: EventBridgeClient;
};

function withClients(
  base: Omit<Target, 'dynamodb' | 'sqs' | 'secretsManager' | 'eventBridge' | 'close'>,
  make: {
    dynamodb(): DynamoDBClient;
    sqs(): SQSClient;
    secretsManager(): SecretsManagerClient;
    eventBridge(): EventBridgeClient;
  },
): Target {
  const made: Clients = {};
  return {
    ...base,
    dynamodb: () => (made.dynamodb ??= make.dynamodb()),
    sqs: () => (made.sqs ??= make.sqs()),
    secretsManager: () => (made.secretsManager ??= make.secretsManager()),
    eventBridge: () => (made.eventBridge ??= make.eventBridge()),
    close: () => {
      for (const client of Object.values(made)) client?.destroy();
    },
  };
}

const namedFunctions = (ingest?: string, consumer?: string) =>
  ingest && consumer ? { verifierFunctions: [ingest, consumer] } : {};

function localTarget(stateDir: string): Target {
  const info = readStackFile(stateDir);
  if (!info) {
    throw new CommandError(
      `The local stack is not running (no ${stateDir}/stack.json). Start it with \`npm start\`, or pass --stage NAME (or --stack-name NAME) for a deployed stack.`,
    );
  }
  if (!stillRunning(info)) {
    throw new CommandError(
      `The local stack that wrote ${stateDir}/stack.json (pid ${info.pid}) is gone. Start it with \`npm start\`.`,
    );
  }
  return withClients(
    {
      kind: 'local',
      name: 'local',
      webhookUrl: info.url,
      tableName: info.tableName,
      queueUrl: info.queueUrl,
      queueArn: info.queueArn,
      dlqUrl: info.dlqUrl,
      dlqArn: info.dlqArn,
      secretId: info.secretId,
      eventBusName: info.eventBusName,
      lavaKeySecretId: info.lavaKeySecretId,
      lavaApiBaseUrl: info.lavaApiBaseUrl,
      eventTtlDays: info.eventTtlDays,
      secretCacheTtlSeconds: info.secretCacheTtlSeconds ?? SECRET_CACHE.ttlSeconds,
      ...namedFunctions(info.ingestFunctionName, info.consumerFunctionName),
      local: { ...info, stateDir },
    },
    {
      dynamodb: () => new DynamoDBClient(localClientConfig(info.dynamoEndpoint)),
      sqs: () => new SQSClient(localClientConfig(info.sqsEndpoint)),
      secretsManager: () => new SecretsManagerClient(localClientConfig(info.awsEndpoint)),
      eventBridge: () => new EventBridgeClient(localClientConfig(info.awsEndpoint)),
    },
  );
}

/** Why a stack was not found, and how to name the right one. */
function stackNotFound(name: string, label: string, byStage: boolean, error: unknown): CommandError {
  const region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  const where = region ? ` in ${region}` : ' in the region of your AWS profile';
  const fix = byStage
    ? `check --stage ${label} and AWS_REGION, or give the stack's name with --stack-name`
    : 'check --stack-name and AWS_REGION (or use --stage NAME for LavaWebhooks-NAME)';
  return new CommandError(`No CloudFormation stack ${name}${where}: ${fix}.`, { cause: error });
}

/** The stack's outputs by key. */
async function stackOutputs(name: string, label: string, byStage: boolean): Promise<Record<string, string>> {
  // Loaded only for deployed stacks: it is a large client that local commands never need.
  const { CloudFormationClient, DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  const cfn = new CloudFormationClient({});
  try {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: name }));
    const stack = out.Stacks?.[0];
    return Object.fromEntries((stack?.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
  } catch (error) {
    if (isStackNotFound(error)) throw stackNotFound(name, label, byStage, error);
    if (awsSetupMessage(error) !== undefined) throw error; // the dispatcher says how to fix it
    throw new CommandError(`Could not describe the CloudFormation stack ${name}: ${errorText(error)}`, {
      cause: error,
    });
  } finally {
    cfn.destroy();
  }
}

async function deployedTarget(name: string, label: string, byStage: boolean): Promise<Target> {
  const outputs = await stackOutputs(name, label, byStage);
  const missing = STACK_OUTPUTS.filter((key) => !OPTIONAL_OUTPUTS.includes(key) && !outputs[key]);
  if (missing.length) throw new CommandError(`Stack ${name} lacks the outputs ${missing.join(', ')}`);
  const o = outputs as Record<StackOutput, string>;
  return withClients(
    {
      kind: 'stage',
      name: label,
      stackName: name,
      webhookUrl: o.WebhookUrl,
      tableName: o.TableName,
      queueUrl: o.QueueUrl,
      queueArn: o.QueueArn,
      dlqUrl: o.DlqUrl,
      dlqArn: o.DlqArn,
      secretId: o.SecretArn,
      eventBusName: o.EventBusName,
      outputs: o,
      lavaKeySecretId: o.LavaKeySecretArn || undefined,
      // The stack leaves SECRET_CACHE_TTL_SECONDS unset.
      secretCacheTtlSeconds: SECRET_CACHE.ttlSeconds,
      ...namedFunctions(o.IngestFunctionName, o.ConsumerFunctionName),
    },
    {
      dynamodb: () => new DynamoDBClient({}),
      sqs: () => new SQSClient({}),
      secretsManager: () => new SecretsManagerClient({}),
      eventBridge: () => new EventBridgeClient({}),
    },
  );
}

/** Runs `use` on the target `options` name, closing its clients whatever `use` does. */
export async function withTarget<T>(options: TargetOptions, use: (target: Target) => Promise<T>): Promise<T> {
  const target = await resolveTarget(options);
  try {
    return await use(target);
  } finally {
    target.close();
  }
}

export function resolveTarget(options: TargetOptions): Promise<Target> {
  if (options.stage !== undefined && options.stackName !== undefined)
    throw new UsageError('give --stage or --stack-name, not both');
  if (options.stage !== undefined) {
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(options.stage))
      throw new UsageError('--stage must be a stack stage name');
    return deployedTarget(stackName(options.stage), options.stage, true);
  }
  if (options.stackName !== undefined) {
    // CloudFormation's rule for stack names.
    if (!/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(options.stackName))
      throw new UsageError(
        '--stack-name takes a CloudFormation stack name (a letter, then letters, digits, -)',
      );
    return deployedTarget(options.stackName, options.stackName, false);
  }
  return Promise.resolve(localTarget(options.stateDir));
}

/** How many messages a queue of the stack holds: waiting, and received but not yet deleted. */
export async function queueDepth(target: Target, queueUrl: string) {
  const out = await target.sqs().send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return {
    waiting: Number(out.Attributes?.ApproximateNumberOfMessages ?? 0),
    inFlight: Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0),
  };
}

/** Stores a new version of the stack's signing secret (the caller checked the handlers can read it). */
export async function storeSigningSecret(
  target: Target,
  secretString: string,
): Promise<{ versionId?: string }> {
  const out = await target
    .secretsManager()
    .send(new PutSecretValueCommand({ SecretId: target.secretId, SecretString: secretString }));
  return { versionId: out.VersionId };
}

/** The stack's stored signing secret, as Secrets Manager holds it (undefined: none stored yet). */
export async function storedSigningSecret(target: Target): Promise<{ value?: string; versionId?: string }> {
  const out = await target.secretsManager().send(new GetSecretValueCommand({ SecretId: target.secretId }));
  return { value: out.SecretString, versionId: out.VersionId };
}
