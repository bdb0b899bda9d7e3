// Each test file's setup in the mutation run (vitest.mutate.config.ts): a property that fails under a
// mutant has done its job, so fast-check stops at the first counterexample instead of shrinking it,
// which can take longer than Stryker's timeout and cost a fresh worker.
import fc from 'fast-check';

fc.configureGlobal({ endOnFailure: true });
