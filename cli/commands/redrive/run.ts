// `lava-webhooks redrive`: the DLQ's messages back to the queue (redrive-dlq.ts moves them).
import { plural } from '../../../local/format';
import { type CommandRun, targetOptions } from '../../command';
import { noPositionals } from '../../options';
import { redrive } from '../../redrive-dlq';
import { withTarget } from '../../target';

export const run: CommandRun = async (values, positionals, io) => {
  noPositionals(positionals);
  return withTarget(targetOptions(values, io.env), async (target) => {
    const moved = await redrive(target, target, io);
    io.out(`Moved ${plural(moved, 'message')} from the DLQ back to the queue.`);
    return 0;
  });
};
