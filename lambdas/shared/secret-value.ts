// Turns a stored signing-secret value into the list of secrets that may sign a webhook.
//
// Forms of Secrets Manager's `SecretString` (errors never include a value):
//   plain          the secret itself
//   rotation       {"current":"…","previous":"…"}  (previous optional) so a rotation needs no downtime
//   named          {"endpoints":{"<name>":{"current":"…","previous":"…","webhookId":"…"}, …}}, one entry
//                  per Lava webhook endpoint (each has its own secret); may sit beside a top-level
//                  current/previous, which stay valid
// A signature made with any listed secret is valid.

/** One secret and the value it replaced (kept valid until the rotation is over). */
export interface RotatingSecret {
  current: string;
  previous?: string | undefined;
}

/** A Lava webhook endpoint's secret; `webhookId` is Lava's id of the endpoint, when known. */
export interface EndpointSecret extends RotatingSecret {
  webhookId?: string | undefined;
}

export interface SigningSecrets {
  /** The unnamed secret (plain or rotation form), if any. */
  current?: string | undefined;
  previous?: string | undefined;
  endpoints: Record<string, EndpointSecret>;
}

/** A stored signing-secret value the handlers could not use, or a change that would leave one. */
export class SigningSecretError extends Error {
  override name = 'SigningSecretError';
}

/** Dropping this secret would leave none: `disconnect` of the only endpoint keeps it instead. */
export class NoSecretLeftError extends SigningSecretError {
  override name = 'NoSecretLeftError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new SigningSecretError(`signing secret JSON ${what} must be a string`);
  return value;
}

function rotating(value: Record<string, unknown>, where: string): RotatingSecret {
  const { current } = value;
  if (typeof current !== 'string' || current.trim() === '') {
    throw new SigningSecretError(`signing secret JSON needs a non-empty "current" string${where}`);
  }
  return { current, previous: optionalString(value.previous, `"previous"${where}`) };
}

/** The stored value, structured. Throws on anything the handlers could not use. */
export function parseSigningSecrets(value: string | undefined): SigningSecrets {
  if (value === undefined || value.trim() === '') throw new SigningSecretError('signing secret is empty');
  // Trimmed: a secret stored from a file often carries its trailing newline.
  const trimmed = value.trim();
  if (!trimmed.startsWith('{')) return { current: trimmed, endpoints: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    throw new SigningSecretError('signing secret looks like JSON but does not parse');
  }
  if (!isObject(parsed)) throw new SigningSecretError('signing secret JSON is not an object');
  const endpoints: Record<string, EndpointSecret> = {};
  if (parsed.endpoints !== undefined) {
    if (!isObject(parsed.endpoints))
      throw new SigningSecretError('signing secret JSON "endpoints" must be an object');
    for (const [name, entry] of Object.entries(parsed.endpoints)) {
      if (!isObject(entry))
        throw new SigningSecretError(`signing secret JSON endpoint "${name}" must be an object`);
      const webhookId = optionalString(entry.webhookId, `"webhookId" of endpoint "${name}"`);
      endpoints[name] = { ...rotating(entry, ` in endpoint "${name}"`), ...(webhookId ? { webhookId } : {}) };
    }
  }
  const unnamed =
    parsed.current === undefined && Object.keys(endpoints).length ? undefined : rotating(parsed, '');
  if (unnamed === undefined && parsed.previous !== undefined && parsed.previous !== null) {
    throw new SigningSecretError('signing secret JSON has a "previous" without a "current"');
  }
  return { ...unnamed, endpoints };
}

/** Every secret that may sign a webhook: the unnamed ones first, then each endpoint's. */
export function secretList(secrets: SigningSecrets): string[] {
  const all = [secrets.current, secrets.previous];
  for (const e of Object.values(secrets.endpoints)) all.push(e.current, e.previous);
  return [...new Set(all.filter((s): s is string => typeof s === 'string' && s !== ''))];
}

export function parseSecretString(value: string | undefined): string[] {
  return secretList(parseSigningSecrets(value));
}

/** The shortest stored form: plain, rotation JSON, or JSON with endpoints. */
export function formatSigningSecrets(secrets: SigningSecrets): string {
  const named = Object.keys(secrets.endpoints).length > 0;
  if (!named && secrets.current !== undefined && !secrets.previous) return secrets.current;
  if (!named && secrets.current === undefined) throw new NoSecretLeftError('no signing secret left to store');
  const out: Record<string, unknown> = {};
  if (secrets.current !== undefined) out.current = secrets.current;
  if (secrets.previous) out.previous = secrets.previous;
  if (named) out.endpoints = secrets.endpoints;
  return JSON.stringify(out);
}

/** `secret rotate`: a new unnamed current, the present one kept as previous; endpoints untouched. */
export function rotateUnnamed(stored: string | undefined, next: string): string {
  const secrets = parseSigningSecrets(stored);
  const present = secrets.current ?? secretList(secrets)[0];
  if (present === next) throw new SigningSecretError('the new secret is the current one; nothing to rotate');
  return formatSigningSecrets({ ...secrets, current: next, previous: present });
}

/**
 * `connect --name N`: the endpoint's new secret, its earlier one (if any) kept as previous so that
 * nothing it signed before is refused; every other secret stays.
 */
export function withEndpoint(stored: string | undefined, name: string, webhookId: string, secret: string) {
  const secrets = parseSigningSecrets(stored);
  const earlier = secrets.endpoints[name]?.current;
  const entry: EndpointSecret = { current: secret, webhookId };
  if (earlier && earlier !== secret) entry.previous = earlier;
  return formatSigningSecrets({ ...secrets, endpoints: { ...secrets.endpoints, [name]: entry } });
}

/** `disconnect --name N`: drops that endpoint's secrets only. */
export function withoutEndpoint(stored: string | undefined, name: string): string {
  const secrets = parseSigningSecrets(stored);
  const endpoints = { ...secrets.endpoints };
  delete endpoints[name];
  return formatSigningSecrets({ ...secrets, endpoints });
}

/**
 * `secret retire [--name N]`: ends a rotation, dropping the previous value of the unnamed secret (or
 * of endpoint N) so that only the current one verifies. Throws when there is none to drop.
 */
export function withoutPrevious(stored: string | undefined, name?: string): string {
  const secrets = parseSigningSecrets(stored);
  if (name === undefined) {
    if (!secrets.previous) throw new SigningSecretError('the unnamed secret has no previous value to retire');
    return formatSigningSecrets({ ...secrets, previous: undefined });
  }
  const entry = secrets.endpoints[name];
  if (!entry) throw new SigningSecretError(`no endpoint named ${name} is stored`);
  if (!entry.previous) throw new SigningSecretError(`endpoint ${name} has no previous secret to retire`);
  const { previous: _dropped, ...kept } = entry;
  return formatSigningSecrets({ ...secrets, endpoints: { ...secrets.endpoints, [name]: kept } });
}

/** `LAVA_WEBHOOK_SECRET` for local runs: one secret, or several separated by commas. */
export function parseSecretList(value: string | undefined): string[] {
  const secrets = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (secrets.length === 0) throw new SigningSecretError('LAVA_WEBHOOK_SECRET is empty');
  return secrets;
}
