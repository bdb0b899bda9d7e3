// The name of a Lava webhook endpoint of the stack, in Lava and in the stored secret: `--name`, else
// lava-webhooks-<stage> (lava-webhooks-local for the local stack).
import { UsageError } from './io';
import type { Target } from './target';

export function endpointName(given: string | undefined, target: Target): string {
  const name = given ?? `lava-webhooks-${target.name}`;
  if (!/^[\w.-]{1,64}$/.test(name))
    throw new UsageError('--name takes 1-64 letters, digits, ".", "_" or "-"');
  return name;
}
