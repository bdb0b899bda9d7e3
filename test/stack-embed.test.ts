// The package as another CDK app uses it: `npm run build` makes its entry point (package.json
// `exports`), examples/embed/app.ts imports `lava-webhooks` through it, type-checks under NodeNext
// (as a `cdk init` app does) and synthesizes a product stack with the construct inside.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/bundling';
import { FORWARDING_OUTPUTS, STACK_OUTPUTS } from '../lib/definitions';

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

type Template = {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  Outputs: Record<string, unknown>;
};
const outdir = mkdtempSync(join(tmpdir(), 'lava-embed-'));
let template: Template;

beforeAll(() => {
  const build = run(process.execPath, ['bin/lib-build.js']);
  expect(build.status, build.stderr).toBe(0);
  const synth = run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'examples/embed/app.ts'], {
    CDK_OUTDIR: outdir,
    CDK_CONTEXT_JSON: JSON.stringify({ 'aws:cdk:bundling-stacks': [] }),
  });
  expect(synth.status, synth.stderr).toBe(0);
  template = JSON.parse(readFileSync(join(outdir, 'AcmeBilling.template.json'), 'utf8')) as Template;
}, 180_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('examples/embed', () => {
  it("type-checks against the package's declarations as a NodeNext app", () => {
    const tsc = run(process.execPath, [
      'node_modules/typescript/bin/tsc',
      '-p',
      'examples/embed/tsconfig.json',
    ]);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it("puts the construct in the product's stack, with the CLI's outputs beside the product's own", () => {
    const ours = STACK_OUTPUTS.filter((key) => !FORWARDING_OUTPUTS.includes(key));
    expect(Object.keys(template.Outputs).sort()).toEqual([...ours, 'ProductQueueUrl'].sort());
    const alarms = Object.values(template.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
    expect(alarms.map((a) => a.Properties.AlarmName)).toContain('AcmeBilling-DlqNotEmpty');
    // Its settings reached the resources: a production stage, throttled as the product asked.
    const stage = Object.values(template.Resources).find((r) => r.Type === 'AWS::ApiGatewayV2::Stage');
    expect(stage?.Properties.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 500 });
    const table = Object.entries(template.Resources).find(([, r]) => r.Type === 'AWS::DynamoDB::Table');
    expect(table?.[1].Properties.DeletionProtectionEnabled).toBe(true);
  });

  it("lets the product's role read connection items only, and routes the domain events to its queue", () => {
    const policies = Object.entries(template.Resources).filter(
      ([id, r]) => r.Type === 'AWS::IAM::Policy' && id.startsWith('ProductRole'),
    );
    expect(policies.map(([, p]) => p.Properties.PolicyDocument)).toEqual([
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['dynamodb:GetItem', 'dynamodb:Query'],
            Resource: { 'Fn::GetAtt': [expect.stringMatching(/^LavaStateTable/), 'Arn'] },
            Condition: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['CONNECTION#*'] },
              Null: { 'dynamodb:LeadingKeys': 'false' },
            },
          },
        ],
      },
    ]);
    const rule = Object.entries(template.Resources).find(([id]) => id.startsWith('LavaToProduct'))?.[1];
    expect(rule?.Properties).toMatchObject({
      EventPattern: { source: ['lava-webhooks'] },
      Targets: [
        expect.objectContaining({
          Arn: { 'Fn::GetAtt': [expect.stringMatching(/^ConnectionChanges/), 'Arn'] },
        }),
      ],
    });
  });
});
