// `npm start`, first cut: the real ingest handler behind a loopback HTTP server, with the in-process
// SQS server as its queue. The full local stack (DynamoDB Local, consumer poller) builds on this.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSqsServer } from 'local-aws-sqs';
import { LOCAL_NAMES, QUEUE } from '../lib/definitions';

const port = Number(process.env.PORT ?? 3000);
const sqs = await createSqsServer({ port: 0, hostname: '127.0.0.1' });
const sqsEndpoint = `http://127.0.0.1:${(sqs.address() as AddressInfo).port}`;
process.env.AWS_ENDPOINT_URL_SQS = sqsEndpoint;
process.env.AWS_REGION ??= 'us-east-1';
process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
process.env.LAVA_WEBHOOK_SECRET ??= 'whsec_local_dev';
const { CreateQueueCommand, SQSClient } = await import('@aws-sdk/client-sqs');
const queue = await new SQSClient({}).send(
  new CreateQueueCommand({
    QueueName: LOCAL_NAMES.queue,
    Attributes: { MaximumMessageSize: String(QUEUE.maxMessageSizeBytes) },
  }),
);
process.env.QUEUE_URL = queue.QueueUrl;
const { handler } = await import('../lambdas/ingest/handler');

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    const body = Buffer.concat(chunks);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    const result = await handler({
      version: '2.0',
      routeKey: 'POST /webhooks/lava',
      rawPath: req.url ?? '/',
      rawQueryString: '',
      headers,
      isBase64Encoded: true,
      body: body.toString('base64'),
      requestContext: { requestId: crypto.randomUUID(), timeEpoch: Date.now() },
    } as never);
    res.writeHead(result.statusCode ?? 500, result.headers as Record<string, string>);
    res.end(result.body);
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`POST http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/lava`);
});
const stop = () => {
  server.close();
  sqs.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
