// What `npm start` prints for the handlers' lines: one readable line per request and per processed
// message, refusals with their reason, failures naming the service and the DLQ, metrics only in debug.
import { describe, expect, it } from 'vitest';
import { createIngestHandler } from '../lambdas/ingest/ingest';
import { createLogger } from '../lambdas/shared/log';
import { Metrics } from '../lambdas/shared/metrics';
import { sampleBody } from '../lambdas/shared/sample-events';
import { signPlain } from '../lambdas/shared/sign-webhook';
import { type ConsoleStream, consoleWriter } from '../local/start-output';
import { apiEvent } from './helpers/api-event';
import { TEST_SECRET } from './helpers/samples';

/** The console, and a writer for each function (the lines do not name theirs: the stack does). */
function capture(level?: string) {
  const printed: { stream: ConsoleStream; text: string }[] = [];
  const write = consoleWriter({
    level,
    retrySeconds: 3,
    print: (stream, text) => printed.push({ stream, text }),
  });
  const as = (fn: string) => (line: string) => write(line, fn);
  return { write, as, printed, texts: () => printed.map((p) => p.text) };
}

function ingest(write: (line: string) => void) {
  return createIngestHandler({
    secrets: { get: async () => [TEST_SECRET], refreshAfterMiss: async () => undefined },
    enqueue: async () => {},
    write,
    namespace: 'Test',
    toleranceSeconds: 300,
  });
}

describe('the local stack console', () => {
  it('prints one line per request, accepted or refused, with the reason; no metrics', async () => {
    const { as, printed, texts } = capture();
    const handler = ingest(as('ingest'));
    const body = sampleBody('connection.created', 'con_console');
    const event = apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) });
    await handler(event);
    await handler(apiEvent(body, { 'x-webhook-signature': signPlain(body, 'not-the-secret') }));
    await handler(apiEvent(body));
    expect(printed).toHaveLength(3);
    const [accepted, wrong, missing] = texts();
    expect(accepted).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} ingest\s+accepted\s+connection\.created\s+con_console\s+\S{1,12}$/,
    );
    // The delivery id (its first 12 characters), which `events show` takes.
    expect(accepted?.endsWith(` ${event.requestContext.requestId.slice(0, 12)}`)).toBe(true);
    expect(wrong).toMatch(/ingest\s+signature rejected .*\(mismatch\)$/);
    expect(missing).toMatch(/ingest\s+signature rejected .*\(missing\)$/);
    expect(printed.map((p) => p.stream)).toEqual(['out', 'err', 'err']);
    expect(texts().join('\n')).not.toContain('_aws');
  });

  it('adds readable metric lines with LOG_LEVEL=debug', async () => {
    const { as, texts } = capture('debug');
    const body = sampleBody();
    await ingest(as('ingest'))(apiEvent(body, { 'x-webhook-signature': signPlain(body, TEST_SECRET) }));
    await ingest(as('ingest'))(apiEvent(body, { 'x-webhook-signature': signPlain(body, 'not-the-secret') }));
    const metrics = new Metrics('Test', { Service: 'consumer' }, as('consumer'));
    metrics.add('Processed', 1, 'Count', { Outcome: 'applied' });
    metrics.flush();
    // Ingest's accepted line carries no EMF document (a metric filter counts it on AWS); a refusal's does.
    expect(texts()).toEqual([
      expect.stringMatching(/ingest\s+accepted/),
      expect.stringMatching(/ingest\s+signature rejected/),
      expect.stringMatching(/ingest\s+metrics SignatureRejected=1 \[Service=ingest\]$/),
      expect.stringMatching(/consumer\s+metrics Processed=1 \[Service=consumer Outcome=applied\]$/),
    ]);
    const quiet = capture();
    new Metrics('Test', { Service: 'consumer' }, quiet.write).add('Processed', 1);
    expect(quiet.texts()).toEqual([]);
  });

  it('prints processed messages with outcome, type, connection, event id and reason', () => {
    const { as, texts } = capture();
    // The consumer's line has no event type: the console takes it from ingest's line of the delivery.
    const ingestLine = (requestId: string, eventType: string) =>
      as('ingest')(
        JSON.stringify({ level: 'info', message: 'accepted', requestId, connectionId: 'con_x', eventType }),
      );
    ingestLine('d1', 'connection.created');
    ingestLine('d2', 'connection.created');
    ingestLine('d3', 'nope');
    const log = createLogger({ write: as('consumer') });
    const id = 'ab'.repeat(32);
    log.info('processed', { deliveryId: 'd1', eventId: id, connectionId: 'con_x', outcome: 'applied' });
    log.info('processed', { deliveryId: 'd2', duplicateOf: id, connectionId: 'con_x', outcome: 'duplicate' });
    log.warn('processed', { deliveryId: 'd3', outcome: 'rejected', reason: 'no connection_id' });
    // A delivery whose ingest line this console did not see (sent before a restart).
    log.info('processed', { deliveryId: 'd4', eventId: id, connectionId: 'con_y', outcome: 'applied' });
    expect(texts().slice(3)).toEqual([
      expect.stringMatching(/consumer\s+applied\s+connection\.created\s+con_x\s+abababababab$/),
      expect.stringMatching(/consumer\s+duplicate\s+connection\.created\s+con_x\s+of abababababab$/),
      expect.stringMatching(/consumer\s+rejected\s+nope\s+-\s+\(no connection_id\)$/),
      expect.stringMatching(/consumer\s+applied\s+-\s+con_y\s+abababababab$/),
    ]);
  });

  it('names the failing service, the retry, and the move to the DLQ', () => {
    const { as, texts, printed } = capture();
    const log = createLogger({ write: as('consumer') });
    const fields = (receiveCount: string) => ({
      deliveryId: 'delivery-123456789',
      eventType: 'connection.created',
      connectionId: 'con_x',
      receiveCount,
      maxReceiveCount: 5,
      awsService: 'DynamoDB',
      error: Object.assign(new Error('Internal error'), { name: 'InternalFailure' }),
    });
    log.error('record failed; SQS will retry it', fields('2'));
    log.error('record failed on its last receive; SQS moves it to the DLQ', fields('5'));
    expect(texts()).toEqual([
      expect.stringMatching(
        /consumer\s+FAILED\s+connection\.created\s+con_x\s+delivery delivery-123 DynamoDB failed: InternalFailure: Internal error; receive 2 of 5, retried in 3 s$/,
      ),
      expect.stringMatching(
        /consumer\s+FAILED → DLQ .*DynamoDB failed: InternalFailure: Internal error; moved to the DLQ after 5 receives; fix the cause, then `npx lava-webhooks redrive`$/,
      ),
    ]);
    expect(printed.every((p) => p.stream === 'err')).toBe(true);
  });

  it('keeps other log lines as level, message and fields', () => {
    const { write, as, texts } = capture();
    createLogger({ write: as('consumer') }).warn('batch read failed; reading per connection', {
      error: new Error('boom'),
    });
    write('not json');
    expect(texts()).toEqual([
      expect.stringMatching(/consumer\s+warn batch read failed; reading per connection error=Error: boom$/),
      'not json',
    ]);
  });
});
