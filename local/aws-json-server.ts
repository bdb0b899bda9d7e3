// A loopback server speaking the AWS JSON 1.1 protocol (POST /, `X-Amz-Target: Service.Operation`),
// so that the handlers' real Secrets Manager and EventBridge clients run against the local stack,
// and the REST-JSON routes of services that use that protocol (Lambda's configuration), for the CLI.
// No request signing is checked: it binds 127.0.0.1 only.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export class AwsJsonError extends Error {
  override name = 'AwsJsonError';
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export type Operation = (input: Record<string, unknown>) => Promise<unknown> | unknown;

/** A REST-JSON operation: its method, its path (groups are its parameters, decoded) and what it does. */
export interface RestRoute {
  method: string;
  path: RegExp;
  handle(params: string[], input: Record<string, unknown>): Promise<unknown> | unknown;
}

export interface AwsJsonServer {
  endpoint: string;
  close(): Promise<void>;
}

const MAX_REQUEST_BYTES = 1024 * 1024;

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) throw new AwsJsonError('ValidationException', 'Request too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    const value: unknown = text === '' ? {} : JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error();
    return value as Record<string, unknown>;
  } catch {
    throw new AwsJsonError('SerializationException', 'Request body is not a JSON object');
  }
}

/** The REST route a request names, with its path parameters. */
function restRoute(routes: readonly RestRoute[], method: string, url: string) {
  const path = new URL(url, 'http://local').pathname;
  for (const route of routes) {
    const match = route.method === method ? route.path.exec(path) : null;
    if (match) return { route, params: match.slice(1).map(decodeURIComponent) };
  }
  return undefined;
}

/** `operations` is keyed by the full target, e.g. `secretsmanager.GetSecretValue`. */
export function startAwsJsonServer(
  operations: Record<string, Operation>,
  port = 0,
  routes: readonly RestRoute[] = [],
): Promise<AwsJsonServer> {
  const server: Server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown, errorType?: string) => {
      res.writeHead(status, {
        'content-type': 'application/x-amz-json-1.1',
        ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
      });
      res.end(JSON.stringify(body));
    };
    try {
      const rest = restRoute(routes, req.method ?? '', req.url ?? '/');
      if (rest) return reply(200, (await rest.route.handle(rest.params, await readJson(req))) ?? {});
      const target = String(req.headers['x-amz-target'] ?? '');
      const operation = req.method === 'POST' ? operations[target] : undefined;
      if (!operation) throw new AwsJsonError('UnknownOperationException', `Unsupported operation ${target}`);
      reply(200, (await operation(await readJson(req))) ?? {});
    } catch (error) {
      const e =
        error instanceof AwsJsonError ? error : new AwsJsonError('InternalFailure', 'Internal error', 500);
      reply(e.status, { __type: e.type, message: e.message }, e.type);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        endpoint: `http://127.0.0.1:${bound}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
