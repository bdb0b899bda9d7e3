import { defineConfig } from 'vitest/config';

/**
 * `npm run test:unit`: the tests that need no Java (DynamoDB Local), no local SQS server or stack
 * and no CDK synthesis; their doubles of AWS and Lava are mocks or loopback HTTP servers in the test.
 * A test file not listed here runs with DynamoDB Local.
 */
const unit = [
  'apply',
  'cli',
  'cli-build',
  'cli-docs',
  'cli-options',
  'cli-aws-errors',
  'core-identity',
  'deadline',
  'doctor',
  'drift',
  'each-bounded',
  'event-item',
  'forwarder-units',
  'function-length',
  'import-cycles',
  'ingest-spill-load',
  'lava-api',
  'log',
  'metrics',
  'parse-event',
  'reconciler-handler',
  'secrets',
  'signature',
].map((name) => `test/${name}.test.ts`);
const endToEnd = ['test/local-stack*.test.ts'];
const stack = ['test/stack*.test.ts'];
// Added to the root's global setup (which every project extends).
const withDynamoDb = ['test/dynamodb-setup.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file starts its own loopback servers; two workers match this machine's two cores.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      {
        extends: true,
        test: {
          name: 'handlers',
          globalSetup: withDynamoDb,
          include: ['test/**/*.test.ts'],
          exclude: [...unit, ...endToEnd, ...stack],
        },
      },
      // The local stack's end-to-end run measures latency and starts Java twice; CDK synthesis
      // (esbuild, cdk-nag) is CPU-heavy. Both run after the timing-sensitive handler tests rather
      // than competing with them for the two cores.
      {
        extends: true,
        test: { name: 'e2e', globalSetup: withDynamoDb, include: endToEnd, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { name: 'cdk', globalSetup: withDynamoDb, include: stack, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
