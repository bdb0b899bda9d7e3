// `lava-webhooks connection <id>`: the connection's state as JSON.
import { type CommandRun, targetOptions } from '../command';
import { CommandError, UsageError } from '../io';
import { archiveOf, resolveTarget } from '../target';

export const run: CommandRun = async (values, positionals, io) => {
  if (positionals.length !== 1) throw new UsageError('connection needs exactly one connection id');
  const id = positionals[0] as string;
  const target = await resolveTarget(targetOptions(values));
  try {
    const connection = await archiveOf(target).connection(id);
    if (!connection)
      throw new CommandError(`No connection ${id} in ${target.name} table ${target.tableName}`);
    io.out(JSON.stringify(connection, null, 2));
    return 0;
  } finally {
    target.close();
  }
};
