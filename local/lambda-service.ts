// Lambda's GetFunctionConfiguration and UpdateFunctionConfiguration for the local stack's functions,
// in Lambda's REST-JSON shapes, so that the CLI's `--now` makes the same calls locally as on AWS. As
// on Lambda, a configuration update replaces the function's instances: the next invocation runs a
// fresh one, whose caches (the signing secret's included) start empty.
import { randomUUID } from 'node:crypto';
import { AwsJsonError, type RestRoute } from './aws-json-server';
import { LOCAL_REGION } from './dynamodb-local';

/** A local function: what a configuration update does to it. */
export interface LocalFunction {
  /** Replaces its instance: the next invocation runs a fresh one. */
  restart(): void;
}

interface Configuration {
  variables: Record<string, string>;
  revisionId: string;
  lastModified: string;
}

const CONFIGURATION_PATH = /^\/2015-03-31\/functions\/([^/]+)\/configuration\/?$/;

/** Routes for `functions` by name; they may be registered after the server starts (late binding). */
export function lambdaRoutes(functions: ReadonlyMap<string, LocalFunction>): RestRoute[] {
  const configurations = new Map<string, Configuration>();
  const configurationOf = (name: string) => {
    if (!functions.has(name))
      throw new AwsJsonError('ResourceNotFoundException', `Function not found: ${name}`, 404);
    let config = configurations.get(name);
    if (!config) {
      config = { variables: {}, revisionId: randomUUID(), lastModified: new Date().toISOString() };
      configurations.set(name, config);
    }
    return config;
  };
  const describe = (name: string, config: Configuration) => ({
    FunctionName: name,
    FunctionArn: `arn:aws:lambda:${LOCAL_REGION}:000000000000:function:${name}`,
    Environment: { Variables: config.variables },
    RevisionId: config.revisionId,
    LastModified: config.lastModified,
    State: 'Active',
    LastUpdateStatus: 'Successful',
  });
  return [
    {
      method: 'GET',
      path: CONFIGURATION_PATH,
      handle: ([name]) => describe(name as string, configurationOf(name as string)),
    },
    {
      method: 'PUT',
      path: CONFIGURATION_PATH,
      handle([name], input) {
        const config = configurationOf(name as string);
        if (input.RevisionId !== undefined && input.RevisionId !== config.revisionId)
          throw new AwsJsonError('PreconditionFailedException', 'The RevisionId does not match', 412);
        const environment = input.Environment as { Variables?: Record<string, string> } | undefined;
        if (environment?.Variables) config.variables = { ...environment.Variables };
        config.revisionId = randomUUID();
        config.lastModified = new Date().toISOString();
        functions.get(name as string)?.restart();
        return describe(name as string, config);
      },
    },
  ];
}
