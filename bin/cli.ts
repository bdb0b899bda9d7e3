// `lava-webhooks <command> …`: dispatches to bin/commands/*, turns errors into exit codes.
import { parseArgs } from 'node:util';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from './command';
import { connectCommand, disconnectCommand } from './commands/connect';
import { connectionCommand } from './commands/connection';
import { doctorCommand } from './commands/doctor';
import { domainEventsCommand } from './commands/domain-events';
import { eventsCommand } from './commands/events';
import { reconcileCommand } from './commands/reconcile';
import { redriveCommand } from './commands/redrive';
import { replayCommand } from './commands/replay';
import { secretCommand } from './commands/secret';
import { sendCommand } from './commands/send';
import { CommandError, type Io, processIo, UsageError } from './io';

export const COMMANDS: Command[] = [
  sendCommand,
  connectionCommand,
  eventsCommand,
  domainEventsCommand,
  redriveCommand,
  replayCommand,
  secretCommand,
  doctorCommand,
  reconcileCommand,
  connectCommand,
  disconnectCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: lava-webhooks <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    COMMON_HELP,
    '',
    'Run `lava-webhooks <command> --help` for a command’s options.',
  ].join('\n');
}

/** Runs one command line; returns the exit code (0 ok, 1 failed, 2 usage). */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
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
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(`${command.help}\n\n${COMMON_HELP}`);
      return 0;
    }
    return await command.run(values as Record<string, string | boolean | undefined>, positionals, io);
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\nRun \`lava-webhooks ${name} --help\` for usage.`);
      return 2;
    }
    if (error instanceof CommandError) {
      io.err(error.message);
      return 1;
    }
    io.err(`lava-webhooks ${name} failed: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}
