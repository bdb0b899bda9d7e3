// The alarms' short names and where each is explained: plain data (no CDK import), for the stack, the
// runbook test and any tool that lists alarms without loading aws-cdk-lib.

/** The alarms every stack has. */
export const CORE_ALARMS = [
  'DlqNotEmpty',
  'OldestMessageAge',
  'IngestFailures',
  'SignatureRejectedSpike',
  'ConsumerFailures',
  'LambdaThrottles',
  'DynamoDbThrottles',
  'ApiThrottled',
  'EventsSpilled',
  'SpillDrainFailures',
  'EventsRejected',
  'PayloadChanged',
] as const;
/** The reconciler's alarms (every stack has the reconciler, scheduled or not). */
export const RECONCILER_ALARMS = ['ReconcileDrift', 'ReconcileRefused', 'ReconcileFailures'] as const;
/** Only with forwarding on (`forwardUrl`). */
export const FORWARDING_ALARMS = ['ForwardDlqNotEmpty', 'ForwardingOff'] as const;

export type CoreAlarm = (typeof CORE_ALARMS)[number];
export type ReconcilerAlarm = (typeof RECONCILER_ALARMS)[number];
export type ForwardingAlarm = (typeof FORWARDING_ALARMS)[number];
export type AlarmName = CoreAlarm | ReconcilerAlarm | ForwardingAlarm;
export const ALARM_NAMES: readonly AlarmName[] = [...CORE_ALARMS, ...RECONCILER_ALARMS, ...FORWARDING_ALARMS];

/** Every alarm of a stack is named `<stack name>-<alarm>`, e.g. `LavaWebhooks-prod-DlqNotEmpty`. */
export const alarmNamePrefix = (stackName: string) => `${stackName}-`;

/** The operator's page for alarms: one `## <AlarmName>` heading each. */
export const RUNBOOK = 'docs/runbook.md';
/** The heading's anchor as GitHub renders `## DlqNotEmpty`: the name in lower case. */
export const runbookLink = (name: AlarmName) => `${RUNBOOK}#${name.toLowerCase()}`;
