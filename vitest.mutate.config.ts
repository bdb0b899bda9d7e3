// The tests StrykerJS runs against each mutant of the decision core (stryker.config.json,
// `npm run mutate`): the fast unit tests that exercise it, the consumer's on the in-memory store
// only. No DynamoDB Local, no Java, nothing built first: Stryker runs these hundreds of times.
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
      'test/consumer.test.ts',
      'test/event-identity.test.ts',
    ],
    globalSetup: ['test/mutate-setup.ts'],
    env: { TEST_STORES: 'memory' },
    testTimeout: 30_000,
  },
});
