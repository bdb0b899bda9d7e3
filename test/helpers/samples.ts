// Secrets for tests: obvious test values. Sample payloads are in lambdas/shared/sample-events.ts.
export const TEST_SECRET = 'whsec_test_current';
export const TEST_PREVIOUS_SECRET = 'whsec_test_previous';
