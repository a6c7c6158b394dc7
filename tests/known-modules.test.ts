/** The well-known module table (rules/modules/*.yaml): valid, consistent with the catalog, and second to an installed copy. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '../src/catalog.js';
import { DataError, loadYamlData } from '../src/data.js';
import type { Workload } from '../src/model.js';
import { knownModule, loadKnownModuleFiles } from '../src/parsers/terraform/known.js';
import { scan } from '../src/scan.js';
import { fixturesDir } from './helpers.js';

const catalog = Catalog.builtIn();

describe('the well-known module table', () => {
  const { modules } = loadKnownModuleFiles();

  it('covers the most used public compute modules', () => {
    const sources = modules.map((m) => m.source);
    for (const needed of [
      'terraform-aws-modules/ec2-instance/aws',
      'terraform-aws-modules/autoscaling/aws',
      'terraform-aws-modules/eks/aws//modules/eks-managed-node-group',
      'terraform-aws-modules/eks/aws//modules/self-managed-node-group',
      'terraform-aws-modules/eks/aws//modules/fargate-profile',
      'terraform-aws-modules/lambda/aws',
      'terraform-aws-modules/ecs/aws',
      'terraform-aws-modules/batch/aws',
      'terraform-google-modules/vm/google//modules/compute_instance',
      'terraform-google-modules/vm/google//modules/instance_template',
      'terraform-google-modules/vm/google//modules/mig',
      'terraform-google-modules/kubernetes-engine/google',
      'Azure/compute/azurerm',
      'Azure/avm-res-compute-virtualmachine/azurerm',
      'Azure/avm-res-compute-virtualmachinescaleset/azurerm',
    ]) {
      expect(sources).toContain(needed);
    }
    expect(new Set(sources.map((s) => s.toLowerCase())).size).toBe(sources.length);
  });

  it.each(modules.map((m) => [m.source, m] as const))('%s: its kind is catalogued, and with every input at its default it is its technology', (_source, m) => {
    expect(catalog.knows('terraform', m.kind)).toBe(true);
    const header = { file: 'main.tf', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
    const facts = (m.inputs ?? []).flatMap((i) => (i.default === undefined || i.default === null ? [] : [{ path: i.attribute, value: i.default, location: header }]));
    const workload: Workload = { format: 'terraform', kind: m.kind, address: 'module.x', file: 'main.tf', location: header, header, facts, annotations: [] };
    expect(catalog.classify(workload)?.technology).toBe(m.technology);
  });

  it('matches a source with or without the registry host, in any case, and not a different submodule', () => {
    expect(knownModule('registry.terraform.io/terraform-aws-modules/ec2-instance/aws')?.kind).toBe('aws_instance');
    expect(knownModule('Terraform-AWS-Modules/EC2-Instance/AWS')?.kind).toBe('aws_instance');
    expect(knownModule('terraform-aws-modules/eks/aws//modules/karpenter')).toBeUndefined();
    expect(knownModule('terraform-aws-modules/vpc/aws')).toBeUndefined();
  });

  it('a table entry that breaks the schema is refused with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strata-modules-'));
    try {
      const file = join(dir, 'bad.yaml');
      writeFileSync(file, 'modules:\n  - source: "not a source"\n    technology: aws-ec2-instance\n    kind: aws_instance\n    reference: https://example.com\n');
      expect(() => loadYamlData(file, 'modules.schema.json')).toThrow(DataError);
      expect(() => loadYamlData(file, 'modules.schema.json')).toThrow(/bad\.yaml:2: modules\.0\.source/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an installed copy takes precedence: the call is scanned through it, not classified from the table', async () => {
    const report = await scan({ cwd: join(fixturesDir, 'terraform', 'installed-module'), paths: ['.'], today: '2026-06-01' });
    const addresses = report.workloads.map((w) => w.address);
    expect(addresses).toContain('module.web.aws_instance.this');
    expect(addresses).not.toContain('module.web');
    // The call the manifest lacks falls back to the table.
    expect(addresses).toContain('module.missing');
  });
});
