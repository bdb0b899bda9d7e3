// A loopback fake of Lava's REST API, shaped by the SDK's own types: customers (cursor pagination,
// retrieve with 404, subscription), webhooks (create with a secret, list, delete, at most 3 per
// merchant as Lava allows), bearer auth (401), injected faults (429 with Retry-After, 5xx), listings
// that misbehave (a cursor that repeats, pages that repeat, `has_more` without a cursor, pages over
// the limit), requests held until a test lets them go, and deliveries to every registered endpoint
// signed with its secret, as Lava sends them. Test values only.
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
import { LAVA_DELIVERY_TIMEOUT_MS, LAVA_MAX_WEBHOOKS } from '../../lambdas/reconciler/lava-api';
import { signatureHeader } from '../../lambdas/shared/sign-webhook';

export interface Fault {
  status: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** Which requests it hits (default: any). */
  match?: (method: string, path: string) => boolean;
  /** How many requests it hits (default 1). */
  times?: number;
}

/** Ways the customer listing can go wrong (each seen, or feared, from a real API). */
export interface ListingMisbehaviour {
  /** Every page says `has_more: true` and names the cursor it was asked with (the first page's next). */
  repeatCursor?: boolean;
  /** Every page after the first is the first page again, under a new cursor each time. */
  repeatFirstPage?: boolean;
  /** A page that has more says so without a `next_cursor`. */
  noCursor?: boolean;
  /** Pages ignore `limit` and hold up to this many customers. */
  pageLimit?: number;
  /** After the customers, empty pages with `has_more: true` and a new cursor, forever. */
  endless?: boolean;
}

/** A request the fake does not answer until `release()`; `arrived` resolves when it comes in. */
export interface Held {
  arrived: Promise<void>;
  release(): void;
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
  /** A listing entry as it is, whatever it holds (no id, an id of the wrong type…). */
  addEntry(entry: unknown): void;
  misbehave(listing: ListingMisbehaviour): void;
  fail(fault: Fault): void;
  /** Holds the next request that matches. */
  hold(match: (method: string, path: string) => boolean): Held;
  /** Called before a webhook endpoint is deleted (both endpoints exist during a rotation's overlap). */
  beforeWebhookDelete?: (webhookId: string) => Promise<void>;
  /** Delivers `body` once to every endpoint, signed with its secret (plain scheme); the answers. */
  deliver(body: string): Promise<{ webhookId: string; status: number }[]>;
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

/** A promise and what resolves it (Promise.withResolvers, which Node 20 lacks). */
function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

type Answer = { status: number; body: unknown; headers?: object };

export async function startFakeLava(secretKey = 'aks_test_fake_key_0001'): Promise<FakeLava> {
  const customers = new Map<string, RestCustomer>();
  /** The listing, in order: each entry with the sequence number its cursor names. */
  const entries: { seq: number; value: unknown }[] = [];
  const webhooks = new Map<string, RestWebhookCreate>();
  const faults: Fault[] = [];
  const holds: { match: (method: string, path: string) => boolean; gate: Promise<void>; came(): void }[] = [];
  const log: FakeLava['log'] = [];
  let listing: ListingMisbehaviour = {};

  function listCustomers(url: URL): Answer {
    const asked = url.searchParams.get('cursor') ?? undefined;
    const limit = listing.pageLimit ?? Math.min(100, Number(url.searchParams.get('limit') ?? 10));
    // A cursor is `cur_<sequence of the last entry listed>`, with an optional `_<suffix>`.
    const after = asked ? Number.parseInt(asked.slice('cur_'.length), 10) : -1;
    const rest = entries.filter((e) => e.seq > after);
    const again = listing.repeatFirstPage === true && asked !== undefined;
    const page = again ? entries.slice(0, limit) : rest.slice(0, limit);
    let hasMore = again || rest.length > limit || (listing.repeatFirstPage === true && entries.length > 0);
    let next = again ? `${asked}_again` : `cur_${page.at(-1)?.seq ?? after}`;
    if (listing.repeatCursor) {
      hasMore = true;
      next = asked ?? next;
    }
    if (listing.endless && !hasMore) {
      hasMore = true;
      next = `cur_${page.at(-1)?.seq ?? after}_${++sequence}`;
    }
    const body = {
      data: page.map((e) => e.value),
      has_more: hasMore,
      ...(hasMore && !listing.noCursor ? { next_cursor: next } : {}),
    } as ListResponse<RestCustomer>;
    return { status: 200, body };
  }

  async function createWebhook(req: IncomingMessage): Promise<Answer> {
    const input = await readBody(req);
    if (typeof input.name !== 'string' || typeof input.url !== 'string') {
      return { status: 400, body: { error: 'name and url are required' } };
    }
    if (webhooks.size >= LAVA_MAX_WEBHOOKS)
      return {
        status: 400,
        body: { error: `Maximum of ${LAVA_MAX_WEBHOOKS} webhooks per merchant reached` },
      };
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

  async function deleteWebhook(id: string): Promise<Answer> {
    if (!webhooks.has(id)) return { status: 404, body: { error: 'Webhook not found' } };
    await fake.beforeWebhookDelete?.(id);
    webhooks.delete(id);
    return { status: 200, body: { id, deleted: true } satisfies DeletedResponse };
  }

  const route = async (req: IncomingMessage): Promise<Answer> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/v1\//, '');
    const held = holds.find((h) => h.match(method, path));
    if (held) {
      holds.splice(holds.indexOf(held), 1);
      held.came();
      await held.gate;
    }
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
    if (parts[0] === 'customers' && parts.length === 1 && method === 'GET') return listCustomers(url);
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
    if (parts[0] === 'webhooks' && parts.length === 1 && method === 'POST') return createWebhook(req);
    if (parts[0] === 'webhooks' && parts[1] && method === 'DELETE') return deleteWebhook(parts[1]);
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
  const fake: FakeLava = {
    baseUrl: `http://127.0.0.1:${port}/v1/`,
    secretKey,
    customers,
    webhooks,
    log,
    addCustomer(partial) {
      const full = customer(partial.customer_id, partial);
      customers.set(full.customer_id, full);
      entries.push({ seq: ++sequence, value: full });
      return full;
    },
    addEntry: (value) => void entries.push({ seq: ++sequence, value }),
    misbehave(how) {
      listing = how;
    },
    fail: (fault) => void faults.push({ times: 1, ...fault }),
    hold(match) {
      const arrived = deferred();
      const gate = deferred();
      holds.push({ match, gate: gate.promise, came: arrived.resolve });
      return { arrived: arrived.promise, release: gate.resolve };
    },
    async deliver(body) {
      const answers = [...webhooks.values()].map(async (w) => {
        const res = await fetch(w.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...signatureHeader(body, w.webhook_secret, 'plain'),
          },
          body,
          signal: AbortSignal.timeout(LAVA_DELIVERY_TIMEOUT_MS),
        });
        return { webhookId: w.webhook_id, status: res.status };
      });
      return Promise.all(answers);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
