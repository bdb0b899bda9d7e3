import { DEFAULT_TOLERANCE_SECONDS } from '../../../lambdas/shared/env';
import { DEFAULT_CONNECTION_ID, KNOWN_EVENTS } from '../../../lambdas/shared/sample-events';
import { declareCommand } from '../../command';
import { flag, oneOf, text, time } from '../../options';

export const sendOptions = {
  connection: text(
    'ID',
    `the connection (customer) id (default ${DEFAULT_CONNECTION_ID}); with --data it
is set in data's connection_id or customer_id`,
  ),
  data: text('JSON|@file', 'the whole "data" object instead of the sample'),
  scheme: oneOf(
    'S',
    ['plain', 'timestamped'],
    'plain (X-Webhook-Signature, default) or timestamped (X-Lava-Signature)',
  ),
  time: time(
    'T',
    `the signed time; implies --scheme timestamped. Beyond the stack's tolerance
(${DEFAULT_TOLERANCE_SECONDS} s by default) the stack answers 401: send warns first`,
  ),
  url: text('URL', "post here instead of the stack's webhook URL (then no waiting)"),
  secret: text('S', "sign with this secret instead of the stack's current one"),
  'no-wait': flag('print the HTTP answer only'),
  json: flag('one JSON object: status, body, deliveryId, verdict, connection'),
};

export const sendCommand = declareCommand({
  name: 'send',
  summary: 'sign and post a sample (or given) webhook; locally, wait for the verdict',
  help: `Usage: lava-webhooks send <event> [options]

Signs the event like Lava and posts it to the stack's webhook URL; prints the status and body.
On the local stack it then waits for the consumer's verdict (applied, stale, duplicate, ignored,
rejected and why) and prints it with the connection's state. Exit code 1 on a non-2xx answer, a
rejected event, or no verdict within 10 s.

Events with sample payloads: ${KNOWN_EVENTS.join(', ')}
(any other name is sent with just the id, as an unknown event)`,
  options: sendOptions,
});
