// The app's settings from CDK context: cdk.json's "context" (every stage), the stage's block in it
// ("lavaWebhooks": {"stages": {"prod": {…}}}), then `-c key=value` flags, each over the one before and
// all over the defaults. Context keys that belong to the CDK (feature flags, `aws:cdk:…`, lookups) and
// the toolkit's own keys are left alone; any other unknown key is refused. Plain data: no CDK import.
import { isDeepStrictEqual } from 'node:util';
import { DEFAULTS, type LavaWebhooksConfig, resolveSettings, SETTING_KEYS } from './config';
import { ConfigError, refuseUnknownKeys, SettingReader, type SettingsLayer } from './setting-reader';

/** The context key that holds the per-stage blocks. */
export const STAGES_KEY = 'lavaWebhooks';

/** Context keys without a colon that the CDK toolkit reads itself. */
const TOOLKIT_KEYS = ['cli-telemetry', 'acknowledged-issue-numbers'];

/** Keys the CDK and its toolkit own: namespaced (`@aws-cdk/…:…`, `aws:cdk:…`, lookups `…:account=…`). */
export const isCdkKey = (key: string) =>
  key.includes(':') || key.startsWith('@') || TOOLKIT_KEYS.includes(key);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stage's block, every block's keys checked (a typo in prod's block fails a dev synth too). */
function stageBlock(value: unknown, stage: string): SettingsLayer {
  const where = `cdk.json "context"."${STAGES_KEY}"`;
  const empty = { origin: `${where}."stages"."${stage}"`, values: {} };
  if (value === undefined) return empty;
  if (!isObject(value) || !isObject(value.stages ?? {}))
    throw new ConfigError(
      `${where} must be {"stages": {"<stage>": {…settings}}}; got ${JSON.stringify(value)}`,
    );
  refuseUnknownKeys({ origin: where, values: value }, ['stages'], `a key of "${STAGES_KEY}"`);
  const stages = (value.stages ?? {}) as Record<string, unknown>;
  const keys = SETTING_KEYS.filter((k) => k !== 'stage');
  for (const [name, block] of Object.entries(stages)) {
    const origin = `${where}."stages"."${name}"`;
    if (!isObject(block))
      throw new ConfigError(`${origin} must be an object of settings; got ${JSON.stringify(block)}`);
    refuseUnknownKeys({ origin, values: block }, keys, 'a setting a stage may set ("stage" picks the block)');
  }
  const block = stages[stage];
  return block === undefined
    ? empty
    : { origin: `${where}."stages"."${stage}"`, values: block as Record<string, unknown> };
}

/**
 * The settings for the stage the context names. `cdkJsonContext` is what cdk.json's "context" says,
 * to tell its keys (every stage, under the stage's block) from `-c` flags (over it): a key whose value
 * is the file's came from the file.
 */
export function configFromContext(
  context: Readonly<Record<string, unknown>>,
  cdkJsonContext: Readonly<Record<string, unknown>> = {},
): LavaWebhooksConfig {
  const file: Record<string, unknown> = {};
  const flags: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context)) {
    if (isCdkKey(key) || key === STAGES_KEY) continue;
    (isDeepStrictEqual(cdkJsonContext[key], value) ? file : flags)[key] = value;
  }
  const fileLayer = { origin: 'cdk.json "context"', values: file };
  const flagLayer = { origin: '-c', values: flags };
  // The stage picks the block, so it comes from the file or a flag only.
  for (const layer of [fileLayer, flagLayer]) refuseUnknownKeys(layer, SETTING_KEYS);
  const stage = new SettingReader([fileLayer, flagLayer]).text('stage') ?? DEFAULTS.stage;
  return resolveSettings([fileLayer, stageBlock(context[STAGES_KEY], stage), flagLayer]);
}
