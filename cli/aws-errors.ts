// What the AWS SDK throws when the environment is not set up, said as one line naming the fix: the
// region, the profile, the credentials, a permission, the stack. Recognised by the names and messages
// the SDK itself uses (@smithy's config and credential providers, the services' exceptions).

/** The fields of an SDK error this reads. */
interface SdkErrorShape {
  name?: string;
  message?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
}

const CREDENTIAL_SETUP =
  'set AWS_PROFILE to a configured profile (`aws configure`, or `aws sso login` for SSO), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';

const EXPIRED_NAMES = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'TokenRefreshRequired',
]);
const INVALID_TOKEN_NAMES = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
]);
const ACCESS_DENIED_NAMES = new Set(['AccessDenied', 'AccessDeniedException', 'AuthorizationError']);

const profileOf = (env: NodeJS.ProcessEnv) => env.AWS_PROFILE?.trim() || undefined;
const withProfile = (env: NodeJS.ProcessEnv) => (profileOf(env) ? ` --profile ${profileOf(env)}` : '');

/** `cloudformation:DescribeStacks` from the SDK's "… is not authorized to perform: X on resource: Y …". */
function deniedAction(message: string): string | undefined {
  return /not authorized to perform:? ([\w-]+:[\w*-]+)/i.exec(message)?.[1];
}

function deniedResource(message: string): string | undefined {
  return /on resource:? (arn:[^\s]+?)(?:[\s,.;]|$)/i.exec(message)?.[1];
}

/**
 * The one-line message for an error caused by the AWS setup (region, profile, credentials,
 * permissions), or undefined for any other error.
 */
export function awsSetupMessage(error: unknown, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as SdkErrorShape;
  const name = e.name ?? e.Code ?? '';
  const message = e.message ?? '';
  const profile = profileOf(env);
  if (message === 'Region is missing') {
    return profile
      ? `No AWS region for profile ${profile} (AWS_PROFILE): is it in ~/.aws/config? Run \`aws configure --profile ${profile}\`, or set AWS_REGION.`
      : 'No AWS region: set AWS_REGION (e.g. export AWS_REGION=eu-west-1), or AWS_PROFILE to a profile that has one.';
  }
  if (EXPIRED_NAMES.has(name) || /aws sso login|SSO session|token (has )?expired/i.test(message)) {
    return `The AWS credentials have expired: run \`aws sso login${withProfile(env)}\` (SSO) or renew them, then run this again.`;
  }
  const noCredentials =
    name === 'CredentialsProviderError' ||
    /Could not load credentials|could not be found in shared credentials file|Could not resolve credentials using profile/.test(
      message,
    );
  if (noCredentials && profile) {
    // With AWS_PROFILE set the SDK reads that profile only: it is missing or holds no credentials.
    return `AWS profile ${profile} (AWS_PROFILE) gave no credentials: is it in ~/.aws/config? Run \`aws configure --profile ${profile}\` (or \`aws configure sso\`), or set AWS_PROFILE to a configured profile.`;
  }
  if (noCredentials) return `No AWS credentials: ${CREDENTIAL_SETUP}.`;
  if (INVALID_TOKEN_NAMES.has(name)) {
    return `AWS refused the credentials (${name}): check AWS_PROFILE or AWS_ACCESS_KEY_ID, or run \`aws sso login${withProfile(env)}\`.`;
  }
  if (ACCESS_DENIED_NAMES.has(name) || (e.$metadata?.httpStatusCode === 403 && deniedAction(message))) {
    const action = deniedAction(message);
    const resource = deniedResource(message);
    return action
      ? `Access denied: the AWS identity in use may not call ${action}${resource ? ` on ${resource}` : ''}; allow that IAM action, or use a profile that has it.`
      : `Access denied by AWS (${name}): the AWS identity in use lacks a permission this command needs; use a profile that may operate the stack.`;
  }
  return undefined;
}

/** CloudFormation's answer for a stack that is not there (DescribeStacks: ValidationError). */
export function isStackNotFound(error: unknown): boolean {
  const e = error as SdkErrorShape | undefined;
  return e?.name === 'ValidationError' && /does not exist/.test(e.message ?? '');
}
