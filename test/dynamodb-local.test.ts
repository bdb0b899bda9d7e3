// Starting DynamoDB Local: what a start leaves behind once it is over.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from '../local/dynamodb-local';

describe('startDynamoDbLocal', () => {
  it("leaves no listener on the caller's signal, which the supervisor passes to every restart", async () => {
    const stopping = new AbortController();
    for (let start = 0; start < 2; start++) {
      const ddb = await startDynamoDbLocal({ signal: stopping.signal });
      await ddb.stop();
    }
    expect(getEventListeners(stopping.signal, 'abort')).toHaveLength(0);
  }, 120_000);
});
