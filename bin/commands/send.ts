// `lava-webhooks send <event>`: signs a sample (or given) event as Lava would and posts it.
import { readFileSync } from 'node:fs';
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { parseSecretString } from '../../lambdas/shared/secret-value';
import type { SignatureScheme } from '../../lambdas/shared/signing';
import { type Command, str, targetOptions, type Values } from '../command';
import { type Io, UsageError } from '../io';
import { resolveTarget, type Target } from '../target';
import { parseTime } from '../time';
import { postWebhook } from '../webhook-post';
import { DEFAULT_CONNECTION_ID, KNOWN_EVENTS, sampleData } from './sample-events';

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
  const out = await target.secretsManager().send(new GetSecretValueCommand({ SecretId: target.secretId }));
  return parseSecretString(out.SecretString)[0] as string;
}

export const sendCommand: Command = {
  name: 'send',
  summary: 'sign and post a sample (or given) webhook',
  help: `Usage: lava-webhooks send <event> [options]

Signs the event like Lava and posts it to the stack's webhook URL; prints the status and body.
Exit code 1 on a non-2xx answer.

Events with sample payloads: ${KNOWN_EVENTS.join(', ')}
(any other name is sent with just the id, as an unknown event)

Options:
  --connection ID    the connection (customer) id (default ${DEFAULT_CONNECTION_ID})
  --data JSON|@file  the whole "data" object instead of the sample
  --scheme S         plain (X-Webhook-Signature, default) or timestamped (X-Lava-Signature)
  --time T           the signed time for the timestamped scheme: ISO 8601, unix seconds or 90s/5m ago
  --url URL          post here instead of the stack's webhook URL
  --secret S         sign with this secret instead of the stack's current one`,
  options: {
    connection: { type: 'string' },
    data: { type: 'string' },
    scheme: { type: 'string' },
    time: { type: 'string' },
    url: { type: 'string' },
    secret: { type: 'string' },
  },
  async run(values: Values, positionals: string[], io: Io) {
    const [event, ...extra] = positionals;
    if (!event) throw new UsageError('send needs an event name, e.g. connection.created');
    if (extra.length) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
    const scheme = (str(values, 'scheme') ?? 'plain') as SignatureScheme;
    if (scheme !== 'plain' && scheme !== 'timestamped')
      throw new UsageError('--scheme is plain or timestamped');
    const timeText = str(values, 'time');
    const time = timeText === undefined ? Date.now() : parseTime(timeText);
    if (time === undefined) throw new UsageError(`--time: cannot read "${timeText}"`);
    const connectionId = str(values, 'connection') ?? DEFAULT_CONNECTION_ID;
    const dataText = str(values, 'data');
    const data = dataText === undefined ? sampleData(event, connectionId) : dataFrom(dataText);
    const body = JSON.stringify({ event, data });

    let url = str(values, 'url');
    let secret = str(values, 'secret');
    if (url === undefined || secret === undefined) {
      const target = await resolveTarget(targetOptions(values));
      try {
        url ??= target.webhookUrl;
        secret ??= await currentSecret(target);
      } finally {
        target.close();
      }
    }
    const response = await postWebhook(url, body, { secret, scheme, nowSeconds: Math.floor(time / 1000) });
    io.out(`${response.status} ${response.text}`);
    return response.ok ? 0 : 1;
  },
};
