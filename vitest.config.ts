import { defineConfig } from 'vitest/config';

const endToEnd = ['test/local-stack*.test.ts'];
const stack = ['test/stack*.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file starts its own loopback servers; two workers match this machine's two cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'handlers', include: ['test/**/*.test.ts'], exclude: [...endToEnd, ...stack] },
      },
      // The local stack's end-to-end run measures latency and starts Java twice; CDK synthesis
      // (esbuild, cdk-nag) is CPU-heavy. Both run after the timing-sensitive handler tests rather
      // than competing with them for the two cores.
      { extends: true, test: { name: 'e2e', include: endToEnd, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'cdk', include: stack, sequence: { groupOrder: 2 } } },
    ],
  },
});
