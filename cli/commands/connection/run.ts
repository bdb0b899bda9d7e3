// `lava-webhooks connection <id>`: the connection's state as JSON.
import { type CommandRun, targetOptions } from '../../command';
import { CommandError } from '../../io';
import { onePositional } from '../../options';
import { archiveOf, withTarget } from '../../target';

export const run: CommandRun = async (values, positionals, io) => {
  const id = onePositional(positionals, 'connection needs a connection id');
  return withTarget(targetOptions(values, io.env), async (target) => {
    const connection = await archiveOf(target).connection(id);
    if (!connection)
      throw new CommandError(`No connection ${id} in ${target.name} table ${target.tableName}`);
    io.out(JSON.stringify(connection, null, 2));
    return 0;
  });
};
