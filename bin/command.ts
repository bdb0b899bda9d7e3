// What every command declares, and the options they all share.
import type { ParseArgsConfig } from 'node:util';
import type { Io } from './io';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export interface Command {
  name: string;
  summary: string;
  /** The text of `lava-webhooks <name> --help`, without the common options. */
  help: string;
  options: Options;
  run(values: Values, positionals: string[], io: Io): Promise<number>;
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
