// What every command declares, and the options they all share. A command's declaration is light:
// what it does is loaded only when it runs, so `--help` and `--version` load no AWS SDK.
import type { ParseArgsConfig } from 'node:util';
import { type Io, UsageError } from './io';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export type CommandRun = (values: Values, positionals: string[], io: Io) => Promise<number>;

export interface Command {
  name: string;
  summary: string;
  /** The text of `lava-webhooks <name> --help`, without the common options. */
  help: string;
  options: Options;
  /** Loads what the command does (cli/actions/<name>.ts). */
  load(): Promise<CommandRun>;
}

export const COMMON_OPTIONS: Options = {
  stage: { type: 'string' },
  'state-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export const COMMON_HELP = `Target (every command):
  --stage NAME       a deployed stack (CloudFormation LavaWebhooks-NAME), using the usual AWS
                     environment or profile (AWS_PROFILE, AWS_REGION…); default: the local stack
  --state-dir DIR    the local stack's state folder (default: $LOCAL_STATE_DIR, else .local/ of the
                     checkout)
  -h, --help         this help`;

export const str = (values: Values, name: string): string | undefined => {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
};

export function targetOptions(values: Values) {
  return { stage: str(values, 'stage'), stateDir: str(values, 'state-dir') };
}

/** A positive whole number option, or its default. */
export function positiveInt(values: Values, name: string, fallback: number): number {
  const text = str(values, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer`);
  return n;
}

export function noPositionals(positionals: string[]): void {
  if (positionals.length) throw new UsageError(`unexpected arguments: ${positionals.join(' ')}`);
}
