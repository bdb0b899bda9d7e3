import { declareCommand } from '../../command';

export const connectionCommand = declareCommand({
  name: 'connection',
  summary: "print a connection's state as JSON",
  help: `Usage: lava-webhooks connection <id>

Prints the connection's state as JSON (status, hasLavaCreditBalance, walletBalance, email…,
createdAt, lastEventAt, lastEventType, deletedAt, updatedAt). Exit code 1 when it is unknown.`,
  options: {},
});
