// Signed API Gateway events with ~1 KiB Lava bodies, as the benchmarks send them.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { signPlain } from '../lambdas/shared/sign-webhook';
import { WEBHOOK_PATH } from '../lib/definitions';

export const BENCH_SECRET = 'whsec_bench';
export const BENCH_QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/bench';

export function lavaBody(i: number, event = 'connection.wallet.balance.updated'): string {
  const body = {
    event,
    data: {
      connection_id: `con_bench_${String(i).padStart(8, '0')}`,
      has_lava_credit_balance: i % 7 !== 0,
      reference_id: `user_${i}`,
      customer: {
        email: `user${i}@example.com`,
        phone: '+15550100',
        first_name: 'Ada',
        last_name: 'Lovelace',
      },
      wallet: { balance: ((i % 1000) / 10).toFixed(2), autopay_enabled: i % 2 === 0 },
      subscription: { plan_id: 'plan_pro', status: 'active', renews_at: '2026-12-27T00:00:00Z' },
      metadata: { source: 'bench', tier: 'gold', region: 'eu-west-1' },
      created_at: '2026-11-01T10:00:00Z',
    },
  };
  const text = JSON.stringify(body);
  // Pad to about 1 KiB, the size the benchmarks promise.
  return JSON.stringify({
    ...body,
    data: { ...body.data, padding: 'x'.repeat(Math.max(0, 1024 - text.length - 14)) },
  });
}

export function signedEvent(body: string, now = Date.now()): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `POST ${WEBHOOK_PATH}`,
    rawPath: WEBHOOK_PATH,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', 'x-webhook-signature': signPlain(body, BENCH_SECRET) },
    isBase64Encoded: false,
    body,
    requestContext: { requestId: `bench-${now}`, timeEpoch: now } as APIGatewayProxyEventV2['requestContext'],
  };
}
