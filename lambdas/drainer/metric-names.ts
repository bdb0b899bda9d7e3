// The drainer's EMF metrics, named once: drain.ts emits them, lib/monitoring.ts alarms on them and
// charts them. A module of its own so that the CDK app reads two strings without loading the SQS client.
export const DRAINER_METRICS = { drained: 'Drained', failed: 'DrainFailed' } as const;
