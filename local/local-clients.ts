// SDK client settings for a loopback endpoint: fixed region and dummy credentials, so that neither a
// developer's AWS profile nor AWS_ENDPOINT_URL_* variables can point the local stack at a real account.
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './dynamodb-local';

export function localClientConfig(endpoint: string) {
  return { endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
}
