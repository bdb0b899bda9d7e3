// What `npm start` prints: handler log lines in a readable form, and where the secret came from.
import type { LineWriter } from '../lambdas/shared/log';
import type { SecretOrigin } from './local-secret';

export function describeSecretOrigin(origin: SecretOrigin, stateDir: string): string {
  if (origin === 'env') return 'from LAVA_WEBHOOK_SECRET';
  if (origin === 'generated') return `generated a dev secret, saved in ${stateDir}/secret.json (not printed)`;
  return `from ${stateDir}/secret.json`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The stack's own notices (DynamoDB Local died, is back…), shaped like the handlers' lines. */
export function printNotice(message: string): void {
  console.error(`${new Date().toISOString().slice(11, 23)} local-stack warn ${message}`);
}

/** One short line per handler log line; EMF metric lines only with LOG_LEVEL=debug. */
export function consoleWriter(level: string | undefined): LineWriter {
  const debug = level?.toLowerCase() === 'debug';
  return (line) => {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return void console.log(line);
    }
    if ('_aws' in parsed) {
      if (debug) console.log(line);
      return;
    }
    const { level: lvl, time, service, message, ...rest } = parsed;
    const fields = Object.entries(rest)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
    const text = `${String(time).slice(11, 23)} ${service} ${lvl} ${message} ${fields}`.trimEnd();
    if (lvl === 'error' || lvl === 'warn') console.error(text);
    else console.log(text);
  };
}
