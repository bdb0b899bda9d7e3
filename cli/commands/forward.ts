import { defineCommand } from '../command';
import { flag, text } from '../options';

export const forwardOptions = {
  url: text('URL', "test: post to this URL instead of the stack's forwarding URL"),
  json: flag('secret: {"current":…,"previous":…}; status: one JSON object'),
};

export const forwardCommand = defineCommand({
  name: 'forward',
  summary: 'forwarding to your app: its secret, a signed test, status, on again, redrive',
  help: `Usage: lava-webhooks forward secret [--json]
       lava-webhooks forward test [--url URL]
       lava-webhooks forward status [--json]
       lava-webhooks forward on
       lava-webhooks forward redrive

With forwarding on (context forwardUrl deployed, FORWARD_URL for npm start) the stack POSTs every
domain event to your app, signed per Standard Webhooks.

  secret   print the secret your app verifies with (whsec_…), for its environment; --json adds
           the previous one during a rotation. Printed only here, never logged
  test     sign a sample event (type ForwardTest) as the forwarder does, POST it to the app and
           print its answer; exit 1 unless it is 2xx
  status   where events go, whether forwarding is on, how many wait (to be retried) and how
           many are in the forwarding DLQ
  on       turn forwarding on again after the app answered 410 Gone (deployed: the forwarder's
           event source mapping is enabled; the events that waited are delivered). Locally a
           restart of npm start does it
  redrive  move the forwarding DLQ's events back to the forwarder's queue, each retried again
           for the whole schedule`,
  options: forwardOptions,
  load: async () => (await import('../actions/forward')).run,
});
