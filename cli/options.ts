// Command-line options, declared once: each declaration gives `node:util` parseArgs its config, the
// help its "Options:" lines, and the command's action a typed value (`values.limit` a number,
// `values.json` a boolean). Light on purpose: `--help` loads this, and no AWS SDK.
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './io';
import { parseTime, TIME_FORMS } from './time';

/** An option without a value: true when given, false when not. */
export interface FlagOption {
  readonly type: 'boolean';
  readonly short?: string;
  /** Its help; a line break continues under the first line. */
  readonly description: string;
}

/**
 * An option with a value, read by `parse` into a T. `Always`: the action always gets one (a default,
 * or required); else undefined when absent.
 */
export interface ValueOption<T, Always extends boolean = boolean> {
  readonly type: 'string';
  readonly short?: string;
  /** The value's placeholder in the help: `--limit N`. */
  readonly value: string;
  readonly description: string;
  /** Reads the given text (`flag` is `--limit`, for messages); throws a UsageError. */
  readonly parse: (text: string, flag: string) => T;
  /** The value when absent, as it would be typed (parsed like a given one, when the command runs). */
  readonly defaultText?: string;
  /** Absent is a usage error: "<command> needs --since TIME". */
  readonly isRequired?: boolean;
  readonly always: Always;
}

/** A value option that may be absent; `withDefault` or `required` make its value always there. */
export interface OptionalValueOption<T> extends ValueOption<T, false> {
  /** The value when absent, written as on the command line (`'20'`, `'24h'`). */
  withDefault(text: string): ValueOption<T, true>;
  required(): ValueOption<T, true>;
}

export type OptionSpec = FlagOption | ValueOption<unknown>;
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What an action receives: each declared option's value, typed by its declaration. */
export type OptionValues<O extends OptionSpecs> = {
  readonly [K in keyof O]: O[K] extends ValueOption<infer T, infer Always>
    ? Always extends true
      ? T
      : T | undefined
    : boolean;
};

export function flag(description: string, options: { short?: string } = {}): FlagOption {
  return { type: 'boolean', description, ...options };
}

/** A value option read by `parse`; the helpers below are the common ones. */
function valueOption<T>(
  value: string,
  description: string,
  parse: (text: string, flag: string) => T,
  options: { short?: string } = {},
): OptionalValueOption<T> {
  const spec = { type: 'string' as const, value, description, parse, ...options };
  return {
    ...spec,
    always: false,
    withDefault: (text) => ({ ...spec, defaultText: text, always: true }),
    required: () => ({ ...spec, isRequired: true, always: true }),
  };
}

/** A string option, taken as given. */
export const text = (value: string, description: string, options?: { short?: string }) =>
  valueOption(value, description, (t) => t, options);

/** A whole number of at least 1. */
export const positiveInt = (value: string, description: string) =>
  valueOption(value, description, readPositiveInt);

/** A time, as epoch milliseconds; its help lists the forms cli/time.ts reads. */
export const time = (value: string, description: string) =>
  valueOption(value, `${description}\n${TIME_FORMS}`, readTime);

/** One of a few words: `--scheme is plain or timestamped`. */
export const oneOf = <const W extends string>(value: string, words: readonly W[], description: string) =>
  valueOption(value, description, (t, name): W => {
    if (!(words as readonly string[]).includes(t)) throw new UsageError(`${name} is ${orList(words)}`);
    return t as W;
  });

function readPositiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive integer`);
  return n;
}

export function readTime(text: string, flag: string): number {
  const ms = parseTime(text);
  if (ms === undefined) throw new UsageError(`${flag}: cannot read "${text}"`);
  return ms;
}

/** `"a", "b" or "c"` (quoted) or `a or b` (plain): for messages. */
function orList(words: readonly string[], quote = false): string {
  const shown = quote ? words.map((w) => `"${w}"`) : [...words];
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

/** The declarations as parseArgs wants them. */
export function parseArgsOptions(specs: OptionSpecs): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [
      name,
      s.short ? { type: s.type, short: s.short } : { type: s.type },
    ]),
  );
}

/** Where descriptions start in the help, counted from the line's start. */
const DESCRIPTION_COLUMN = 21;

/** The help's lines for these options: `  --limit N          at most N events (default 20)`. */
export function optionsHelp(specs: OptionSpecs): string {
  return Object.entries(specs)
    .map(([name, s]) => {
      const left = `  ${s.short ? `-${s.short}, ` : ''}--${name}${s.type === 'string' ? ` ${s.value}` : ''}`;
      const [first, ...more] = s.description.split('\n');
      const lead = left.length + 2 > DESCRIPTION_COLUMN ? `${left}  ` : left.padEnd(DESCRIPTION_COLUMN);
      return [`${lead}${first}`, ...more.map((line) => `${' '.repeat(DESCRIPTION_COLUMN)}${line}`)].join(
        '\n',
      );
    })
    .join('\n');
}

/**
 * Typed values from what parseArgs read: flags are booleans, values parsed, defaults applied, a
 * missing required one refused (`command` names it in the message).
 */
export function readOptions<O extends OptionSpecs>(
  command: string,
  specs: O,
  raw: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>,
): OptionValues<O> {
  const values: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(specs)) {
    const given = raw[name];
    if (s.type === 'boolean') {
      values[name] = given === true;
      continue;
    }
    const flag = `--${name}`;
    const text = typeof given === 'string' ? given : s.defaultText;
    if (text !== undefined) values[name] = s.parse(text, flag);
    else if (s.isRequired) throw new UsageError(`${command} needs ${flag} ${s.value}`);
  }
  return values as OptionValues<O>;
}

/** No positional arguments. */
export function noPositionals(positionals: readonly string[]): void {
  if (positionals.length) throw new UsageError(`unexpected arguments: ${positionals.join(' ')}`);
}

/** Exactly one positional argument; `missing` says what to give when there is none. */
export function onePositional(positionals: readonly string[], missing: string): string {
  const [first, ...extra] = positionals;
  if (first === undefined) throw new UsageError(missing);
  noPositionals(extra);
  return first;
}

/**
 * A subcommand among `words` and what follows it: `secret rotate` → `{ word: 'rotate', rest: [] }`.
 * `command` names the command in the message when the word is missing or unknown.
 */
export function subcommand<const W extends string>(
  command: string,
  positionals: readonly string[],
  words: readonly W[],
): { word: W; rest: string[] } {
  const [word, ...rest] = positionals;
  if (word === undefined || !(words as readonly string[]).includes(word)) {
    throw new UsageError(`${command} needs ${orList(words, true)}`);
  }
  return { word: word as W, rest };
}
