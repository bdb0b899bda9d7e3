// `lava-webhooks send <event>`: signs a sample (or given) event as Lava would, posts it, and on the
// local stack waits for the consumer's verdict.

import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventRecord } from '../../../lambdas/core/archive-record';
import { contentIdOf } from '../../../lambdas/core/identity';
import { DEFAULT_TOLERANCE_SECONDS } from '../../../lambdas/shared/env';
import { DEFAULT_CONNECTION_ID, sampleData, withConnectionId } from '../../../lambdas/shared/sample-events';
import { parseSecretString } from '../../../lambdas/shared/secret-value';
import type { SignatureScheme } from '../../../lambdas/shared/sign-webhook';
import { shortId } from '../../../local/format';
import { REQUEST_ID_HEADER } from '../../../local/webhook-server';
import type { ConnectionView } from '../../archive-store';
import { type CommandRun, type CommandValues, targetOptions } from '../../command';
import { type Io, UsageError } from '../../io';
import { onePositional } from '../../options';
import { archiveOf, resolveTarget, storedSigningSecret, type Target } from '../../target';
import { describeDistance } from '../../time';
import { postWebhook } from '../../webhook-post';
import type { sendOptions } from './declaration';

/** How long `send` waits for the consumer; it decides well within a second when it is healthy. */
const VERDICT_TIMEOUT_MS = 10_000;

function dataFrom(text: string): Record<string, unknown> {
  const source = text.startsWith('@') ? readFileSync(text.slice(1), 'utf8') : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    throw new UsageError('--data must be JSON (or @file holding JSON)');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError('--data must be a JSON object');
  }
  return value as Record<string, unknown>;
}

async function currentSecret(target: Target): Promise<string> {
  return parseSecretString((await storedSigningSecret(target)).value)[0] as string;
}

/** What to sign: the scheme, and the signed time for the timestamped one. */
function signing(
  values: CommandValues<typeof sendOptions>,
  io: Io,
): { scheme: SignatureScheme; seconds: number } {
  if (values.time !== undefined && values.scheme === 'plain')
    throw new UsageError('--time is a signed time, which only the timestamped scheme carries');
  const scheme: SignatureScheme = values.time !== undefined ? 'timestamped' : (values.scheme ?? 'plain');
  const now = Date.now();
  const time = values.time ?? now;
  const off = time - now;
  if (Math.abs(off) > DEFAULT_TOLERANCE_SECONDS * 1000) {
    io.err(
      `warning: --time is ${describeDistance(off)} ${off < 0 ? 'ago' : 'ahead'}, beyond the signature tolerance (${DEFAULT_TOLERANCE_SECONDS} s unless SIGNATURE_TOLERANCE_SECONDS says otherwise): expect 401`,
    );
  }
  return { scheme, seconds: Math.floor(time / 1000) };
}

/**
 * Polls the archive until the consumer has decided the delivery, or the time is up (`lastError`:
 * why the archive could not be read, if it could not).
 */
async function waitForVerdict(target: Target, deliveryId: string, contentId: string) {
  const archive = archiveOf(target);
  const sentAt = Date.now();
  const deadline = Date.now() + VERDICT_TIMEOUT_MS;
  let lastError: string | undefined;
  for (;;) {
    try {
      const record = await archive.delivery(deliveryId, contentId, sentAt);
      if (record) return { record };
    } catch (error) {
      lastError = `${(error as Error).name}: ${(error as Error).message}`;
    }
    if (Date.now() > deadline) return { lastError };
    await sleep(100);
  }
}

/** One line: what the consumer decided, and why where there is a why. */
function describeVerdict(r: EventRecord): string {
  const event = r.eventId ? ` (event ${shortId(r.eventId)})` : '';
  switch (r.outcome) {
    case 'applied':
      return `applied${event}`;
    case 'stale':
      return `stale${event}: older than what ${r.connectionId} last applied, nothing changed`;
    case 'duplicate':
      return `duplicate of event ${shortId(r.duplicateOf ?? '')}: the same signed content arrived before, nothing applied`;
    default:
      return `${r.outcome}: ${r.reason ?? 'no reason recorded'}`;
  }
}

function describeConnection(c: ConnectionView): string {
  const shown = ['status', 'hasLavaCreditBalance', 'walletBalance', 'email', 'lastEventType', 'lastEventAt'];
  return `${c.connectionId}: ${shown.map((k) => `${k} ${c[k] ?? '-'}`).join(', ')}`;
}

export const run: CommandRun<typeof sendOptions> = async (values, positionals, io) => {
  const event = onePositional(positionals, 'send needs an event name, e.g. connection.created');
  const { scheme, seconds } = signing(values, io);
  const { connection: connectionText, data: dataText } = values;
  const data =
    dataText === undefined
      ? sampleData(event, connectionText ?? DEFAULT_CONNECTION_ID)
      : connectionText === undefined
        ? dataFrom(dataText)
        : withConnectionId(event, dataFrom(dataText), connectionText);
  const body = JSON.stringify({ event, data });

  const given = { url: values.url, secret: values.secret };
  const target =
    given.url === undefined || given.secret === undefined
      ? await resolveTarget(targetOptions(values, io.env))
      : undefined;
  try {
    const url = given.url ?? (target as Target).webhookUrl;
    const secret = given.secret ?? (await currentSecret(target as Target));
    const response = await postWebhook(url, body, { secret, scheme, nowSeconds: seconds });
    const answer = response.text;
    const deliveryId = response.headers.get(REQUEST_ID_HEADER) ?? undefined;
    // Only on the local stack's own URL: elsewhere the archive that would tell is not ours to read.
    const local = given.url === undefined && target?.kind === 'local' ? target : undefined;
    const waiting =
      response.ok && !values['no-wait'] && local && deliveryId ? { local, deliveryId } : undefined;
    const contentId = contentIdOf(Buffer.from(body), scheme, String(seconds));
    const waited = waiting ? await waitForVerdict(waiting.local, waiting.deliveryId, contentId) : undefined;
    const verdict = waited?.record;
    const connection =
      waiting && verdict?.connectionId
        ? ((await archiveOf(waiting.local).connection(verdict.connectionId)) ?? null)
        : null;
    const late = waiting !== undefined && !verdict;

    if (values.json) {
      let parsed: unknown = answer;
      try {
        parsed = JSON.parse(answer);
      } catch {}
      io.out(
        JSON.stringify({
          status: response.status,
          body: parsed,
          deliveryId: deliveryId ?? null,
          verdict: verdict
            ? {
                outcome: verdict.outcome,
                eventId: verdict.eventId ?? null,
                duplicateOf: verdict.duplicateOf ?? null,
                reason: verdict.reason ?? null,
              }
            : null,
          connection,
        }),
      );
    } else {
      io.out(`${response.status} ${answer}`);
      if (verdict) io.out(describeVerdict(verdict));
      if (connection) io.out(describeConnection(connection));
      else if (verdict?.connectionId) io.out(`${verdict.connectionId}: no connection item`);
    }
    if (late) {
      const unread = waited?.lastError ? ` (reading the archive failed: ${waited.lastError})` : '';
      io.err(
        `No verdict within ${VERDICT_TIMEOUT_MS / 1000} s: the consumer has not archived delivery ${deliveryId} yet${unread}. Is it failing? See the stack's console and \`lava-webhooks status\`.`,
      );
    }
    return response.ok && !late && verdict?.outcome !== 'rejected' ? 0 : 1;
  } finally {
    target?.close();
  }
};
