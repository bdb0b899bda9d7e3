// Which Node versions the project runs on, and the AWS SDK's notice about them, said once.
// The SDK prints an 8-line warning in every process that creates a client on Node < 22; `npm start`
// and `npm test` print one line instead, and the command-line tool none (docs/local-stack.md explains).

/** The SDK's switch for its own notice. */
export const SDK_NODE_WARNING_ENV = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

/** AWS SDK for JavaScript releases published after early January 2027 require this major version. */
const RECOMMENDED_NODE_MAJOR = 22;

function nodeSupportNotice(version = process.version): string | undefined {
  const major = Number(version.replace(/^v/, '').split('.')[0]);
  if (major >= RECOMMENDED_NODE_MAJOR) return undefined;
  return `Node ${version} works, but Node ${RECOMMENDED_NODE_MAJOR}+ is recommended: AWS SDK releases after early January 2027 require it (see docs/local-stack.md, "Node versions").`;
}

/** Turns the SDK's per-process notice off for this process and the processes it starts. */
export function silenceSdkNodeWarning(env: NodeJS.ProcessEnv = process.env): void {
  env[SDK_NODE_WARNING_ENV] ??= 'true';
}

/**
 * Says the notice in one line, unless the SDK's notice is off already (this process, or the one that
 * started it, said it), then turns the SDK's off.
 */
export function sayNodeNoticeOnce(print: (line: string) => void, env: NodeJS.ProcessEnv = process.env): void {
  const notice = nodeSupportNotice();
  if (notice && env[SDK_NODE_WARNING_ENV] === undefined) print(notice);
  silenceSdkNodeWarning(env);
}
