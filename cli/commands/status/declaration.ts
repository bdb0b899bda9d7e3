import { declareCommand } from '../../command';
import { flag, text } from '../../options';
import { TIME_FORMS } from '../../time';

export const statusOptions = {
  // Text, read by the action: the status shows it as given ("since 24h").
  since: text('TIME', `count outcomes since TIME (default 24h)\n${TIME_FORMS}`).withDefault('24h'),
  json: flag('one JSON object'),
};

export const statusCommand = declareCommand({
  name: 'status',
  summary: 'the stack at a glance: URL, secret, queue and DLQ, DynamoDB, outcomes',
  help: `Usage: lava-webhooks status [--since TIME] [--json]

Prints the webhook URL, where the signing secret comes from (and whether a previous one is still
valid), how many messages wait in the queue and the DLQ, whether DynamoDB (Local) answers, and the
archived deliveries since TIME counted by outcome. Exit code 1 when the stack does not answer.`,
  options: statusOptions,
});
