// Lava's REST API through its own Node SDK (`@lavapayments/nodejs`), with a transport that suits a
// scheduled job: the SDK's public `request` method, which every resource calls, is overridden so that
// each call is paced (requests per second), bounded in time, retried on 429 (after Retry-After) and on
// 5xx for idempotent calls, and fails with the HTTP status as a field. The SDK's own transport has no
// timeout and reports the status only inside its message text, with the headers (Retry-After) gone.
// The secret key never appears in an error: any echo of it is replaced.
import {
  Lava,
  type ListResponse,
  type RestCustomer,
  type RestWebhook,
  type RestWebhookCreate,
} from '@lavapayments/nodejs';

export type KeyMode = 'test' | 'live';

/** Lava allows at most this many webhook endpoints per merchant. */
export const LAVA_MAX_WEBHOOKS = 3;
/** Lava gives a delivery this long to be answered, and never sends it again. */
export const LAVA_DELIVERY_TIMEOUT_MS = 10_000;

/** Test keys (`aks_test_…`) read the sandbox, whose ids carry `_test_`. */
export const keyMode = (secretKey: string): KeyMode => (secretKey.startsWith('aks_test_') ? 'test' : 'live');
export const idMode = (id: string): KeyMode => (id.includes('_test_') ? 'test' : 'live');

export class LavaApiError extends Error {
  override name = 'LavaApiError';
  constructor(
    /** HTTP status, or 0 when Lava could not be reached. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface LavaClientOptions {
  /** The SDK's `baseUrl` (a fake or the sandbox); by default the SDK picks it from the key. */
  baseUrl?: string | undefined;
  /** Pacing: at most this many requests a second from this client (default 5). */
  requestsPerSecond?: number;
  /** Each request is abandoned after this long (default 10 s). */
  timeoutMs?: number;
  /** Retries of a 429, a 5xx or a network failure before the call fails (default 4). */
  maxRetries?: number;
  /** Longest wait honoured from a Retry-After header (default 60 s). */
  maxRetryAfterMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Aborting it ends the call in flight and any wait at once (Ctrl-C), with LavaApiError(0). */
  signal?: AbortSignal | undefined;
  /** Told about each retry (for logs and metrics). */
  onRetry?: (info: { status: number; waitMs: number; attempt: number }) => void;
}

/** What the reconciler and the CLI use of Lava. */
export interface LavaApi {
  mode: KeyMode;
  listCustomers(cursor: string | undefined, limit: number): Promise<ListResponse<RestCustomer>>;
  /** undefined when Lava answers 404 (the customer is gone). */
  retrieveCustomer(customerId: string): Promise<RestCustomer | undefined>;
  listWebhooks(): Promise<RestWebhook[]>;
  createWebhook(params: { name: string; url: string }): Promise<RestWebhookCreate>;
  /** false when Lava answers 404 (already gone). */
  deleteWebhook(webhookId: string): Promise<boolean>;
}

const sleepFor = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    // Cut short when aborted: the caller then sees the signal and stops.
    const cutShort = () => {
      clearTimeout(timer);
      resolve();
    };
    signal?.addEventListener('abort', cutShort, { once: true });
  });

/** Retry-After in seconds or as an HTTP date, in milliseconds. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

type RequestOptions = { data?: unknown; query?: Record<string, string> };

class PacedLava extends Lava {
  private readonly key: string;
  private readonly base: string;
  private nextSlot = 0;

  constructor(
    secretKey: string,
    private readonly options: Required<Omit<LavaClientOptions, 'baseUrl' | 'onRetry' | 'signal'>> &
      Pick<LavaClientOptions, 'baseUrl' | 'onRetry' | 'signal'>,
  ) {
    super(secretKey, options.baseUrl ? { baseUrl: options.baseUrl } : {});
    this.key = secretKey;
    // The base URL the SDK chose (sandbox for test keys) or was given.
    const base: unknown = Reflect.get(this, 'baseUrl');
    if (typeof base !== 'string') throw new Error('the Lava SDK no longer exposes its base URL');
    this.base = base.endsWith('/') ? base : `${base}/`;
  }

  private async pace(): Promise<void> {
    const interval = 1000 / this.options.requestsPerSecond;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + interval;
    if (slot > now) await this.options.sleep(slot - now, this.options.signal);
  }

  private interrupted(method: string, url: URL) {
    return new LavaApiError(0, `Lava API call interrupted: ${method} ${url.pathname}`);
  }

  private scrub(text: string): string {
    return text.split(this.key).join('[secret key]');
  }

  override async request<T>(method: string, path: string, { data, query }: RequestOptions = {}): Promise<T> {
    const url = new URL(path, this.base);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.append(k, v);
    // A POST that failed on the server may have happened: only a refused one (429) is sent again.
    const idempotent = method === 'GET' || method === 'DELETE';
    const { signal } = this.options;
    for (let attempt = 1; ; attempt++) {
      await this.pace();
      if (signal?.aborted) throw this.interrupted(method, url);
      let response: Response;
      try {
        const timeout = AbortSignal.timeout(this.options.timeoutMs);
        response = await fetch(url, {
          method,
          headers: { Authorization: `Bearer ${this.key}`, 'Content-Type': 'application/json' },
          body: data === undefined ? undefined : JSON.stringify(data),
          signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
        });
      } catch (error) {
        if (signal?.aborted) throw this.interrupted(method, url);
        const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable';
        if (idempotent && attempt <= this.options.maxRetries) {
          await this.retry(0, attempt, undefined);
          continue;
        }
        throw new LavaApiError(0, `Lava API ${reason}: ${method} ${url.pathname}`);
      }
      if (response.ok) return (await response.json()) as T;
      const body = (await response.json().catch(() => ({}))) as { error?: unknown };
      const retryable = response.status === 429 || (idempotent && response.status >= 500);
      if (retryable && attempt <= this.options.maxRetries) {
        await this.retry(response.status, attempt, retryAfterMs(response.headers.get('retry-after')));
        continue;
      }
      const detail = typeof body.error === 'string' ? body.error : JSON.stringify(body.error ?? 'no detail');
      throw new LavaApiError(
        response.status,
        this.scrub(`Lava API ${response.status} on ${method} ${url.pathname}: ${detail}`),
      );
    }
  }

  private async retry(status: number, attempt: number, retryAfter: number | undefined) {
    // Exponential from 0.5 s when Lava does not say how long to wait.
    const waitMs = Math.min(retryAfter ?? 500 * 2 ** (attempt - 1), this.options.maxRetryAfterMs);
    this.options.onRetry?.({ status, waitMs, attempt });
    await this.options.sleep(waitMs, this.options.signal);
  }
}

/** Lava's secret key is missing from its secret, empty, or not a key at all (never echoed). */
export class LavaKeyError extends Error {
  override name = 'LavaKeyError';
}

export function lavaApi(secretKey: string, options: LavaClientOptions = {}): LavaApi {
  if (secretKey.trim() === '') throw new LavaKeyError('the Lava secret key is empty');
  const sdk = new PacedLava(secretKey.trim(), {
    baseUrl: options.baseUrl,
    requestsPerSecond: options.requestsPerSecond ?? 5,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRetries: options.maxRetries ?? 4,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    sleep: options.sleep ?? sleepFor,
    onRetry: options.onRetry,
    signal: options.signal,
  });
  const absentOn404 = <T>(call: Promise<T>) =>
    call.catch((error: unknown) => {
      if (error instanceof LavaApiError && error.status === 404) return undefined;
      throw error;
    });
  return {
    mode: keyMode(secretKey.trim()),
    listCustomers: (cursor, limit) => sdk.customers.list({ ...(cursor ? { cursor } : {}), limit }),
    // The SDK puts the id into the path as it is.
    retrieveCustomer: (id) => absentOn404(sdk.customers.retrieve(encodeURIComponent(id))),
    async listWebhooks() {
      const all: RestWebhook[] = [];
      let cursor: string | undefined;
      do {
        const page = await sdk.webhooks.list({ ...(cursor ? { cursor } : {}), limit: 100 });
        all.push(...page.data);
        cursor = page.has_more ? page.next_cursor : undefined;
      } while (cursor);
      return all;
    },
    createWebhook: (params) => sdk.webhooks.create(params),
    deleteWebhook: async (id) =>
      (await absentOn404(sdk.webhooks.delete(encodeURIComponent(id)))) !== undefined,
  };
}
