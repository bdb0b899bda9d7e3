// Starts the in-process SQS server (local-aws-sqs) on a free loopback port for one test file.
import type { AddressInfo } from 'node:net';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createSqsServer } from 'local-aws-sqs';

export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export async function startSqs() {
  const server = await createSqsServer({
    port: 0,
    hostname: '127.0.0.1',
    emulateQueueCreationLifecycle: false,
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new SQSClient({ endpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS });
  return {
    endpoint,
    client,
    async createQueue(name: string, attributes?: Record<string, string>) {
      const out = await client.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
      return out.QueueUrl as string;
    },
    async close() {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
