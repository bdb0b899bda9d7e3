// A Node.js Lambda function the way this app wants all of them: ARM64 on the newest Node runtime,
// bundled locally by esbuild from lib/bundling.ts, its own log group with retention, and its own role
// that can write to that log group and nothing else until the caller grants more.
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/shared/env';
import { HANDLER, type LambdaName } from './bundling';
import { FUNCTION_LIMITS } from './definitions';
import { esbuildAsset } from './esbuild-asset';

/** Where a function's logs are kept: the same for every function of a stack. */
export interface FunctionLogs {
  logRetentionDays: number;
  logRemovalPolicy: RemovalPolicy;
}

export interface LavaFunctionProps extends FunctionLogs {
  name: LambdaName;
  description: string;
  reservedConcurrency?: number;
  /** Names and ARNs only; never a secret value. */
  environment: Record<string, string>;
}

export class LavaFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: LavaFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy: props.logRemovalPolicy,
    });
    // A role of our own instead of AWSLambdaBasicExecutionRole: writing to this one log group is all
    // the function needs, where the managed policy allows any log group in the account.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.name} function: its log group plus explicit grants`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new lambda.Function(this, 'Function', {
      description: props.description,
      code: esbuildAsset(props.name),
      handler: HANDLER,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: FUNCTION_LIMITS[props.name].memoryMb,
      timeout: Duration.seconds(FUNCTION_LIMITS[props.name].timeoutSeconds),
      reservedConcurrentExecutions: props.reservedConcurrency,
      role: this.role,
      logGroup: this.logGroup,
      // JSON log format, so that Lambda filters log lines by level. System lines at WARN: no START,
      // END and REPORT line per invocation (about 300 bytes of CloudWatch Logs each; duration and
      // memory are in the function's metrics); timeouts and crashes are still logged.
      // Application lines at INFO, whatever LOG_LEVEL says (the handlers filter their own lines by
      // it): an EMF metric line carries no level, Lambda counts it as INFO, and a stricter filter
      // would drop the metrics the alarms watch. DEBUG only when LOG_LEVEL asks for debug lines.
      loggingFormat: lambda.LoggingFormat.JSON,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      applicationLogLevelV2:
        props.environment[ENV.logLevel] === 'debug'
          ? lambda.ApplicationLogLevel.DEBUG
          : lambda.ApplicationLogLevel.INFO,
      environment: props.environment,
    });
  }

  /** Grants the function's role `actions` on `resources`: one statement, exactly what its handler does. */
  allow(actions: string[], resources: string[], conditions?: Record<string, unknown>): void {
    this.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions, resources, conditions }));
  }
}
