import { declareCommand } from '../../command';

export const redriveCommand = declareCommand({
  name: 'redrive',
  summary: 'move the DLQ’s messages back to the queue',
  help: `Usage: lava-webhooks redrive

Moves every message in the dead-letter queue back to the queue, where the consumer processes it
again (fix the cause first). Prints how many moved; a progress bar on a terminal.
Locally it copies the messages; on AWS it runs an SQS message move task.`,
  options: {},
});
