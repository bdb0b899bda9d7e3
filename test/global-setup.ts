// Starts one DynamoDB Local (AWS's jar, in memory) for the whole run; each test makes its own table.
// The AWS SDK's notice about Node versions is said here once, not by every worker and child process.
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../local/dynamodb-local';
import { sayNodeNoticeOnce } from '../local/node-support';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  sayNodeNoticeOnce(console.log); // the workers and what they spawn inherit the switch
  const ddb = await startDynamoDbLocal();
  project.provide('dynamoEndpoint', ddb.endpoint);
  return async () => ddb.stop();
}
