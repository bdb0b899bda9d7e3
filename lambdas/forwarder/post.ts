// One POST to the app, bounded in time: the answer's status and the start of its body, or why there
// was none. node:http(s) rather than fetch: no undici to load at a cold start, and Node's global
// agents keep connections to the app alive between invocations of a warm container.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** How much of the app's answer is kept, for the log line and `forward test`. */
const KEPT_BODY_BYTES = 2048;

export type Answer =
  | { kind: 'answered'; status: number; body: string; retryAfterSeconds?: number; ms: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'unreachable'; error: string; ms: number };

export interface PostRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

/** Retry-After in seconds (RFC 9110: delay-seconds or an HTTP date), if the app sent one. */
function retryAfterOf(res: IncomingMessage, now: number): number | undefined {
  const raw = res.headers['retry-after'];
  if (!raw) return undefined;
  const seconds = /^\d+$/.test(raw) ? Number(raw) : (Date.parse(raw) - now) / 1000;
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

export function postWebhook(request: PostRequest): Promise<Answer> {
  const started = Date.now();
  const ms = () => Date.now() - started;
  const url = new URL(request.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    const req = send(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(request.body)),
        'user-agent': 'lava-webhooks-forwarder',
        ...request.headers,
      },
    });
    // The whole exchange, connection to last byte: a slow app is a failed attempt.
    const timer = setTimeout(() => {
      settle({ kind: 'timeout', ms: ms() });
      req.destroy();
    }, request.timeoutMs);
    req.on('error', (error) => settle({ kind: 'unreachable', error: error.message, ms: ms() }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on('data', (chunk: Buffer) => {
        if (kept < KEPT_BODY_BYTES) chunks.push(chunk.subarray(0, KEPT_BODY_BYTES - kept));
        kept += chunk.length;
      });
      res.on('error', (error) => settle({ kind: 'unreachable', error: error.message, ms: ms() }));
      res.on('end', () => {
        const retryAfterSeconds = retryAfterOf(res, Date.now());
        settle({
          kind: 'answered',
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
          ms: ms(),
        });
      });
    });
    req.end(request.body);
  });
}
