// `lava-webhooks <command> …`: dispatches to cli/commands/*, turns errors into exit codes.

import { parseArgs } from 'node:util';
import { errorText } from '../local/format';
import pkg from '../package.json' with { type: 'json' };
import { COMMON_HELP, COMMON_OPTIONS, type Command, commandHelp } from './command';
import { connectCommand, disconnectCommand } from './commands/connect';
import { connectionCommand } from './commands/connection';
import { doctorCommand } from './commands/doctor';
import { domainEventsCommand } from './commands/domain-events';
import { eventsCommand } from './commands/events';
import { forwardCommand } from './commands/forward';
import { reconcileCommand } from './commands/reconcile';
import { redriveCommand } from './commands/redrive';
import { replayCommand } from './commands/replay';
import { secretCommand } from './commands/secret';
import { sendCommand } from './commands/send';
import { statusCommand } from './commands/status';
import { CommandError, type Io, UsageError } from './io';
import { type OptionSpecs, parseArgsOptions, readOptions } from './options';

export const COMMANDS: Command[] = [
  sendCommand,
  eventsCommand,
  connectionCommand,
  domainEventsCommand,
  statusCommand,
  redriveCommand,
  replayCommand,
  secretCommand,
  doctorCommand,
  reconcileCommand,
  connectCommand,
  disconnectCommand,
  forwardCommand,
];

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
    io.err(`lava-webhooks ${name} failed: ${errorText(error)}`);
    return 1;
  }
}
