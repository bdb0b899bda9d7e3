// The local stack's SQS server (local/sqs-queues.ts, in memory) on a free loopback port for one test
// file, with a client and a way to make queues.
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { localClientConfig } from '../../local/local-clients';
import { startSqsServer } from '../../local/sqs-queues';

export async function startSqs() {
  const server = await startSqsServer();
  const { endpoint } = server;
  const client = new SQSClient(localClientConfig(endpoint));
  return {
    endpoint,
    client,
    async createQueue(name: string, attributes?: Record<string, string>) {
      const out = await client.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
      return out.QueueUrl as string;
    },
    async close() {
      client.destroy();
      await server.close();
    },
  };
}
