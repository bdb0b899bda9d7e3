// The forwarder without the `standardwebhooks` library: the same `Webhook.sign` on Node's own crypto.
// Only the benchmark builds it in (an esbuild plugin swaps the import), to show what the library
// costs at a cold start and per event.
import { createHmac } from 'node:crypto';

export class Webhook {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  }

  sign(webhookId: string, at: Date, body: string): string {
    const signed = `${webhookId}.${Math.floor(at.getTime() / 1000)}.${body}`;
    return `v1,${createHmac('sha256', this.key).update(signed).digest('base64')}`;
  }
}
