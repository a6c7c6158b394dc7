/**
 * --plan: Terraform's resolved values (terraform show -json) classify the planned resources,
 * located back at their blocks (module calls for remote modules); unknown after apply stays
 * unknown; a resource with no block is a note in the plan file.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { DataError } from '../src/data.js';
import { scan } from '../src/scan.js';
import { modulePath } from '../src/parsers/terraform/plan.js';
import { fileProblems } from './helpers.js';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const change = (address: string, after: unknown, afterUnknown: unknown = {}, moduleAddress?: string) => {
  const [type, name] = address
    .replace(/^(module\.[^.]+\.)+/, '')
    .replace(/\[.*\]$/, '')
    .split('.');
  return { address, ...(moduleAddress ? { module_address: moduleAddress } : {}), mode: 'managed', type, name, change: { actions: ['create'], after, after_unknown: afterUnknown } };
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'strata-plan-'));
  mkdirSync(join(root, '.git'));
  write(
    'infra/main.tf',
    [
      'variable "type" {}',
      '',
      'resource "aws_instance" "web" {',
      '  count         = 2',
      '  instance_type = var.type',
      '}',
      '',
      'resource "aws_instance" "pending" {',
      '  instance_type = "t3.micro"',
      '}',
      '',
      'module "app" {',
      '  source = "./modules/app"',
      '}',
      '',
      'module "remote" {',
      '  source = "terraform-aws-modules/ec2-instance/aws"',
      '}',
      '',
    ].join('\n'),
  );
  write('infra/modules/app/main.tf', 'resource "aws_instance" "app" {\n  instance_type = var.size\n}\n\nvariable "size" {}\n');
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: { root_module: {} },
    resource_changes: [
      change('aws_instance.web[0]', { instance_type: 'm5.large' }),
      change('aws_instance.web[1]', { instance_type: 'm5.metal', cpu_options: [] }),
      change('aws_instance.pending', { ami: 'ami-1' }, { instance_type: true }),
      change('module.app.aws_instance.app', { instance_type: 't3.micro', cpu_options: [{ nested_virtualization: 'enabled' }] }, {}, 'module.app'),
      change('module.remote.aws_instance.this[0]', { instance_type: 'c5.metal' }, {}, 'module.remote'),
      change('aws_instance.ghost', { instance_type: 't3.micro' }),
      { ...change('aws_instance.gone', null), change: { actions: ['delete'], after: null } },
      change('aws_s3_bucket.logs', { bucket: 'logs' }),
    ],
  };
  write('infra/plan.json', JSON.stringify(plan, null, 2));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const scanWithPlan = (...plans: string[]) => scan({ cwd: root, paths: ['infra'], plans, today: '2026-06-01' });

describe('--plan', () => {
  it('classifies a root resource from every planned instance, collapsed to its block, with the plan as evidence', async () => {
    const report = await scanWithPlan('infra/plan.json');
    const web = report.workloads.filter((w) => w.address === 'aws_instance.web');
    expect(web).toHaveLength(1);
    expect([web[0]!.technology, web[0]!.header.startLine]).toEqual(['aws-ec2-bare-metal', 3]);
    expect(web[0]!.evidence.some((e) => e.location.file === 'infra/plan.json' && e.reason.includes('2 instance(s)'))).toBe(true);
    // Without the plan, var.type is unknown.
    const alone = (await scan({ cwd: root, paths: ['infra'], today: '2026-06-01' })).workloads.find((w) => w.address === 'aws_instance.web')!;
    expect(alone.possibleStrata).toEqual([2, 3]);
  });

  it('a value known only after apply stays unknown, and says so', async () => {
    const pending = (await scanWithPlan('infra/plan.json')).workloads.find((w) => w.address === 'aws_instance.pending')!;
    expect(pending.possibleStrata).toEqual([2, 3]);
    expect(pending.evidence.map((e) => e.reason).join('\n')).toContain('is known only after apply (infra/plan.json)');
  });

  it('a local module resource is classified at its block; a remote module resource at the call, replacing the table workload', async () => {
    const report = await scanWithPlan('infra/plan.json');
    const app = report.workloads.find((w) => w.address === 'aws_instance.app')!;
    expect([app.file, app.technology]).toEqual(['infra/modules/app/main.tf', 'aws-ec2-nested']);
    const remote = report.workloads.find((w) => w.address === 'module.remote.aws_instance.this')!;
    expect([remote.file, remote.header.startLine, remote.technology]).toEqual(['infra/main.tf', 16, 'aws-ec2-bare-metal']);
    expect(report.workloads.map((w) => w.address)).not.toContain('module.remote');
    expect((await scan({ cwd: root, paths: ['infra'], today: '2026-06-01' })).workloads.map((w) => w.address)).toContain('module.remote');
  });

  it('a planned resource with no block is a note located in the plan; deleted and uncatalogued ones are passed over', async () => {
    const report = await scanWithPlan('infra/plan.json');
    const notes = fileProblems(report).filter((d) => d.file === 'infra/plan.json');
    expect(notes.map((d) => d.message)).toEqual([expect.stringContaining('aws_instance.ghost is in the plan but strata finds no block')]);
    expect(notes[0]!.location?.startLine).toBeGreaterThan(1);
  });

  it('the CLI takes --plan (repeatable) and reports a finding from it', async () => {
    let stdout = '';
    const code = await run(['scan', 'infra', '--plan', 'infra/plan.json', '--format', 'json', '--fail-on', 'none'], {
      cwd: root,
      stdout: (t) => (stdout += t),
      stderr: () => {},
      colorByDefault: false,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.length).toBeGreaterThan(0);
  });

  it('inventory takes --plan too: the planned values decide the technology it lists', async () => {
    const inventory = async (...args: string[]) => {
      let stdout = '';
      await run(['inventory', 'infra', '--format', 'json', ...args], { cwd: root, stdout: (t) => (stdout += t), stderr: () => {}, colorByDefault: false });
      const rows = JSON.parse(stdout) as { workloads: Array<{ address: string; technology: string | null }> };
      return rows.workloads.find((w) => w.address === 'aws_instance.app')?.technology;
    };
    expect(await inventory()).toBe('aws-ec2-instance');
    expect(await inventory('--plan', 'infra/plan.json')).toBe('aws-ec2-nested');
  });

  it('a plan outside the repository is refused, never read; a plan that is no plan is a problem of its file', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'strata-plan-outside-'));
    try {
      writeFileSync(join(outside, 'plan.json'), '{"format_version":"1.2","planned_values":{},"resource_changes":[]}');
      symlinkSync(join(outside, 'plan.json'), join(root, 'infra', 'linked.json'));
      await expect(scanWithPlan(join(outside, 'plan.json'))).rejects.toThrow(DataError);
      await expect(scanWithPlan('infra/linked.json')).rejects.toThrow(/Cannot read the plan infra\/linked\.json: Not read: it resolves outside/);
      write('infra/state.json', '{"format_version":"1.0","values":{}}');
      const report = await scanWithPlan('infra/state.json');
      expect(fileProblems(report).map((d) => d.message)).toContainEqual(expect.stringContaining('no planned_values'));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('values nested beyond the budget cost nothing but themselves', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    write(
      'infra/deep.json',
      `{"format_version":"1.2","planned_values":{},"resource_changes":[{"address":"aws_instance.pending","mode":"managed","type":"aws_instance","name":"pending","change":{"after":{"instance_type":"m5.metal","x":${deep}},"after_unknown":{"y":${deep}}}}]}`,
    );
    const pending = (await scanWithPlan('infra/deep.json')).workloads.find((w) => w.address === 'aws_instance.pending')!;
    expect(pending.technology).toBe('aws-ec2-bare-metal');
  });

  it('module addresses drop instance keys, quoted brackets included', () => {
    expect(modulePath('module.web[0].module.inner["a]b.c"]')).toEqual(['web', 'inner']);
    expect(modulePath('module.web')).toEqual(['web']);
  });
});
