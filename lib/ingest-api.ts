// The public endpoint: an HTTP API with one route, POST /webhooks/lava, proxied to the ingest function
// (payload format 2.0). Throttled at the stage; access logs go to a log group with retention.
import { Duration, Fn, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { WEBHOOK_PATH } from './definitions';

export interface IngestApiProps {
  /** The API's name in the console and in CloudWatch's ApiName dimension: one per stage. */
  name: string;
  handler: lambda.IFunction;
  /** Integration timeout: over the function's (its own 503 answers reach Lava), under Lava's 10 s. */
  timeoutSeconds: number;
  throttlingRateLimit: number;
  throttlingBurstLimit: number;
  logRetentionDays: number;
  logRemovalPolicy: RemovalPolicy;
}

/** Where API Gateway's access-log groups go without growing the account's log resource policy. */
export const ACCESS_LOG_GROUP_PREFIX = '/aws/vendedlogs/apigateway/';

/**
 * One JSON line per request; no headers and no body, so neither signatures nor payloads are logged.
 * (The benchmark prices a line of it: bench/cost.ts.)
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
} as const;

const ACCESS_LOG_FORMAT = AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS));

export class IngestApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;
  readonly route: apigw.HttpRoute;

  constructor(scope: Construct, id: string, props: IngestApiProps) {
    super(scope, id);
    this.api = new apigw.HttpApi(this, 'Api', {
      apiName: props.name,
      description: "Receives Lava's webhooks",
      // Our own stage below, because the default one cannot be throttled or logged.
      createDefaultStage: false,
    });
    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      // Under /aws/vendedlogs/: API Gateway adds every other access-log group to the account's
      // CloudWatch Logs resource policy (5,120 characters, shared by every API), and creating the
      // stage fails once that is full. The stack's own id ends the name, so a group retained by a
      // deleted production stack never collides with its successor's.
      logGroupName: Fn.join('', [
        `${ACCESS_LOG_GROUP_PREFIX}${props.name}-access-`,
        Fn.select(2, Fn.split('/', Stack.of(this).stackId)),
      ]),
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy: props.logRemovalPolicy,
    });
    this.stage = new apigw.HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttlingRateLimit, burstLimit: props.throttlingBurstLimit },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });
    [this.route] = this.api.addRoutes({
      path: WEBHOOK_PATH,
      methods: [apigw.HttpMethod.POST],
      integration: new HttpLambdaIntegration('Ingest', props.handler, {
        payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
        timeout: Duration.seconds(props.timeoutSeconds),
      }),
    }) as [apigw.HttpRoute];
    const authReason =
      "Lava's webhooks carry no credentials an API Gateway authorizer could check; every request is " +
      'authenticated by its HMAC-SHA256 signature in the ingest function before anything is stored, ' +
      'and unsigned requests get 401 without touching the queue.';
    Validations.of(this.route).acknowledge({ id: 'AwsSolutions-APIG4', reason: authReason });
  }

  /** The URL to register in Lava's dashboard. */
  get webhookUrl(): string {
    return `${this.stage.url}${WEBHOOK_PATH.slice(1)}`;
  }
}
