// Posts a webhook to a stack's URL the way Lava does, signed or not: `send` and `doctor` use it.
import { type SignatureScheme, signatureHeader } from '../lambdas/shared/sign-webhook';

export interface Signing {
  secret: string;
  scheme: SignatureScheme;
  /** The signed time of the timestamped scheme (default: now). */
  nowSeconds?: number;
}

/** The answer's status and body text (unsigned without `signing`); throws when nothing answers in 15 s. */
export async function postWebhook(
  url: string,
  body: string,
  signing?: Signing,
): Promise<{ status: number; ok: boolean; text: string; headers: Headers }> {
  const signature = signing ? signatureHeader(body, signing.secret, signing.scheme, signing.nowSeconds) : {};
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signature },
    body,
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, ok: response.ok, text: await response.text(), headers: response.headers };
}
