// `npm run integ`: the integration test on AWS, with the credentials of the shell (AWS_PROFILE,
// AWS_REGION…), in integ-runner's steps: deploy the test stage and the assertion stack, fail on any
// assertion that failed (a waiter that timed out already fails the deploy), destroy both, and on
// success refresh the snapshot (in integ-runner's format) that CI checks offline.
//
//   npm run integ                  deploy, assert, destroy, update the snapshot
//   npm run integ -- --keep        leave the stage deployed to look around (destroy it afterwards!)
//   npm run integ -- --destroy     only destroy what an interrupted run left
//   npm run integ -- --dry-run     only rewrite the snapshot, offline; the change is then unproven
//
// integ-runner itself cannot run it yet: its newest release (2.197.10) reads cloud assemblies up to
// schema 53, and aws-cdk-lib 2.276 writes schema 55 ("AssemblyVersionMismatch"; a test notices the
// day the pinned release reads them). The pinned aws-cdk CLI does the deploying here; the app, its
// file name and its snapshot are integ-runner's, so that the switch is only the command (README).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { PROJECT_ROOT } from '../../lib/bundling';
import { stackNameFor } from '../../lib/config';
import { assertionResults } from './assertion-results';
import { INTEG_STAGE, RUN_ID_KEY } from './integ-app';
import { SNAPSHOT_DIR, synthIntegAssembly, writeSnapshot } from './snapshot';

const { values } = parseArgs({
  options: { keep: { type: 'boolean' }, destroy: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
});

const started = Date.now();
const elapsed = () => {
  const s = Math.round((Date.now() - started) / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
};
/** The run's start in base 36 (integ-app.ts `runStartedAt` reads it back). */
const runId = Date.now().toString(36);
const outdir = mkdtempSync(join(tmpdir(), 'lava-integ-'));
const snapshotPath = relative(PROJECT_ROOT, SNAPSHOT_DIR);

/** The pinned CDK CLI on the integ app, streaming its output; returns whether it succeeded. */
function cdk(...args: string[]): boolean {
  const result = spawnSync(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules/aws-cdk/bin/cdk'),
      '--app',
      'npx tsx test/integ/integ.lava-webhooks.ts',
      '--context',
      `${RUN_ID_KEY}=${runId}`,
      '--output',
      join(outdir, 'cdk.out'),
      ...args,
    ],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  return result.status === 0;
}

function updateSnapshot() {
  writeSnapshot(synthIntegAssembly());
  console.log(`Snapshot written to ${snapshotPath}.`);
}

function destroy(): boolean {
  console.log(`\n== destroy (${elapsed()})`);
  return cdk('destroy', '--all', '--force');
}

/** Fails fast, before any deploy or destroy, when the shell has no usable AWS credentials or region. */
async function checkAccess(): Promise<boolean> {
  const cfn = new CloudFormationClient({});
  const stack = stackNameFor(INTEG_STAGE);
  try {
    await cfn.send(new DescribeStacksCommand({ StackName: stack }));
    console.log(`${stack} exists already (an earlier run kept or left it); this run updates it.`);
    return true;
  } catch (error) {
    if ((error as Error).name === 'ValidationError') return true; // no such stack: the usual case
    console.error(
      `Cannot reach CloudFormation with this shell's AWS settings (AWS_PROFILE, AWS_REGION…): ${(error as Error).message}`,
    );
    return false;
  } finally {
    cfn.destroy();
  }
}

async function main(): Promise<number> {
  if (values['dry-run']) {
    updateSnapshot();
    console.log('Not deployed: nothing proves this snapshot on AWS until `npm run integ` passes.');
    return 0;
  }
  if (!(await checkAccess())) return 1;
  if (values.destroy) return destroy() ? 0 : 1;

  console.log(`lava-webhooks integration test: stage "${INTEG_STAGE}", run ${runId}`);
  console.log('If interrupted, remove what is left with `npm run integ -- --destroy`.');
  console.log(`\n== deploy (${elapsed()})`);
  const outputsFile = join(outdir, 'outputs.json');
  const deployed = cdk('deploy', '--all', '--require-approval', 'never', '--outputs-file', outputsFile);
  let passed = deployed;
  if (deployed) {
    const results = assertionResults(JSON.parse(readFileSync(outputsFile, 'utf8')));
    console.log(`\n== assertions (${elapsed()})`);
    for (const r of results) {
      console.log(
        `${r.status === 'success' ? 'ok  ' : 'FAIL'}  ${r.assertion}${r.message ? `: ${r.message}` : ''}`,
      );
    }
    passed = results.length > 0 && results.every((r) => r.status === 'success');
  } else {
    console.log(
      '\nThe deploy failed; the output above says why. An assertion that does not pass in time fails it.',
    );
  }
  const destroyed = values.keep ? true : destroy();
  if (values.keep) console.log(`\nLeft deployed: remove it with \`npm run integ -- --destroy\`.`);
  if (passed) updateSnapshot();
  console.log(
    `\n${passed ? 'PASSED' : 'FAILED'} in ${elapsed()}${destroyed ? '' : '; the destroy failed, run `npm run integ -- --destroy`'}.`,
  );
  return passed && destroyed ? 0 : 1;
}

process.exitCode = await main();
