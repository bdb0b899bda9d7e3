// The in-process SQS server (local-aws-sqs) and the queue + DLQ, built from lib/definitions.ts.
// The server keeps messages in memory: queued-but-unprocessed messages and the DLQ do not survive a
// restart (the poller empties the queue within a second, so little is ever at risk).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { createSqsServer } from 'local-aws-sqs';
import { LOCAL_NAMES, QUEUE } from '../lib/definitions';
import { LOCAL_REGION } from './dynamodb-local';

export interface LocalSqs {
  endpoint: string;
  close(): Promise<void>;
}

export async function startSqsServer(port = 0): Promise<LocalSqs> {
  const server: Server = await createSqsServer({
    port,
    hostname: '127.0.0.1',
    region: LOCAL_REGION,
    emulateQueueCreationLifecycle: false,
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // long polls would otherwise hold close() for up to 20 s
        server.close(() => resolve());
      }),
  };
}

export interface Queues {
  queueUrl: string;
  queueArn: string;
  dlqUrl: string;
  dlqArn: string;
}

async function arnOf(client: SQSClient, queueUrl: string): Promise<string> {
  const out = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
  );
  const arn = out.Attributes?.QueueArn;
  if (!arn) throw new Error(`SQS returned no QueueArn for ${queueUrl}`);
  return arn;
}

export async function createQueues(client: SQSClient, visibilityTimeoutSeconds: number): Promise<Queues> {
  const retention = String(QUEUE.retentionSeconds);
  const dlq = await client.send(
    new CreateQueueCommand({ QueueName: LOCAL_NAMES.dlq, Attributes: { MessageRetentionPeriod: retention } }),
  );
  const dlqUrl = dlq.QueueUrl as string;
  const dlqArn = await arnOf(client, dlqUrl);
  const queue = await client.send(
    new CreateQueueCommand({
      QueueName: LOCAL_NAMES.queue,
      Attributes: {
        MessageRetentionPeriod: retention,
        MaximumMessageSize: String(QUEUE.maxMessageSizeBytes),
        VisibilityTimeout: String(visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: dlqArn,
          maxReceiveCount: QUEUE.maxReceiveCount,
        }),
      },
    }),
  );
  const queueUrl = queue.QueueUrl as string;
  return { queueUrl, queueArn: await arnOf(client, queueUrl), dlqUrl, dlqArn };
}
