// Standard Webhooks signing through the reference library (`standardwebhooks`), so that what the app
// verifies with the same library is what we sign: `webhook-signature: v1,<base64 HMAC-SHA256 of
// "id.timestamp.body">`, one `v1,…` per secret, space-separated, while a rotation keeps two.
import { Webhook } from 'standardwebhooks';

export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** Decoding a key is the costly part of `new Webhook`: once per secret per container. */
const signers = new Map<string, Webhook>();
const signerFor = (secret: string) => {
  let signer = signers.get(secret);
  if (!signer) {
    signer = new Webhook(secret);
    signers.set(secret, signer);
  }
  return signer;
};

/** The three headers for one attempt; `nowMs` is the attempt's time (a retry signs anew). */
export function webhookHeaders(webhookId: string, body: string, secrets: string[], nowMs: number) {
  const at = new Date(Math.floor(nowMs / 1000) * 1000);
  return {
    'webhook-id': webhookId,
    'webhook-timestamp': String(at.getTime() / 1000),
    'webhook-signature': secrets.map((s) => signerFor(s).sign(webhookId, at, body)).join(' '),
  } satisfies WebhookHeaders;
}
