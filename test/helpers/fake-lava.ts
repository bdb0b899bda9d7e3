// A loopback fake of Lava's REST API, shaped by the SDK's own types: customers (cursor pagination,
// retrieve with 404, subscription), webhooks (create with a secret, list, delete), bearer auth (401),
// and injected faults (429 with Retry-After, 5xx). Test values only.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  DeletedResponse,
  ListResponse,
  RestCustomer,
  RestCustomerSubscriptionResponse,
  RestWebhook,
  RestWebhookCreate,
} from '@lavapayments/nodejs';

export interface Fault {
  status: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** Which requests it hits (default: any). */
  match?: (method: string, path: string) => boolean;
  /** How many requests it hits (default 1). */
  times?: number;
}

export interface FakeLava {
  /** The SDK's `baseUrl`. */
  baseUrl: string;
  secretKey: string;
  customers: Map<string, RestCustomer>;
  webhooks: Map<string, RestWebhookCreate>;
  /** Every request answered: method, path with query, status. */
  log: { method: string; path: string; status: number }[];
  addCustomer(customer: Partial<RestCustomer> & { customer_id: string }): RestCustomer;
  fail(fault: Fault): void;
  close(): Promise<void>;
}

let sequence = 0;

export function customer(id: string, overrides: Partial<RestCustomer> = {}): RestCustomer {
  return {
    customer_id: id,
    reference_id: `ref_${id}`,
    contact: { email: `${id}@example.com`, phone: '+15550100', first_name: 'Ada', last_name: 'Lovelace' },
    subscription: null,
    metadata: null,
    created_at: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startFakeLava(secretKey = 'aks_test_fake_key_0001'): Promise<FakeLava> {
  const customers = new Map<string, RestCustomer>();
  const order = new Map<string, number>(); // customer id → insertion sequence (the cursor's key)
  const webhooks = new Map<string, RestWebhookCreate>();
  const faults: Fault[] = [];
  const log: FakeLava['log'] = [];

  const route = async (
    req: IncomingMessage,
  ): Promise<{ status: number; body: unknown; headers?: object }> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/v1\//, '');
    const fault = faults.find((f) => (f.match ?? (() => true))(method, path));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) faults.splice(faults.indexOf(fault), 1);
      const headers = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      return { status: fault.status, body: { error: `injected ${fault.status}` }, headers };
    }
    if (req.headers.authorization !== `Bearer ${secretKey}`)
      return { status: 401, body: { error: 'Unauthorized' } };
    const parts = path.split('/').map(decodeURIComponent);
    if (parts[0] === 'customers' && parts.length === 1 && method === 'GET') {
      const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 10));
      const after = Number(url.searchParams.get('cursor')?.replace(/^cur_/, '') ?? -1);
      const page = [...customers.values()].filter((c) => (order.get(c.customer_id) ?? 0) > after);
      const data = page.slice(0, limit);
      const last = data.at(-1);
      const body: ListResponse<RestCustomer> = {
        data,
        has_more: page.length > limit,
        ...(page.length > limit && last ? { next_cursor: `cur_${order.get(last.customer_id)}` } : {}),
      };
      return { status: 200, body };
    }
    if (parts[0] === 'customers' && parts[1] && method === 'GET') {
      const found = customers.get(parts[1]);
      if (!found) return { status: 404, body: { error: 'Customer not found' } };
      if (parts[2] === 'subscription') {
        const body: RestCustomerSubscriptionResponse = { subscription: null };
        return { status: 200, body };
      }
      return { status: 200, body: found };
    }
    if (parts[0] === 'webhooks' && parts.length === 1 && method === 'GET') {
      const data: RestWebhook[] = [...webhooks.values()].map(({ webhook_secret: _s, ...w }) => w);
      return { status: 200, body: { data, has_more: false } satisfies ListResponse<RestWebhook> };
    }
    if (parts[0] === 'webhooks' && parts.length === 1 && method === 'POST') {
      const input = await readBody(req);
      if (typeof input.name !== 'string' || typeof input.url !== 'string') {
        return { status: 400, body: { error: 'name and url are required' } };
      }
      const created: RestWebhookCreate = {
        webhook_id: `wh_test_${++sequence}`,
        name: input.name,
        url: input.url,
        created_at: new Date().toISOString(),
        webhook_secret: `whsec_test_${randomBytes(12).toString('hex')}`,
      };
      webhooks.set(created.webhook_id, created);
      return { status: 200, body: created };
    }
    if (parts[0] === 'webhooks' && parts[1] && method === 'DELETE') {
      if (!webhooks.delete(parts[1])) return { status: 404, body: { error: 'Webhook not found' } };
      return { status: 200, body: { id: parts[1], deleted: true } satisfies DeletedResponse };
    }
    return { status: 404, body: { error: `no route ${method} ${path}` } };
  };

  const server = createServer((req, res: ServerResponse) => {
    route(req)
      .catch(() => ({ status: 500, body: { error: 'fake failed' }, headers: {} }))
      .then(({ status, body, headers }) => {
        log.push({ method: req.method ?? '', path: req.url ?? '', status });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1/`,
    secretKey,
    customers,
    webhooks,
    log,
    addCustomer(partial) {
      const full = customer(partial.customer_id, partial);
      customers.set(full.customer_id, full);
      order.set(full.customer_id, ++sequence);
      return full;
    },
    fail: (fault) => void faults.push({ times: 1, ...fault }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
