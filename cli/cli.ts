// `lava-webhooks <command> …`: dispatches to cli/commands/<name>/ (listed in commands/all.ts), turns
// errors into exit codes.

import { parseArgs } from 'node:util';
import { errorText } from '../local/format';
import pkg from '../package.json' with { type: 'json' };
import { awsSetupMessage } from './aws-errors';
import { COMMON_HELP, COMMON_OPTIONS, commandHelp } from './command';
import { COMMANDS } from './commands/all';
import { CommandError, type Io, UsageError } from './io';
import { type OptionSpecs, parseArgsOptions, readOptions } from './options';

const VERSION: string = pkg.version;

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: lava-webhooks <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    COMMON_HELP,
    '      --version      the version of lava-webhooks',
    '',
    'Run `lava-webhooks help <command>` (or `<command> --help`) for a command’s options.',
  ].join('\n');
}

/**
 * A value that starts with a dash (`--time -5m`) is taken for an option by parseArgs; joined to its
 * option (`--time=-5m`) it is a value. Only for options that take one, and only before a digit.
 */
function joinDashValues(args: string[], options: OptionSpecs): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** Runs one command line; returns the exit code (0 ok, 1 failed, 2 usage). */
export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === 'version') {
    io.out(VERSION);
    return 0;
  }
  if (name === 'help' && rest.length > 0) {
    const command = COMMANDS.find((c) => c.name === rest[0]);
    if (!command) {
      io.err(`Unknown command "${rest[0]}".\n\n${mainHelp()}`);
      return 2;
    }
    io.out(commandHelp(command));
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${mainHelp()}`);
    return 2;
  }
  try {
    const options = { ...COMMON_OPTIONS, ...command.options };
    const { values: given, positionals } = parseArgs({
      args: joinDashValues(rest, options),
      options: parseArgsOptions(options),
      allowPositionals: true,
      strict: true,
    });
    if (given.help) {
      io.out(commandHelp(command));
      return 0;
    }
    const values = readOptions(name, options, given);
    const runCommand = await command.load();
    return await runCommand(values, positionals, io);
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\nRun \`lava-webhooks help ${name}\` for usage.`);
      return 2;
    }
    if (error instanceof CommandError) {
      io.err(error.message);
      return 1;
    }
    // A region, profile, credential or permission problem, said as its fix.
    io.err(awsSetupMessage(error, io.env) ?? `lava-webhooks ${name} failed: ${errorText(error)}`);
    return 1;
  }
}
