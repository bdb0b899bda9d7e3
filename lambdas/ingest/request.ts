// Reading an API Gateway (HTTP API, payload v2) request: headers without regard to case, and the
// exact raw bytes of the body, refused before decoding when over the limit. Pure.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { SignatureHeaders } from '../shared/verify-signature';
import { PLAIN_HEADER, TIMESTAMPED_HEADER } from '../shared/verify-signature';
import { MAX_BODY_BYTES } from './outcomes';

function header(headers: APIGatewayProxyEventV2['headers'] | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const direct = headers[name];
  if (direct !== undefined) return direct;
  // API Gateway lower-cases names already; other callers (tests, proxies) may not.
  for (const key in headers) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

export function signatureHeaders(event: APIGatewayProxyEventV2): SignatureHeaders {
  return {
    plain: header(event.headers, PLAIN_HEADER),
    timestamped: header(event.headers, TIMESTAMPED_HEADER),
  };
}

/** The exact raw bytes, or undefined when they exceed the limit (checked before decoding). */
export function rawBody(event: APIGatewayProxyEventV2): Buffer | undefined {
  const body = event.body ?? '';
  if (event.isBase64Encoded) {
    if (body.length > Math.ceil(MAX_BODY_BYTES / 3) * 4 + 4) return undefined;
    const bytes = Buffer.from(body, 'base64');
    return bytes.length > MAX_BODY_BYTES ? undefined : bytes;
  }
  if (body.length > MAX_BODY_BYTES) return undefined; // a UTF-16 unit is at least one UTF-8 byte
  const bytes = Buffer.from(body, 'utf8');
  return bytes.length > MAX_BODY_BYTES ? undefined : bytes;
}
