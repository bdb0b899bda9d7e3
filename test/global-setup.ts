// Starts one DynamoDB Local (AWS's jar, in memory) for the whole run; each test makes its own table.
// The AWS SDK's notice about Node versions is said here once, not by every worker and child process.
// The command-line tool is built here, before any test runs it: after a source change its first run
// would otherwise build it inside whichever test came first, on that test's clock.
import type { TestProject } from 'vitest/node';
import { CLI, ensureBuilt } from '../bin/cli-build.js';
import { startDynamoDbLocal } from '../local/dynamodb-local';
import { sayNodeNoticeOnce } from '../local/node-support';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  sayNodeNoticeOnce(console.log); // the workers and what they spawn inherit the switch
  await ensureBuilt(CLI);
  const ddb = await startDynamoDbLocal();
  project.provide('dynamoEndpoint', ddb.endpoint);
  return async () => ddb.stop();
}
