// The floor as a Lambda entry (cold-start and size reference): its secret from the environment, so
// its one SDK call is SendMessage.
import { SQSClient } from '@aws-sdk/client-sqs';
import { createFloorHandler } from './floor';

export const handler = createFloorHandler(
  new SQSClient({}),
  process.env.QUEUE_URL ?? '',
  process.env.LAVA_WEBHOOK_SECRET ?? '',
);
