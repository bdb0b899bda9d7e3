// Forwarding to the app on real local servers (test/helpers/forward-rig.ts): the consumer's publisher
// puts domain events on the local bus, its rule target queues them, the forwarder signs and POSTs them
// to an app that verifies every request with the `standardwebhooks` library. What the app sees: each
// event delivered under one webhook-id, whatever failed before.

import type { SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { forwardQueueDepth } from '../cli/commands/forward/run';
import type { DomainEvent } from '../lambdas/core/decide';
import { webhookIdOf } from '../lambdas/forwarder/forwarded-event';
import { forwarderHandlerFromEnv } from '../lambdas/forwarder/from-env';
import { FORWARDER_METRICS } from '../lambdas/forwarder/metric-names';
import { RETRY_ATTRIBUTES } from '../lambdas/forwarder/retry-queue';
import { ENV } from '../lambdas/shared/env';
import { type ForwardRig, type RigOptions, startForwardRig } from './helpers/forward-rig';
import { until } from './helpers/until';

let rig: ForwardRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});
const start = async (options: RigOptions = {}) => {
  rig = await startForwardRig(options);
  return rig;
};

/** A domain event as the consumer publishes it: the detail begins with these four. */
const domainEvent = (type: string, connectionId: string, sourceEventId: string, more = {}): DomainEvent => ({
  type: type as DomainEvent['type'],
  detail: {
    connectionId,
    eventType: 'connection.wallet.balance.updated',
    eventAt: '2026-12-01T10:00:00.000Z',
    sourceEventId,
    ...more,
  },
});

/** A fast schedule: retries 0.1–0.2 s apart at first, never more than 0.4 s, given up after `forSeconds`. */
const fast = (forSeconds = 60): NodeJS.ProcessEnv => ({
  [ENV.forwardRetryFirstSeconds]: '0.2',
  [ENV.forwardRetryMaxSeconds]: '0.4',
  [ENV.forwardRetryForSeconds]: String(forSeconds),
});

async function queueHolds(r: ForwardRig, queueUrl: string) {
  const { waiting, inFlight, retryLater } = await forwardQueueDepth(r.sqs, queueUrl);
  return waiting + inFlight + retryLater;
}

/** Waits until the queue holds nothing: every event was delivered or given up. */
const drained = (r: ForwardRig) =>
  until(
    async () => ((await queueHolds(r, r.queues.queueUrl)) === 0 ? true : undefined),
    30_000,
    'queue empty',
  );

describe('forwarding domain events to the app', () => {
  it('delivers each event once, signed per Standard Webhooks, as {type, timestamp, data}, any detail-type', async () => {
    const r = await start();
    const events = [
      domainEvent('ConnectionCreated', 'con_f1', 'ev1', { email: 'a@example.com' }),
      domainEvent('BalanceDepleted', 'con_f1', 'ev2', { walletBalance: '0.00' }),
      // A detail-type this code never names: the rule forwards whatever the stack puts on the bus.
      domainEvent('SubscriptionChanged', 'con_f2', 'ev3', { plan: 'pro' }),
    ];
    await r.publish(events);
    await until(() => (r.app.delivered().length === 3 ? true : undefined), 30_000, 'three deliveries');
    await drained(r);

    expect(r.app.deliveries).toHaveLength(3); // once each, every one verified (none answered 401)
    for (const event of events) {
      const [delivery] = r.app.deliveries.filter((d) => d.payload?.type === event.type);
      expect(delivery?.webhookId).toBe(webhookIdOf(event.type, String(event.detail.sourceEventId)));
      expect(delivery?.payload).toEqual({
        type: event.type,
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        data: event.detail,
      });
      expect(Math.abs((delivery?.timestamp ?? 0) - Date.now() / 1000)).toBeLessThan(60);
    }
    expect(r.logged('forwarded').map((l) => l.status)).toEqual([200, 200, 200]);
    expect(r.metric(FORWARDER_METRICS.forwarded).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('gives a republished event (same Lava event, new EventBridge id) the same webhook-id', async () => {
    const r = await start();
    const event = domainEvent('BalanceRestored', 'con_f3', 'ev-republished');
    await r.publish([event]);
    await r.publish([event]); // the consumer publishing what it still owed, after a crash
    await until(() => (r.app.delivered().length === 2 ? true : undefined), 30_000, 'two deliveries');
    const [first, second] = r.app.delivered();
    expect(second?.webhookId).toBe(first?.webhookId);
    expect(second?.payload?.data).toEqual(first?.payload?.data);
  });

  it('retries a 500 with the same webhook-id and body until the app answers 200', async () => {
    const r = await start({ script: (_id, nth) => (nth === 1 ? 500 : 200), env: fast() });
    await r.publish([domainEvent('BalanceDepleted', 'con_f4', 'ev4')]);
    await until(() => (r.app.delivered().length === 1 ? true : undefined), 30_000, 'delivered');
    await drained(r);

    expect(r.app.deliveries.map((d) => d.status)).toEqual([500, 200]);
    const [failed, delivered] = r.app.deliveries;
    expect(delivered?.webhookId).toBe(failed?.webhookId);
    expect(delivered?.body).toBe(failed?.body);
    const [retry] = r.logged('forward failed; retrying');
    expect(retry).toMatchObject({ answer: 'HTTP 500', attempt: 1, answerBody: 'answered 500' });
    expect(r.logged('forwarded')).toMatchObject([{ attempt: 2, status: 200 }]);
    const retried = r.lines.find((l) => FORWARDER_METRICS.retried in l && l.Answer === '5xx');
    expect(retried).toBeDefined();
  });

  it('keeps retrying while the app is down, then delivers once it is back', async () => {
    const r = await start({ env: fast() });
    await r.app.down();
    await r.publish([domainEvent('ConnectionDeleted', 'con_f5', 'ev5')]);
    // Connection refused, again and again: each attempt rescheduled.
    await until(
      () => (r.logged('forward failed; retrying').length >= 3 ? true : undefined),
      30_000,
      'three refused attempts',
    );
    expect(r.logged('forward failed; retrying')[0]?.answer).toMatch(/^unreachable/);
    await r.app.up();
    await until(
      () => (r.app.delivered().length === 1 ? true : undefined),
      30_000,
      'delivered after the outage',
    );
    await drained(r);
    expect(r.app.deliveries).toHaveLength(1);
    expect(r.app.delivered()[0]?.webhookId).toBe(webhookIdOf('ConnectionDeleted', 'ev5'));
  });

  it('counts an answer slower than the timeout as a failed attempt', async () => {
    const r = await start({
      script: (_id, nth) => (nth === 1 ? 'hang' : 200),
      env: { ...fast(), [ENV.forwardTimeoutSeconds]: '1' },
    });
    await r.publish([domainEvent('BalanceDepleted', 'con_f6', 'ev6')]);
    await until(() => (r.logged('forwarded').length === 1 ? true : undefined), 30_000, 'delivered');
    expect(r.app.deliveries[0]?.status).toBe('no answer');
    expect(r.logged('forward failed; retrying')[0]?.answer).toBe('no answer within the timeout');
    // A later 200 that a very busy machine answered late would count as a timeout too: hence ≥ 2.
    expect(r.logged('forwarded')[0]?.attempt).toBeGreaterThanOrEqual(2);
  });

  it('waits at least as long as a Retry-After asks', async () => {
    const r = await start({
      script: (_id, nth) => (nth === 1 ? { status: 429, headers: { 'retry-after': '2' } } : 200),
      env: fast(),
    });
    await r.publish([domainEvent('BalanceDepleted', 'con_f7', 'ev7')]);
    await until(() => (r.app.delivered().length === 1 ? true : undefined), 30_000, 'delivered');
    const [first, second] = r.app.deliveries;
    expect(r.logged('forward failed; retrying')[0]?.retryInSeconds).toBe(2);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1_900);
  });

  it('moves an event to the forwarding DLQ once the schedule is over, with why', async () => {
    const r = await start({ script: () => 503, env: fast(1) });
    await r.publish([domainEvent('BalanceDepleted', 'con_f8', 'ev8')]);
    await until(() => (r.logged('forward failed; moved to the forwarding DLQ').length ? true : undefined));
    await drained(r);
    const [dead] = await r.deadLetters();
    const facts = JSON.parse(String(dead?.MessageAttributes?.[RETRY_ATTRIBUTES.deadLettered]?.StringValue));
    expect(facts).toMatchObject({ attempts: r.app.deliveries.length, lastAnswer: 'HTTP 503' });
    expect(facts.attempts).toBeGreaterThanOrEqual(2);
    // The message is the event as the rule queued it: a redrive sends it again from a fresh schedule.
    expect(JSON.parse(String(dead?.Body))['detail-type']).toBe('BalanceDepleted');
    expect(dead?.MessageAttributes?.[RETRY_ATTRIBUTES.attempts]).toBeUndefined();
    expect(r.metric(FORWARDER_METRICS.failed)).toEqual([1]);
  });

  it('moves a message that is no EventBridge event straight to the DLQ', async () => {
    const r = await start();
    await r.sendRaw('{"not":"an event"}');
    await until(() => (r.logged('unreadable message moved to the forwarding DLQ').length ? true : undefined));
    expect(r.app.deliveries).toHaveLength(0);
    const [dead] = await r.deadLetters();
    expect(dead?.Body).toBe('{"not":"an event"}');
  });

  it('queues an event due beyond SQS’s 15-minute delay again, in hops, without posting it', async () => {
    const r = await start();
    const now = Date.now();
    const event = {
      id: 'eb-hop',
      'detail-type': 'BalanceDepleted',
      time: '2026-12-01T10:00:00Z',
      detail: {},
    };
    await r.sendRaw(JSON.stringify(event), {
      [RETRY_ATTRIBUTES.attempts]: 12,
      [RETRY_ATTRIBUTES.firstAttemptAt]: now - 3_600_000,
      [RETRY_ATTRIBUTES.due]: now + 7_200_000,
    });
    // Received, found not due, sent again with SQS's longest delay, the received copy deleted.
    await until(async () => {
      const { waiting, inFlight, retryLater } = await forwardQueueDepth(r.sqs, r.queues.queueUrl);
      return waiting + inFlight === 0 && retryLater === 1 ? true : undefined;
    });
    expect(r.app.deliveries).toHaveLength(0);
  });

  it('without its secret, fails the batch whole and says why, posting nothing', async () => {
    const r = await start();
    const lines: Record<string, unknown>[] = [];
    const handler = forwarderHandlerFromEnv(
      {
        [ENV.forwardUrl]: r.app.url,
        [ENV.forwardSecretId]: 'no-such-secret',
        [ENV.forwardQueueUrl]: r.queues.queueUrl,
        [ENV.forwardDlqUrl]: r.queues.dlqUrl,
      },
      { sqs: r.sqs, secretsManager: r.secretsManager, write: (line) => lines.push(JSON.parse(line)) },
    );
    const body = JSON.stringify({ id: 'eb-x', 'detail-type': 'X', time: '2026-12-01T10:00:00Z', detail: {} });
    const event = { Records: [{ messageId: 'm1', body, messageAttributes: {} }] } as unknown as SQSEvent;
    await expect(handler(event)).rejects.toThrow(/can't find the specified secret/);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'forwarding secret unavailable; the batch is retried after the visibility timeout',
        messages: 1,
      }),
    );
    expect(r.app.deliveries).toHaveLength(0);
  });

  it('turns forwarding off on a 410, keeps the event, and delivers it once forwarding is on again', async () => {
    const r = await start({ script: () => 410, env: fast() });
    await r.publish([domainEvent('ConnectionCreated', 'con_f9', 'ev9')]);
    await until(() => (r.turnedOff.length ? true : undefined), 30_000, 'forwarding off');
    expect(r.turnedOff).toEqual(['the app answered 410 Gone']);
    expect(r.forwarding.state()).toBe('off');
    expect(r.logged('the app answered 410 Gone: forwarding turned off')).toHaveLength(1);
    expect(r.metric(FORWARDER_METRICS.off)).toContain(1);
    // Off: nothing more is posted, and the event waits in the queue (not the DLQ).
    await until(async () => ((await queueHolds(r, r.queues.queueUrl)) === 1 ? true : undefined));
    expect(await queueHolds(r, r.queues.dlqUrl)).toBe(0);
    const attempts = r.app.deliveries.length;

    r.app.script(() => 200);
    r.forwarding.turnOn();
    // Logged (and its batch's metrics flushed) once the forwarder had the app's answer.
    await until(() => (r.logged('forwarded').length === 1 ? true : undefined), 30_000, 'delivered after on');
    expect(r.app.deliveries.length).toBe(attempts + 1);
    expect(r.metric(FORWARDER_METRICS.off).at(-1)).toBe(0); // what lets the alarm clear
  });
});
