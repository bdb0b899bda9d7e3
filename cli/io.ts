// Where a command writes. The binary uses the process streams; tests capture the text.
import type { Readable, Writable } from 'node:stream';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Raw writes to stderr (progress bars), only called when errIsTTY. */
  errRaw(text: string): void;
  errIsTTY: boolean;
  /** Reads all of stdin; undefined when stdin is a terminal. */
  readStdin(): Promise<string | undefined>;
  /** The environment commands read (LAVA_SECRET_KEY…); process.env when absent. */
  env?: NodeJS.ProcessEnv;
  /** Asks on the terminal and reads a line without echoing it; undefined when stdin is no terminal. */
  readHidden(question: string): Promise<string | undefined>;
  /** Ends long-running commands (`events --follow`) in tests; the binary just exits. */
  signal?: AbortSignal;
}

/** A terminal's input stream, as far as reading without echo needs it. */
export type TerminalInput = Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

/**
 * Reads one line in raw mode, echoing nothing (a pasted secret arrives in one chunk). Backspace
 * deletes, Enter ends, Ctrl-C or Ctrl-D on an empty line gives up (undefined).
 */
export function readHiddenLine(input: TerminalInput, output: Writable, question: string) {
  if (!input.isTTY || !input.setRawMode) return Promise.resolve(undefined);
  output.write(question);
  input.setRawMode(true);
  input.resume();
  return new Promise<string | undefined>((resolve) => {
    let value = '';
    const done = (result: string | undefined) => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      resolve(result);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n') return done(value);
        if (ch === '\u0003' || (ch === '\u0004' && value === '')) return done(undefined);
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    };
    input.on('data', onData);
  });
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  errRaw: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
  async readStdin() {
    if (process.stdin.isTTY) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  },
  readHidden: (question) => readHiddenLine(process.stdin, process.stderr, question),
};

/** A mistake in how the command was called: message plus a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An expected failure (unknown connection, stack not running): message only, exit code 1. */
export class CommandError extends Error {
  override name = 'CommandError';
}
