// For every test run: the AWS SDK's notice about Node versions is said here once, not by every
// worker and child process; and the command-line tool is built here, before any test runs it (after
// a source change its first run would otherwise build it inside whichever test came first, on that
// test's clock).
import { CLI, ensureBuilt } from '../bin/cli-build.js';
import { sayNodeNoticeOnce } from '../local/node-support';

export default async function setup() {
  sayNodeNoticeOnce(console.log); // the workers and what they spawn inherit the switch
  await ensureBuilt(CLI);
}
