// The app's side of forwarding, for tests: an HTTP server on loopback that verifies every request with
// the `standardwebhooks` library, as Lava's users would, records it, and answers what the test
// scripts (a status, or no answer at all). It can go down and come back on the same port.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Delivery {
  webhookId: string;
  timestamp: number;
  signature: string;
  body: string;
  /** The verified payload; undefined when verification failed (the answer was 401). */
  payload?: { type: string; timestamp: string; data: Record<string, unknown> };
  status: number | 'no answer';
  at: number;
}

/** What to answer a request: a status (with headers), or `hang` to never answer. */
export type Script = (
  webhookId: string,
  nth: number,
) => number | { status: number; headers?: Record<string, string> } | 'hang';

const header = (headers: IncomingHttpHeaders, name: string) => String(headers[name] ?? '');

/** `secret` may come later (`useSecret`): until then every request is refused with 401. */
export async function startReceiver(secret: string | undefined, script: Script = () => 200) {
  let webhook = secret === undefined ? undefined : new Webhook(secret);
  const deliveries: Delivery[] = [];
  const hanging = new Set<ServerResponse>();
  let answer = script;
  let server: Server | undefined;
  let port = 0;

  const handle = (body: string, headers: IncomingHttpHeaders, res: ServerResponse) => {
    const webhookId = header(headers, 'webhook-id');
    const delivery: Delivery = {
      webhookId,
      timestamp: Number(header(headers, 'webhook-timestamp')),
      signature: header(headers, 'webhook-signature'),
      body,
      status: 401,
      at: Date.now(),
    };
    deliveries.push(delivery);
    try {
      if (!webhook) throw new Error('no secret yet');
      delivery.payload = webhook.verify(body, {
        'webhook-id': webhookId,
        'webhook-timestamp': header(headers, 'webhook-timestamp'),
        'webhook-signature': delivery.signature,
      }) as Delivery['payload'];
    } catch {
      res.writeHead(401).end('bad signature');
      return;
    }
    const nth = deliveries.filter((d) => d.webhookId === webhookId).length;
    const scripted = answer(webhookId, nth);
    if (scripted === 'hang') {
      delivery.status = 'no answer';
      hanging.add(res);
      return;
    }
    const { status, headers: extra } =
      typeof scripted === 'number' ? { status: scripted, headers: {} } : scripted;
    delivery.status = status;
    res.writeHead(status, { 'content-type': 'text/plain', ...extra }).end(`answered ${status}`);
  };

  const listen = async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => handle(Buffer.concat(chunks).toString('utf8'), req.headers, res));
    });
    await new Promise<void>((resolve, reject) => {
      server?.once('error', reject);
      server?.listen(port, '127.0.0.1', resolve);
    });
    port = (server.address() as AddressInfo).port;
  };
  await listen();

  return {
    url: `http://127.0.0.1:${port}/webhooks/lava-events`,
    deliveries,
    /** Requests that were verified and answered 2xx. */
    delivered: () => deliveries.filter((d) => typeof d.status === 'number' && d.status < 300),
    script(next: Script) {
      answer = next;
    },
    useSecret(next: string) {
      webhook = new Webhook(next);
    },
    /** Stops listening: the next requests are refused (the app is down). */
    async down() {
      for (const res of hanging) res.destroy();
      hanging.clear();
      const closing = server;
      server = undefined;
      await new Promise<void>((resolve) => {
        closing?.closeAllConnections();
        closing?.close(() => resolve());
      });
    },
    /** Listens again on the same port. */
    up: listen,
    close() {
      return this.down();
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
