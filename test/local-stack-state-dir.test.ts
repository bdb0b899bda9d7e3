// One stack per state folder: two stacks side by side on folders of their own, each with its own
// DynamoDB Local, queue and stack.json; a third on a folder in use refuses, naming the running one,
// and leaves that one's stack.json alone; a lock left by a stack that died is taken over.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../local/local-stack';
import { STACK_FILE } from '../local/stack-file';
import { LOCK_FILE } from '../local/state-lock';
import { cli } from './helpers/cli';
import { until } from './helpers/until';
import { dynamoDbProcessesOn } from './helpers/webhook-load';

const folders = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'lava-state-')));
const [dirA = '', dirB = ''] = folders;
const stacks: LocalStack[] = [];
const start = (stateDir: string) => startLocalStack({ stateDir, port: 0, visibilityTimeoutSeconds: 1 });

beforeAll(async () => {
  // B's folder holds the lock of a stack that died (a pid no system hands out).
  writeFileSync(
    join(dirB, LOCK_FILE),
    JSON.stringify({ pid: 2 ** 22 + 12_345, startedAt: '2026-01-01T00:00:00.000Z', token: 'dead' }),
  );
  stacks.push(...(await Promise.all(folders.map(start))));
}, 120_000);

afterAll(async () => {
  await Promise.all(stacks.map((s) => s.stop()));
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const applied = (id: string, stateDir: string) =>
  until(
    async () => ((await cli(['connection', id, '--state-dir', stateDir])).code === 0 ? true : undefined),
    15_000,
  );

describe('state folders', () => {
  it('run two stacks side by side, each on its own folder', async () => {
    const [a, b] = stacks;
    expect(a?.port).not.toBe(b?.port);
    expect(a?.info.dynamoEndpoint).not.toBe(b?.info.dynamoEndpoint);
    // send waits for each stack's own consumer: the verdict comes from the folder it was sent to.
    for (const [id, dir] of [
      ['con_in_a', dirA],
      ['con_in_b', dirB],
    ] as const) {
      const sent = await cli(['send', 'connection.created', '--connection', id, '--state-dir', dir]);
      expect(sent.code).toBe(0);
      expect(sent.out.split('\n').slice(0, 2)).toEqual([
        '200 {"received":true}',
        expect.stringMatching(/^applied \(event [0-9a-f]{12}\)$/),
      ]);
    }
    await applied('con_in_a', dirA);
    await applied('con_in_b', dirB);
    expect((await cli(['connection', 'con_in_b', '--state-dir', dirA])).code).toBe(1);
    expect((await cli(['connection', 'con_in_a', '--state-dir', dirB])).code).toBe(1);

    // LOCAL_STATE_DIR chooses the folder for the CLI too.
    process.env.LOCAL_STATE_DIR = dirB;
    try {
      expect((await cli(['connection', 'con_in_b'])).code).toBe(0);
    } finally {
      delete process.env.LOCAL_STATE_DIR;
    }
  });

  it('refuse a second stack on a folder in use, naming the running one, and leave its stack.json', async () => {
    const before = readFileSync(join(dirA, STACK_FILE), 'utf8');
    const url = stacks[0]?.url ?? '';
    const jvms = dynamoDbProcessesOn(dirA);
    await expect(start(dirA)).rejects.toThrow(
      new RegExp(`in use by another local stack \\(pid ${process.pid}, started .*, listening on ${url}\\)`),
    );
    // Refused before starting anything: no second DynamoDB Local on the folder, then or now.
    expect(dynamoDbProcessesOn(dirA)).toEqual(jvms);
    expect(jvms.length).toBeGreaterThan(0);
    await expect(start(dirA)).rejects.toThrow('LOCAL_STATE_DIR');
    expect(readFileSync(join(dirA, STACK_FILE), 'utf8')).toBe(before);
    expect(
      await cli(['send', 'connection.created', '--connection', 'con_a_after', '--state-dir', dirA]),
    ).toMatchObject({ code: 0 });
    await applied('con_a_after', dirA);
  });

  it('hand a folder on once its stack has stopped', async () => {
    const a = stacks.shift();
    await a?.stop();
    expect((await cli(['connection', 'con_in_a', '--state-dir', dirA])).err).toMatch(/not running/);
    const again = await start(dirA);
    stacks.push(again);
    expect(JSON.parse(readFileSync(join(dirA, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await applied('con_in_a', dirA);
  }, 120_000); // it starts DynamoDB Local's JVM, as beforeAll does: 30 s is too short on a loaded machine
});
