/** The Terraform parser: what it hands the pipeline, located exactly. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { fileProblems, fixturesDir } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'strata-tf-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function scanText(text: string, terraformValues: 'source' | 'hcl2json' = 'source') {
  writeFileSync(join(dir, 'main.tf'), text);
  return scan({ cwd: dir, paths: ['.'], today: '2026-06-01', terraformValues });
}

describe('Terraform workloads', () => {
  it('locate the block, its header and every attribute, in UTF-16 columns after non-ASCII text', async () => {
    const report = await scanText('resource "docker_container" "é" {\n  image = "😀"\n}\n');
    const [w] = report.workloads;
    expect(w!.location).toMatchObject({ startLine: 1, startColumn: 1, endLine: 3, endColumn: 2 });
    expect(w!.header).toMatchObject({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 32 });
    expect(w!.facts.find((f) => f.path === 'image')!.location).toMatchObject({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 15 });
  });

  it('locate each key of a literal tag map, so a tag need points at its own line', async () => {
    const report = await scanText('resource "aws_instance" "a" {\n  tags = {\n    Name = "é😀"\n    "strata:needs" = "os"\n  }\n}\n');
    expect(report.workloads[0]!.need!.source.location).toMatchObject({ startLine: 4, startColumn: 5, endLine: 4, endColumn: 26 });
  });

  it('relate a finding to the attribute that decided and to the annotation that declared the need', async () => {
    const report = await scanText(
      '# strata: needs=os reason="build VM"\nresource "google_compute_instance" "b" {\n  advanced_machine_features {\n    enable_nested_virtualization = true\n  }\n}\n',
    );
    const nested = report.findings.find((f) => f.ruleId === 'nested-virtualization')!;
    expect(nested.location).toMatchObject({ startLine: 2, startColumn: 1 });
    expect(nested.related.map((r) => [r.location.startLine, r.location.startColumn, r.message])).toEqual([
      [4, 5, 'advanced_machine_features.enable_nested_virtualization = true'],
      [1, 3, 'need declared here (comment): needs=os'],
    ]);
  });

  it('say in the evidence what an unknown value would have decided', async () => {
    const report = await scan({ cwd: join(fixturesDir, 'terraform', 'unknown-values'), paths: ['.'] });
    const metal = report.workloads.find((w) => w.address === 'aws_instance.maybe_metal')!;
    expect(metal.possibleStrata).toEqual([2, 3]);
    expect(metal.evidence).toContainEqual({
      reason:
        'unknown: instance_type comes from var.instance_type; var.instance_type has no default and no tfvars file sets it; it would be Amazon EC2 bare-metal instance (stratum 3) if it matches "*.metal" or "*.metal-*"',
      location: expect.objectContaining({ startLine: 7, startColumn: 3 }),
    });
    expect(report.findings.filter((f) => f.address === 'aws_instance.maybe_metal')).toEqual([]);
  });

  it.each(['source', 'hcl2json'] as const)("locate a malformed literal in UTF-16 columns (%s; hcl2json's columns count code points)", async (mode) => {
    const line = '  image = ["😀😀" 1]';
    const report = await scanText(`resource "docker_container" "a" {\n${line}\n}\n`, mode);
    expect(fileProblems(report)).toHaveLength(1);
    expect(fileProblems(report)[0]!.message).toMatch(/Missing item separator/);
    expect(fileProblems(report)[0]!.location).toMatchObject({ startLine: 2, startColumn: line.indexOf('1]') + 1 });
  });

  it('read a BOM as whitespace, not as an invalid character', async () => {
    const report = await scanText('\ufeffresource "docker_container" "a" {\n  image = "x"\n}\n');
    expect(fileProblems(report)).toEqual([]);
    expect(report.workloads[0]!.header).toMatchObject({ startLine: 1, startColumn: 2 });
  });

  it('read values only where a catalogued resource needs them', async () => {
    // A malformed literal outside any catalogued resource is never read, so never reported.
    const report = await scanText('variable "v" {\n  default = [1 2]\n}\n', 'hcl2json');
    expect(fileProblems(report)).toEqual([]);
    expect(report.workloads).toEqual([]);
  });
});

describe('Terraform values from elsewhere', () => {
  it('point the evidence at the tfvars line a value comes from', async () => {
    const report = await scan({ cwd: join(fixturesDir, 'terraform', 'metal-from-tfvars'), paths: ['.'] });
    const db = report.workloads.find((w) => w.address === 'aws_instance.db')!;
    expect(db.evidence[1]).toEqual({
      reason: 'instance_type = "c5.metal" matches "*.metal" or "*.metal-*" (the value is set at terraform.tfvars:1)',
      location: expect.objectContaining({ file: 'terraform.tfvars', startLine: 1, startColumn: 1 }),
    });
  });

  it('take -var-file values over terraform.tfvars', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strata-var-file-'));
    cpSync(join(fixturesDir, 'terraform', 'metal-from-tfvars'), dir, { recursive: true });
    writeFileSync(join(dir, 'ci.tfvars'), 'instance_type = "t3.large"\n');
    const report = await scan({ cwd: dir, paths: ['.'], varFiles: ['ci.tfvars'] });
    expect(report.workloads.find((w) => w.address === 'aws_instance.db')!.stratum).toBe(2);
    rmSync(dir, { recursive: true, force: true });
  });

  it('never read a -var-file outside the scanned directory and its repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'strata-outside-'));
    writeFileSync(join(outside, 'secret.tfvars'), 'instance_type = "SECRET"\n');
    await expect(scan({ cwd: join(fixturesDir, 'terraform', 'metal-from-tfvars'), paths: ['.'], varFiles: [join(outside, 'secret.tfvars')] })).rejects.toThrow(
      /secret\.tfvars: Not read: it resolves outside the scanned directory and the repository$/,
    );
    rmSync(outside, { recursive: true, force: true });
  });

  it('relate a module-inherited need to the annotation and to the module call', async () => {
    const report = await scan({ cwd: join(fixturesDir, 'terraform', 'module-need'), paths: ['.'] });
    const finding = report.findings.find((f) => f.address === 'aws_instance.app')!;
    expect(finding.location).toMatchObject({ file: 'modules/app/main.tf', startLine: 1 });
    expect(finding.related.map((r) => `${r.location.file}:${r.location.startLine}:${r.location.startColumn} ${r.message}`)).toEqual([
      'main.tf:1:3 need declared here (module): needs=process',
      'main.tf:2:1 the module call that loads this workload',
    ]);
  });
});
