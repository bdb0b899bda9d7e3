// Runs the CLI in process against a state folder and captures what it prints.
import { run } from '../../bin/cli';
import type { Io } from '../../bin/io';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export function captureIo(options: { stdin?: string; tty?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const raw: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    errRaw: (t) => raw.push(t),
    errIsTTY: options.tty ?? false,
    readStdin: async () => options.stdin,
    ...(options.env ? { env: options.env } : {}),
  };
  return { io, out, err, raw };
}

export async function cli(
  args: string[],
  options: { stdin?: string; tty?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  const { io, out, err } = captureIo(options);
  const code = await run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
