// Log lines name our own failures by their class and say what they wrap.
import { describe, expect, it } from 'vitest';
import { EnvError } from '../lambdas/shared/env';
import { createLogger } from '../lambdas/shared/log';
import { SigningSecretError } from '../lambdas/shared/secret-value';

describe('createLogger', () => {
  it('writes an error field as its name and message, and its cause the same way', () => {
    const lines: string[] = [];
    const log = createLogger({ write: (l) => lines.push(l) });
    const cause = new SigningSecretError('signing secret is empty');
    log.error('cold start failed', { error: new EnvError('SECRET_ID is unusable', { cause }) });
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: 'error',
      message: 'cold start failed',
      error: {
        name: 'EnvError',
        message: 'SECRET_ID is unusable',
        cause: { name: 'SigningSecretError', message: 'signing secret is empty' },
      },
    });
  });
});
