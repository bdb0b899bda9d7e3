// The local stack refuses clearly, and leaves nothing running, when it cannot start.
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../local/free-port';
import { startLocalStack } from '../local/local-stack';

const stateDir = () => mkdtempSync(join(tmpdir(), 'lava-startup-'));

describe('startLocalStack refuses', () => {
  it('a taken port, before starting Java', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    const dir = stateDir();
    const started = Date.now();
    try {
      await expect(startLocalStack({ stateDir: dir, port })).rejects.toThrow(
        `port ${port} on 127.0.0.1 is already in use; set PORT to another port`,
      );
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(existsSync(join(dir, 'stack.json'))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('a machine without Java, and frees its port', async () => {
    const dir = stateDir();
    const port = await freePort();
    const path = process.env.PATH;
    process.env.PATH = dir; // no java there
    try {
      await expect(startLocalStack({ stateDir: dir, port })).rejects.toThrow(
        'Java was not found on PATH: DynamoDB Local needs Java 17 or newer',
      );
    } finally {
      process.env.PATH = path;
    }
    expect(existsSync(join(dir, 'stack.json'))).toBe(false);
    const again = createServer();
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen(port, '127.0.0.1', resolve);
    });
    again.close();
  });
});
