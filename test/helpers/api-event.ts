// Builds API Gateway HTTP API (payload v2) events as API Gateway would send them.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { WEBHOOK_PATH } from '../../lib/definitions';

let counter = 0;

export function apiEvent(
  body: string | Buffer,
  headers: Record<string, string> = {},
  options: { base64?: boolean; timeEpoch?: number } = {},
): APIGatewayProxyEventV2 {
  const raw = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const base64 = options.base64 ?? typeof body !== 'string';
  counter++;
  return {
    version: '2.0',
    routeKey: `POST ${WEBHOOK_PATH}`,
    rawPath: WEBHOOK_PATH,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...headers },
    isBase64Encoded: base64,
    body: base64 ? raw.toString('base64') : raw.toString('utf8'),
    requestContext: {
      accountId: '123456789012',
      apiId: 'test',
      domainName: 'test.execute-api.local',
      domainPrefix: 'test',
      http: {
        method: 'POST',
        path: WEBHOOK_PATH,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'test',
      },
      requestId: `req-${counter}`,
      routeKey: `POST ${WEBHOOK_PATH}`,
      stage: '$default',
      time: new Date(options.timeEpoch ?? Date.now()).toISOString(),
      timeEpoch: options.timeEpoch ?? Date.now(),
    },
  };
}
