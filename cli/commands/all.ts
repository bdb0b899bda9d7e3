// Every command, in the order `lava-webhooks --help` lists them: each declaration paired with the run
// beside it, which is loaded (with the AWS SDK) only when the command runs.
import { type Command, withRun } from '../command';
import { connectCommand } from './connect/declaration';
import { connectionCommand } from './connection/declaration';
import { disconnectCommand } from './disconnect/declaration';
import { doctorCommand } from './doctor/declaration';
import { domainEventsCommand } from './domain-events/declaration';
import { eventsCommand } from './events/declaration';
import { forwardCommand } from './forward/declaration';
import { reconcileCommand } from './reconcile/declaration';
import { redriveCommand } from './redrive/declaration';
import { replayCommand } from './replay/declaration';
import { secretCommand } from './secret/declaration';
import { sendCommand } from './send/declaration';
import { statusCommand } from './status/declaration';

export const COMMANDS: Command[] = [
  withRun(sendCommand, async () => (await import('./send/run')).run),
  withRun(eventsCommand, async () => (await import('./events/run')).run),
  withRun(connectionCommand, async () => (await import('./connection/run')).run),
  withRun(domainEventsCommand, async () => (await import('./domain-events/run')).run),
  withRun(statusCommand, async () => (await import('./status/run')).run),
  withRun(redriveCommand, async () => (await import('./redrive/run')).run),
  withRun(replayCommand, async () => (await import('./replay/run')).run),
  withRun(secretCommand, async () => (await import('./secret/run')).run),
  withRun(doctorCommand, async () => (await import('./doctor/run')).run),
  withRun(reconcileCommand, async () => (await import('./reconcile/run')).run),
  withRun(connectCommand, async () => (await import('./connect/run')).run),
  withRun(disconnectCommand, async () => (await import('./disconnect/run')).run),
  withRun(forwardCommand, async () => (await import('./forward/run')).run),
];
