// Reads one setting at a time from layers of settings (the lowest first: cdk.json's context, the
// stage's block, `-c` flags; or a construct's props), strictly: whole numbers in decimal only, true or
// false, known words. Every refusal is one line that names the key, what it accepts, what it got and
// where that came from. Plain data: no CDK import.

/** Settings from one place, and that place in words (`-c`, `cdk.json "context"`…) for messages. */
export interface SettingsLayer {
  origin: string;
  values: Readonly<Record<string, unknown>>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** `-c key=value` gives strings: only plain decimal digits are a number (no 0x10, 1e3, 1.0 or 010). */
const DECIMAL_INTEGER = /^-?(0|[1-9][0-9]*)$/;

export class SettingReader {
  constructor(private readonly layers: readonly SettingsLayer[]) {}

  /** The value that wins (the last layer that sets it) and its origin; unset, empty or null: none. */
  find(key: string): { raw: unknown; origin: string } | undefined {
    for (const layer of [...this.layers].reverse()) {
      const raw = layer.values[key];
      if (raw !== undefined && raw !== null && raw !== '') return { raw, origin: layer.origin };
    }
    return undefined;
  }

  /** Where a key's value came from, for messages about more than one key. */
  origin(key: string): string {
    return this.find(key)?.origin ?? 'the default';
  }

  /** Throws the one-line message: key, what it accepts, what it got, where that came from. */
  refuse(key: string, accepts: string, found = this.find(key)): never {
    const got = found ? `got ${JSON.stringify(found.raw)} (from ${found.origin})` : 'it is not set';
    throw new ConfigError(`setting "${key}" must be ${accepts}; ${got}`);
  }

  integer(key: string, min: number, max: number): number | undefined {
    const found = this.find(key);
    if (!found) return undefined;
    const { raw } = found;
    const value =
      typeof raw === 'number'
        ? raw
        : typeof raw === 'string' && DECIMAL_INTEGER.test(raw)
          ? Number(raw)
          : NaN;
    if (!Number.isInteger(value) || value < min || value > max)
      this.refuse(key, `a whole number from ${min} to ${max}, in decimal digits`, found);
    return value;
  }

  text(key: string): string | undefined {
    const found = this.find(key);
    if (found && typeof found.raw !== 'string') this.refuse(key, 'a string', found);
    return found?.raw as string | undefined;
  }

  flag(key: string): boolean | undefined {
    const found = this.find(key);
    if (!found) return undefined;
    if (found.raw === true || found.raw === 'true') return true;
    if (found.raw === false || found.raw === 'false') return false;
    this.refuse(key, 'true or false', found);
  }
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, substitution));
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/** The known key nearest to `key`, when it is near enough to be a typo of it. */
export function nearest(key: string, known: readonly string[]): string | undefined {
  const scored = known.map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) }));
  scored.sort((x, y) => x.d - y.d);
  const best = scored[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.k : undefined;
}

/** Refuses the first key of a layer that is not one of `known`, suggesting the nearest. */
export function refuseUnknownKeys(layer: SettingsLayer, known: readonly string[], what = 'a setting'): void {
  for (const key of Object.keys(layer.values)) {
    if (known.includes(key)) continue;
    const suggestion = nearest(key, known);
    throw new ConfigError(
      `"${key}" (from ${layer.origin}) is not ${what}` +
        (suggestion ? `; did you mean "${suggestion}"?` : `; known: ${known.join(', ')}`),
    );
  }
}
