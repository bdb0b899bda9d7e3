// The DynamoDB calls a function's deployed bundle can make, for the stack tests that hold each
// function's grant to exactly them. Operations: the command classes esbuild kept in the bundle
// (tree-shaken, so only what the code reaches; `keepNames` leaves each class's name in the output).
// Actions: what those operations need, a Query being the index's; a transaction's entries are
// authorized as the item actions they name, read from the project's sources in the bundle.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as dynamodb from '@aws-sdk/client-dynamodb';
import { build } from 'esbuild';
import { esbuildOptionsFor, type LambdaName, PROJECT_ROOT } from '../../lib/bundling';

/** In every bundle with the client, never sent: the client discovers endpoints only when told to. */
const NEVER_SENT = new Set(['DescribeEndpoints']);

const ENTRY_ACTIONS: Record<string, string> = {
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
  ConditionCheck: 'dynamodb:ConditionCheckItem',
  Get: 'dynamodb:GetItem',
};

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

export async function dynamoDbCallsOf(name: LambdaName) {
  const outdir = mkdtempSync(join(tmpdir(), `lava-calls-${name}-`));
  const { metafile, outputFiles } = await build({
    ...esbuildOptionsFor(name, outdir),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bundle = outputFiles.map((f) => f.text).join('\n');
  const operations = Object.keys(dynamodb)
    .filter((k) => k.endsWith('Command') && bundle.includes(`"${k}"`))
    .map((k) => k.slice(0, -'Command'.length))
    .filter((op) => !NEVER_SENT.has(op));
  const actions: string[] = [];
  for (const op of operations)
    if (op !== 'Query' && !op.startsWith('Transact')) actions.push(`dynamodb:${op}`);
  for (const file of Object.keys(metafile.inputs).filter((f) => !f.includes('node_modules'))) {
    const code = readFileSync(join(PROJECT_ROOT, file), 'utf8');
    if (!/new\s+TransactWriteItemsCommand\(/.test(code)) continue;
    for (const m of code.matchAll(/\b(Put|Update|Delete|ConditionCheck|Get)\s*:/g))
      actions.push(ENTRY_ACTIONS[m[1] as string] as string);
  }
  return {
    operations: sorted(operations),
    actions: sorted(actions),
    indexActions: operations.includes('Query') ? ['dynamodb:Query'] : [],
  };
}

/** A TableAccess's lists sorted, to compare with what `dynamoDbCallsOf` found. */
export const sortedAccess = (access: {
  operations: readonly string[];
  actions: readonly string[];
  indexActions: readonly string[];
}) => ({
  operations: sorted(access.operations),
  actions: sorted(access.actions),
  indexActions: sorted(access.indexActions),
});
