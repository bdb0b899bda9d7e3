// Starts one DynamoDB Local (AWS's jar, in memory) for the tests that need one (all but the unit
// project's); each test makes its own table.
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../local/dynamodb-local';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const ddb = await startDynamoDbLocal();
  project.provide('dynamoEndpoint', ddb.endpoint);
  return async () => ddb.stop();
}
