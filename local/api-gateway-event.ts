// Builds the API Gateway HTTP API (payload 2.0) event for a request, as API Gateway would.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export function apiGatewayEvent(
  req: IncomingMessage,
  body: Buffer,
  receivedAt: number,
): APIGatewayProxyEventV2 {
  // Node lower-cases header names; API Gateway joins repeated headers with commas.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headersDistinct)) {
    if (value) headers[name] = value.join(',');
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'POST';
  return {
    version: '2.0',
    routeKey: `${method} ${url.pathname}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    isBase64Encoded: true,
    body: body.toString('base64'),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: `${method} ${url.pathname}`,
      stage: '$default',
      time: new Date(receivedAt).toISOString(),
      timeEpoch: receivedAt,
    },
  };
}
