// Short forms shared by the command-line tool and the local stack's console.

/** A hash or an opaque id, cut to what tells it apart in a listing. */
export const shortHash = (hex: string) => hex.slice(0, 12);

/** An event id's short hash, with a repeat's arrival suffix kept. */
export const shortId = (eventId: string) => {
  const [hash = '', at] = eventId.split('@');
  return at ? `${shortHash(hash)}@${at}` : shortHash(hash);
};

/** `n thing` or `n things`. */
export const plural = (n: number, thing: string, things = `${thing}s`) => `${n} ${n === 1 ? thing : things}`;

/** An error's message (a thrown non-Error as text), for one line of output. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
