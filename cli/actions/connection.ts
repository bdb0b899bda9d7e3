// `lava-webhooks connection <id>`: the connection's state as JSON.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { connectionFromItem } from '../../lambdas/consumer/dynamodb-store';
import { connectionKey, TABLE } from '../../lambdas/shared/table-schema';
import { type CommandRun, targetOptions } from '../command';
import { CommandError } from '../io';
import { onePositional } from '../options';
import { resolveTarget, type Target } from '../target';

/** The fields a reader of the table cares about, the usual ones always present (null when unknown). */
export function connectionView(item: Record<string, unknown>): Record<string, unknown> {
  const { state } = connectionFromItem(item);
  const { status, hasLavaCreditBalance, walletBalance, email, deletedAt, ...other } = state.values;
  return {
    connectionId: state.connectionId,
    status: status ?? null,
    hasLavaCreditBalance: hasLavaCreditBalance ?? null,
    walletBalance: walletBalance ?? null,
    email: email ?? null,
    ...other,
    createdAt: state.createdAt,
    lastEventAt: state.lastEventAt,
    lastEventType: state.lastEventType,
    deletedAt: deletedAt ?? null,
    updatedAt: item.updatedAt ?? null,
  };
}

/** The connection's item as the table holds it, or undefined. */
export async function readConnection(target: Target, id: string) {
  const out = await target.dynamodb().send(
    new GetItemCommand({
      TableName: target.tableName,
      Key: { [TABLE.partitionKey]: { S: connectionKey(id) } },
      ConsistentRead: true,
    }),
  );
  return out.Item ? unmarshall(out.Item) : undefined;
}

export const run: CommandRun = async (values, positionals, io) => {
  const id = onePositional(positionals, 'connection needs a connection id');
  const target = await resolveTarget(targetOptions(values));
  try {
    const item = await readConnection(target, id);
    if (!item) throw new CommandError(`No connection ${id} in ${target.name} table ${target.tableName}`);
    io.out(JSON.stringify(connectionView(item), null, 2));
    return 0;
  } finally {
    target.close();
  }
};
