// Runs the CLI in process against a state folder and captures what it prints.
import { run } from '../../cli/cli';
import type { Io } from '../../cli/io';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export interface CliOptions {
  /** What a pipe into stdin holds. */
  stdin?: string;
  /** stderr is a terminal (progress bars). */
  tty?: boolean;
  /** What is typed at a prompt that does not echo (stdin is then a terminal). */
  typed?: string;
  /** Ends long-running commands (`events --follow`). */
  signal?: AbortSignal;
  /** The environment commands read (process.env when absent). */
  env?: NodeJS.ProcessEnv;
}

export function captureIo(options: CliOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const raw: string[] = [];
  const prompts: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    errRaw: (t) => raw.push(t),
    errIsTTY: options.tty ?? false,
    readStdin: async () => (options.typed === undefined ? options.stdin : undefined),
    readHidden: async (question) => {
      if (options.typed === undefined) return undefined;
      prompts.push(question);
      return options.typed;
    },
    signal: options.signal,
    ...(options.env ? { env: options.env } : {}),
  };
  return { io, out, err, raw, prompts };
}

export async function cli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const { io, out, err } = captureIo(options);
  const code = await run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
