// The tests StrykerJS runs against each mutant of the decision core (stryker.config.json,
// `npm run mutate`): the synchronous unit tests of the pure code, nothing else. No DynamoDB Local, no
// Java, nothing built first: Stryker runs these for each of about 1,500 mutants. The consumer's
// handler tests (consumer.test.ts, event-identity.test.ts) are left out: a mutant that breaks the
// decision makes them wait for an outcome that never comes, and each such timeout cost more than ten
// seconds and a fresh worker (a first full run with them was projected at well over an hour).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/signature.test.ts',
      'test/envelope.test.ts',
      'test/parse-event.test.ts',
      'test/core-identity.test.ts',
      'test/apply.test.ts',
      'test/domain-events.test.ts',
      'test/drift.test.ts',
      'test/event-item.test.ts',
      'test/pending-events.test.ts',
    ],
    globalSetup: ['test/mutate-setup.ts'],
    setupFiles: ['test/mutate-fast-check.ts'],
    testTimeout: 30_000,
  },
});
