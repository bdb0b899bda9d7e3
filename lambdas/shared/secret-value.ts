// Turns a stored signing-secret value into the list of secrets that may sign a webhook.

/**
 * Secrets Manager's `SecretString` is either the secret itself or JSON `{"current","previous"}`
 * (previous optional) so that a rotation needs no downtime. Errors never include the value.
 */
export function parseSecretString(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') throw new Error('signing secret is empty');
  const trimmed = value.trim();
  // Trimmed: a secret stored from a file often carries its trailing newline.
  if (!trimmed.startsWith('{')) return [trimmed];
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    throw new Error('signing secret looks like JSON but does not parse');
  }
  if (typeof parsed !== 'object' || parsed === null) throw new Error('signing secret JSON is not an object');
  const { current, previous } = parsed as Record<string, unknown>;
  if (typeof current !== 'string' || current === '') {
    throw new Error('signing secret JSON needs a non-empty "current" string');
  }
  if (previous !== undefined && previous !== null && typeof previous !== 'string') {
    throw new Error('signing secret JSON "previous" must be a string');
  }
  return previous ? [current, previous] : [current];
}

/** `LAVA_WEBHOOK_SECRET` for local runs: one secret, or several separated by commas. */
export function parseSecretList(value: string | undefined): string[] {
  const secrets = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (secrets.length === 0) throw new Error('LAVA_WEBHOOK_SECRET is empty');
  return secrets;
}
