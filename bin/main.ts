// The command-line tool's entry: what bin/lava-webhooks.js runs (built, or through tsx).
import { run } from '../cli/cli';
import { processIo } from '../cli/io';
import { silenceSdkNodeWarning } from '../local/node-support';

// A reader that went away (`… | head -3`) is no error: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
silenceSdkNodeWarning(); // npm start and npm test say it once; every command would repeat it

process.exitCode = await run(process.argv.slice(2), processIo);
