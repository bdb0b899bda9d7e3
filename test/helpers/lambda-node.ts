// The Node.js major the functions run on in Lambda (nodejs24.x), installed from npm's `node` package
// into node_modules/.cache on first use (about a minute; later runs reuse it).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../lib/bundling';

export const LAMBDA_NODE_VERSION = '24.21.0';

export async function lambdaNode(): Promise<string> {
  const prefix = join(PROJECT_ROOT, 'node_modules', '.cache', `node-${LAMBDA_NODE_VERSION}`);
  const bin = join(prefix, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(bin)) {
    await promisify(execFile)(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `node@${LAMBDA_NODE_VERSION}`],
      { timeout: 300_000 },
    );
  }
  return bin;
}
