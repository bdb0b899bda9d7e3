// `lava-webhooks doctor --stage NAME`: what it checks; run.ts beside it does it.
import { declareCommand } from '../../command';
import { time } from '../../options';
import { DOCTOR_EVENT } from '../../probe-event';

export const doctorOptions = {
  since: time('T', 'the window for function errors (default 24h)').withDefault('24h'),
};

export const doctorCommand = declareCommand({
  name: 'doctor',
  summary: 'check a deployed stack: secret, URL, alarm subscription, DLQ, alarms, errors',
  help: `Usage: lava-webhooks doctor --stage NAME | --stack-name NAME [--since T]

Checks a deployed stack and says, one line each, what it found:
  signing secret     readable, and no longer the placeholder the stack generated
  unsigned request   the URL answers 401 to a request without a signature
  signed test event  the URL answers 200 to an event signed with the stored secret (type
                     ${DOCTOR_EVENT}: the consumer archives it as ignored, nothing changes)
  alarm topic        at least one confirmed subscription, so someone hears the alarms
  dead-letter queue  empty
  alarms             none of the stack's alarms is firing
  function errors    Lambda errors of ingest and the consumer since --since (a warning)
Exit code 1 when a check fails.`,
  options: doctorOptions,
});
