// integ-tests-alpha reports each assertion as a stack output `AssertionResults…` holding
// {"status":"success"} or {"status":"fail","message":…}; integ-runner fails the test on any "fail",
// and so does test/integ/run.ts.

export interface AssertionResult {
  stack: string;
  assertion: string;
  status: string;
  message?: string;
}

/** The assertion results in a `cdk deploy --outputs-file` document ({stack: {output: value}}). */
export function assertionResults(outputs: Record<string, Record<string, string>>): AssertionResult[] {
  const results: AssertionResult[] = [];
  for (const [stack, values] of Object.entries(outputs)) {
    for (const [key, value] of Object.entries(values)) {
      if (!key.startsWith('AssertionResults')) continue;
      const assertion = key.slice('AssertionResults'.length);
      try {
        const parsed = JSON.parse(value) as { status?: unknown; message?: unknown };
        results.push({
          stack,
          assertion,
          status: typeof parsed.status === 'string' ? parsed.status : 'unreadable',
          ...(typeof parsed.message === 'string' ? { message: parsed.message } : {}),
        });
      } catch {
        results.push({ stack, assertion, status: 'unreadable', message: value });
      }
    }
  }
  return results;
}
