// The local API Gateway: `POST /webhooks/lava` through the real ingest handler, JSON errors for
// anything else, and a hard cap on request bodies enforced while reading.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { WEBHOOK_PATH } from '../lib/definitions';
import { apiGatewayEvent } from './api-gateway-event';

/** API Gateway's HTTP API names the request (ingest's delivery id) in this response header. */
export const REQUEST_ID_HEADER = 'apigw-requestid';

export type IngestHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface WebhookServer {
  port: number;
  url: string;
  /** Until a handler is set (the stack is still starting) requests get 503. */
  setHandler(handler: IngestHandler): void;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Reads the body, or answers 413 and drops the connection as soon as it exceeds `maxBytes`. */
function readBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<Buffer | undefined> {
  const tooLarge = () => {
    res.setHeader('connection', 'close');
    json(res, 413, { error: `Request body exceeds ${maxBytes} bytes` });
    req.resume(); // discard the rest; the connection closes after the answer
    return undefined;
  };
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      resolve(tooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(size <= maxBytes ? Buffer.concat(chunks) : undefined));
    req.once('error', reject);
  });
}

export function startWebhookServer(options: {
  port: number;
  maxRequestBytes: number;
  onError?: (error: unknown) => void;
}): Promise<WebhookServer> {
  let handler: IngestHandler | undefined;
  let closing: Promise<void> | undefined;
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== WEBHOOK_PATH) return json(res, 404, { error: 'Not found' });
    if (req.method !== 'POST') return json(res, 405, { error: 'Method not allowed' }, { allow: 'POST' });
    try {
      const receivedAt = Date.now();
      const body = await readBody(req, res, options.maxRequestBytes);
      if (!body) return;
      if (!handler) return json(res, 503, { error: 'Starting, retry in a moment' });
      const event = apiGatewayEvent(req, body, receivedAt);
      const result = await handler(event);
      res.writeHead(result.statusCode ?? 200, {
        ...(result.headers as Record<string, string>),
        [REQUEST_ID_HEADER]: event.requestContext.requestId,
      });
      res.end(result.body ?? '');
    } catch (error) {
      options.onError?.(error);
      if (!res.headersSent) json(res, 500, { error: 'Internal error' });
      else res.destroy();
    }
  });
  server.requestTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${options.port} on 127.0.0.1 is already in use; set PORT to another port`)
          : error,
      ),
    );
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
        setHandler: (h) => {
          handler = h;
        },
        // Once: the stack closes the port when it stops serving, and again as the phase that bound it.
        close: () => {
          closing ??= new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          });
          return closing;
        },
      });
    });
  });
}
