// A signed test event for a stack's URL: an event type the consumer does not know, so it is
// accepted, queued and archived as ignored, and changes nothing. `doctor` sends one signed with the
// stored secret; the secret commands send one signed with the secret they just stored.
import { DOCTOR_CONNECTION_ID, DOCTOR_EVENT } from './commands/doctor';
import { postWebhook } from './webhook-post';

/** The HTTP contract's answer to a stored event. */
export function received(text: string): boolean {
  try {
    return (JSON.parse(text) as { received?: unknown }).received === true;
  } catch {
    return false;
  }
}

/** Posts the probe signed with `secret` (plain scheme, as Lava signs); the answer. */
export async function postProbe(url: string, secret: string, check: string) {
  const body = JSON.stringify({
    event: DOCTOR_EVENT,
    data: { connection_id: DOCTOR_CONNECTION_ID, checked_at: new Date().toISOString(), check },
  });
  const answer = await postWebhook(url, body, { secret, scheme: 'plain' });
  return { ...answer, accepted: answer.status === 200 && received(answer.text) };
}
