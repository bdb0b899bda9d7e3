// An in-process HTTP transport for the AWS SDK: requests never leave the process, so a benchmark
// measures our code and the SDK's, not a network. It answers what the ingest path calls.
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

interface StubRequest {
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** A forwarding secret for the benchmarks: 32 bytes, as `generateForwardSecret` makes them. */
export const BENCH_FORWARD_SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

export function answer(target: string, body: string): object {
  if (target.endsWith('.SendMessage')) {
    const input = JSON.parse(body) as { MessageBody: string };
    return {
      MessageId: randomUUID(),
      MD5OfMessageBody: createHash('md5').update(input.MessageBody).digest('hex'),
    };
  }
  if (target.endsWith('.GetSecretValue')) {
    // The forwarder's secret is base64 (Standard Webhooks); Lava's signing secret any text.
    const { SecretId } = JSON.parse(body) as { SecretId?: string };
    if (SecretId?.includes('forward')) return { SecretString: BENCH_FORWARD_SECRET };
    return { SecretString: process.env.BENCH_SECRET ?? 'whsec_bench' };
  }
  throw new Error(`stub transport cannot answer ${target}`);
}

/** Pass as `requestHandler` in an SDK client's configuration. */
export const stubRequestHandler = {
  async handle(request: StubRequest) {
    const target = request.headers['x-amz-target'] ?? '';
    const raw = request.body ?? '';
    // A view, not Buffer.from(raw): the SDK's body type answers valueOf() with a warning.
    const text =
      typeof raw === 'string'
        ? raw
        : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
    const payload = Buffer.from(JSON.stringify(answer(target, text)));
    return {
      response: {
        statusCode: 200,
        reason: 'OK',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'content-length': String(payload.length) },
        body: Readable.from([payload]),
      },
    };
  },
  updateHttpClientConfig() {},
  httpHandlerConfigs: () => ({}),
  destroy() {},
};

export const STUB_CLIENT_CONFIG = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  requestHandler: stubRequestHandler,
} as const;
