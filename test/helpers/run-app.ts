// bin/app.ts run as `cdk synth` runs it (tsx, context in CDK_CONTEXT_JSON), into a fresh output folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../lib/bundling';

export function runApp(context: Record<string, unknown>) {
  const outdir = mkdtempSync(join(tmpdir(), 'lava-app-'));
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'bin/app.ts'],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify(context), CDK_OUTDIR: outdir },
    },
  );
  return { status: result.status, stderr: result.stderr, outdir };
}
