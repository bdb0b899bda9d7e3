// One JSON line per log call, written straight to stdout (what Lambda ships to CloudWatch Logs).
// Hand-rolled rather than Powertools Logger: ingest's cold start and per-request budget are tight,
// and this is all we use of it. Never pass a secret or a whole webhook body as a field.
// A line holds its level, its message and its fields, nothing more: CloudWatch stamps each line with
// the time it was written (`@timestamp`), and each function logs to a log group of its own, so a
// time or a service name in every line would only be paid for (docs/runbook.md, "Logs").

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;
export type LineWriter = (line: string) => void;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export const stdoutWriter: LineWriter = (line) => {
  process.stdout.write(`${line}\n`);
};

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** An error as a log field: its name and message (which never carry a secret), its cause, no stack. */
export function describeError(value: unknown): unknown {
  if (value instanceof Error) {
    return {
      name: value.name,
      message: value.message,
      ...('$fault' in value ? { fault: value.$fault } : {}),
      ...(value.cause !== undefined ? { cause: describeError(value.cause) } : {}),
    };
  }
  return value;
}

export function createLogger(options: { level?: string; write?: LineWriter } = {}): Logger {
  const min = RANK[(options.level?.toLowerCase() as LogLevel) ?? 'info'] ?? RANK.info;
  const write = options.write ?? stdoutWriter;
  const emit = (level: LogLevel, message: string, fields?: LogFields) => {
    if (RANK[level] < min) return;
    const line: LogFields = { level, message };
    if (fields) for (const [k, v] of Object.entries(fields)) if (v !== undefined) line[k] = describeError(v);
    write(JSON.stringify(line));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}
