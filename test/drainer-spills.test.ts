// The drainer's reading of the spill table against DynamoDB Local: the oldest spill items first,
// each with the exact message ingest would have sent, however many are asked for at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteSpills, readSpills } from '../lambdas/drainer/spill-items';
import { sampleBody } from '../lambdas/shared/sample-events';
import { spillWriter } from '../lambdas/shared/spill-store';
import { dynamoClient, freshTable } from './helpers/dynamodb';

const client = dynamoClient();
let tableName: string;
const SPILLED = 130; // more than one BatchGetItem call holds

beforeAll(async () => {
  tableName = await freshTable(client);
  const write = spillWriter(client, tableName);
  const start = Date.parse('2026-11-27T10:00:00.000Z');
  for (let i = 0; i < SPILLED; i++) {
    await write({
      raw: Buffer.from(sampleBody('connection.created', `con_spill_${i}`)),
      plainSignature: 'f'.repeat(64),
      receivedAt: start + i * 1000,
      deliveryId: `delivery-${String(i).padStart(3, '0')}`,
      sha256: 'e'.repeat(64),
      eventType: 'connection.created',
    });
  }
});

describe('readSpills', () => {
  it('reads more spill items than one BatchGetItem call takes, oldest first, with their messages', async () => {
    const spills = await readSpills(client, tableName, SPILLED);
    expect(spills.map((s) => s.key)).toEqual(
      Array.from({ length: SPILLED }, (_, i) => `SPILL#delivery-${String(i).padStart(3, '0')}`),
    );
    expect(JSON.parse(spills[0]?.messageBody ?? '')).toMatchObject({
      data: { connection_id: 'con_spill_0' },
    });
    expect(spills[0]?.messageAttributes['body-sha256']).toEqual({
      DataType: 'String',
      StringValue: 'e'.repeat(64),
    });
  });

  it('no longer lists what was deleted', async () => {
    const first = await readSpills(client, tableName, 3);
    await deleteSpills(
      client,
      tableName,
      first.map((s) => s.key),
    );
    const next = await readSpills(client, tableName, 1);
    expect(next.map((s) => s.key)).toEqual(['SPILL#delivery-003']);
  });
});
