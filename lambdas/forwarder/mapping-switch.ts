// Turns forwarding off and on by disabling and enabling the event source mapping between the
// forwarding queue and the forwarder: while it is off, the events wait in the queue (14 days), and
// turning it on delivers them. Loaded only when needed (a 410; the CLI), so the Lambda client is not
// read at a cold start.
import {
  LambdaClient,
  ListEventSourceMappingsCommand,
  UpdateEventSourceMappingCommand,
} from '@aws-sdk/client-lambda';

/** Enables or disables one mapping; its state as Lambda reports it (`Disabling`, `Enabling`…). */
export async function setMappingEnabled(client: LambdaClient, uuid: string, enabled: boolean) {
  const out = await client.send(new UpdateEventSourceMappingCommand({ UUID: uuid, Enabled: enabled }));
  return out.State ?? 'unknown';
}

/**
 * The deployed forwarder's switch: its own mapping, found by its function name (Lambda sets
 * AWS_LAMBDA_FUNCTION_NAME) and the queue's ARN. The mapping's id cannot be in the function's
 * environment: the mapping is created after the function.
 */
export function eventSourceMappingSwitch(functionName: string, queueArn: string) {
  const client = new LambdaClient({ maxAttempts: 5 });
  return async (): Promise<void> => {
    const listed = await client.send(
      new ListEventSourceMappingsCommand({ FunctionName: functionName, EventSourceArn: queueArn }),
    );
    const uuids = (listed.EventSourceMappings ?? []).flatMap((m) => (m.UUID ? [m.UUID] : []));
    if (uuids.length === 0) throw new Error(`no event source mapping from ${queueArn} to ${functionName}`);
    for (const uuid of uuids) await setMappingEnabled(client, uuid, false);
  };
}
