// What every command declares, and the options they all share. A command's declaration is light:
// what it does is loaded only when it runs, so `--help` and `--version` load no AWS SDK. The
// declaration does not import its run (the list in commands/all.ts pairs them), so that the run may
// import the declaration's options without an import cycle.
import { stateDirFrom } from '../local/stack-file';
import type { Io } from './io';
import { flag, type OptionSpecs, type OptionValues, optionsHelp, text } from './options';

export const COMMON_OPTIONS = {
  stage: text(
    'NAME',
    `a deployed stack (CloudFormation LavaWebhooks-NAME), using the usual AWS
environment or profile (AWS_PROFILE, AWS_REGION…); default: the local stack`,
  ),
  'stack-name': text(
    'NAME',
    `a deployed stack by its CloudFormation name, for one not named
LavaWebhooks-<stage> (the construct embedded in another app); instead of --stage`,
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

/** What a command is, without what it does: `lava-webhooks <name> --help` and docs/cli.md. */
export interface CommandDeclaration<O extends OptionSpecs = OptionSpecs> {
  name: string;
  summary: string;
  /** Usage and what it does: `lava-webhooks <name> --help` adds the Options and the common ones. */
  help: string;
  options: O;
}

export interface Command<O extends OptionSpecs = OptionSpecs> extends CommandDeclaration<O> {
  /** Loads what the command does (cli/commands/<name>/run.ts). */
  load(): Promise<CommandRun<O>>;
}

/** A command's declaration (cli/commands/<name>/declaration.ts), its options' types kept. */
export const declareCommand = <O extends OptionSpecs>(declaration: CommandDeclaration<O>) => declaration;

/**
 * A declaration and the run beside it, as the dispatcher lists them: the run's options' types are
 * checked against the declaration's, and it is loaded only when the command runs.
 */
export const withRun = <O extends OptionSpecs>(
  declaration: CommandDeclaration<O>,
  load: () => Promise<CommandRun<O>>,
): Command => ({ ...declaration, load }) as unknown as Command;

export const COMMON_HELP = `Target (every command):\n${optionsHelp(COMMON_OPTIONS)}`;

/** A command's help without the common options: its usage, what it does, its own options. */
export function commandUsage(command: CommandDeclaration): string {
  const options = Object.keys(command.options).length ? `\n\nOptions:\n${optionsHelp(command.options)}` : '';
  return `${command.help}${options}`;
}

/** The whole text of `lava-webhooks <name> --help`. */
export function commandHelp(command: CommandDeclaration): string {
  return `${commandUsage(command)}\n\n${COMMON_HELP}`;
}

/**
 * Where the common options point: a deployed stack (a stage, or a stack name), or the local stack's
 * state folder (`--state-dir`, else LOCAL_STATE_DIR of `env`, else .local/ of the checkout).
 */
export function targetOptions(values: CommonValues, env: NodeJS.ProcessEnv = process.env) {
  return {
    stage: values.stage,
    stackName: values['stack-name'],
    stateDir: values['state-dir'] ?? stateDirFrom(env),
  };
}

/** Whether the command points at a deployed stack (--stage or --stack-name) rather than the local one. */
export const isDeployed = (values: CommonValues) =>
  values.stage !== undefined || values['stack-name'] !== undefined;
