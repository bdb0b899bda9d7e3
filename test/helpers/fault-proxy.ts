// A loopback HTTP proxy in front of a real local server, for injecting faults that the real SDK
// clients see on the wire: error responses (throttling, 5xx), requests that never answer, answers
// that never end (headers, then a byte now and then: no idle timeout ever fires), and slow answers.
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Fault {
  /** Which requests to hit: matched against the raw request body. */
  match: (body: string) => boolean;
  /**
   * `hang` never answers; `trickle` answers 200 with headers, then a space every 100 ms, never ending;
   * `{ delayMs }` passes the request on after that long; otherwise this status and JSON body.
   */
  respond: 'hang' | 'trickle' | { delayMs: number } | { status: number; type: string; message: string };
  /** How many matching requests to hit; Infinity until removed. */
  times: number;
}

export async function startFaultProxy(target: string) {
  const faults = new Set<Fault>();
  const hanging = new Set<IncomingMessage>();
  const timers = new Set<NodeJS.Timeout>();
  let hits = 0;
  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const url = new URL(req.url ?? '/', target);
    const upstream = request(url, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    upstream.end(body);
  };
  const trickle = (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'content-length': '1048576' });
    const timer = setInterval(() => res.write(' '), 100);
    timers.add(timer);
    res.on('close', () => {
      clearInterval(timer);
      timers.delete(timer);
    });
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = body.toString('utf8');
      const fault = [...faults].find((f) => f.times > 0 && f.match(text));
      if (!fault) return forward(req, res, body);
      fault.times--;
      hits++;
      const { respond } = fault;
      if (respond === 'hang') hanging.add(req);
      else if (respond === 'trickle') trickle(res);
      else if ('delayMs' in respond) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          forward(req, res, body);
        }, respond.delayMs);
        timers.add(timer);
      } else {
        res.writeHead(respond.status, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify({ __type: respond.type, message: respond.message }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  /** Returns the function that removes the fault. */
  const add = (fault: Fault) => {
    faults.add(fault);
    return () => faults.delete(fault);
  };
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    add,
    /** Every request answered so (an outage), `times` times or until removed. */
    failAll: (respond: Fault['respond'], times = Number.POSITIVE_INFINITY) =>
      add({ match: () => true, respond, times }),
    clear: () => faults.clear(),
    hits: () => hits,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const req of hanging) req.socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const THROTTLED = {
  status: 400,
  type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'injected throttle',
};
export const DYNAMODB_INTERNAL_ERROR = {
  status: 500,
  type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
  message: 'down',
};
export const SQS_UNAVAILABLE = { status: 503, type: 'ServiceUnavailable', message: 'injected outage' };
