// What every command declares, and the options they all share. A command's declaration is light:
// what it does is loaded only when it runs, so `--help` and `--version` load no AWS SDK.
import { stateDirFrom } from '../local/stack-file';
import type { Io } from './io';
import { flag, type OptionSpecs, type OptionValues, optionsHelp, text } from './options';

export const COMMON_OPTIONS = {
  stage: text(
    'NAME',
    `a deployed stack (CloudFormation LavaWebhooks-NAME), using the usual AWS
environment or profile (AWS_PROFILE, AWS_REGION…); default: the local stack`,
  ),
  'state-dir': text(
    'DIR',
    `the local stack's state folder (default: $LOCAL_STATE_DIR, else .local/ of the
checkout)`,
  ),
  help: flag('this help', { short: 'h' }),
} satisfies OptionSpecs;

export type CommonValues = OptionValues<typeof COMMON_OPTIONS>;

/** What a command's action receives: its options' values and the common ones, typed. */
export type CommandValues<O extends OptionSpecs> = OptionValues<O> & CommonValues;

export type CommandRun<O extends OptionSpecs = Record<never, never>> = (
  values: CommandValues<O>,
  positionals: string[],
  io: Io,
) => Promise<number>;

export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  summary: string;
  /** Usage and what it does: `lava-webhooks <name> --help` adds the Options and the common ones. */
  help: string;
  options: O;
  /** Loads what the command does (cli/commands/<name>/run.ts). */
  load(): Promise<CommandRun<O>>;
}

/** A command, its options' types checked against its action's, as the dispatcher lists them. */
export const defineCommand = <O extends OptionSpecs>(command: Command<O>): Command =>
  command as unknown as Command;

export const COMMON_HELP = `Target (every command):\n${optionsHelp(COMMON_OPTIONS)}`;

/** The whole text of `lava-webhooks <name> --help`. */
export function commandHelp(command: Command): string {
  const options = Object.keys(command.options).length ? `\n\nOptions:\n${optionsHelp(command.options)}` : '';
  return `${command.help}${options}\n\n${COMMON_HELP}`;
}

/**
 * Where the common options point: a stage, or the local stack's state folder (`--state-dir`, else
 * LOCAL_STATE_DIR of `env`, else .local/ of the checkout).
 */
export function targetOptions(values: CommonValues, env: NodeJS.ProcessEnv = process.env) {
  return { stage: values.stage, stateDir: values['state-dir'] ?? stateDirFrom(env) };
}
