// Where a command writes. The binary uses the process streams; tests capture the text.
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
};

/** A mistake in how the command was called: message plus a pointer to --help, exit code 2. */
export class UsageError extends Error {}

/** An expected failure (unknown connection, stack not running): message only, exit code 1. */
export class CommandError extends Error {}
