// The mutation run's global setup (vitest.mutate.config.ts): only the AWS SDK's notice about Node
// versions, said once as `npm test` says it; no DynamoDB Local, no command-line build.
import { sayNodeNoticeOnce } from '../local/node-support';

export default function setup() {
  sayNodeNoticeOnce(console.log); // the workers inherit the switch
}
