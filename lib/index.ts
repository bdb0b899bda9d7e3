// The package's entry point (`import { LavaWebhooks } from 'lava-webhooks'`): the construct to embed
// in a CDK app of one's own (docs/embedding.md), the stack `cdk deploy` deploys, and the settings.
export { ALARM_NAMES, type AlarmName, RUNBOOK, runbookLink } from './alarm-names';
export {
  ConfigError,
  DEFAULTS,
  type LavaWebhooksConfig,
  type LavaWebhooksSettings,
  resolveSettings,
  SETTING_KEYS,
  type SettingsLayer,
  stackNameFor,
} from './config';
export { configFromContext, STAGES_KEY } from './context-settings';
export { STACK_OUTPUTS, type StackOutput } from './definitions';
export {
  connectionItemsOnly,
  type DomainEventSubscription,
  LavaWebhooks,
  type LavaWebhooksProps,
} from './lava-webhooks';
export { LavaWebhooksStack, type LavaWebhooksStackProps } from './lava-webhooks-stack';
