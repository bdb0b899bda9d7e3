import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file starts its own loopback servers; two workers match this machine's two cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'handlers',
          include: ['test/**/*.test.ts'],
          exclude: ['test/stack*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // CDK synthesis (esbuild, cdk-nag) is CPU-heavy: it runs after the timing-sensitive handler
          // tests (DynamoDB Local permutations) instead of competing with them for the two cores.
          name: 'cdk',
          include: ['test/stack*.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
