/**
 * What to use instead: the catalog's `alternatives`, checked across entries when the catalog
 * is loaded, named by heavier-than-needed in its message and carried as data in JSON and SARIF.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { Catalog, resolveAlternatives, type AlternativeEntry, type Technology } from '../src/catalog.js';
import { loadConfig } from '../src/config.js';
import { DataError } from '../src/data.js';
import { formatJson } from '../src/formatters/json.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { wholeText } from '../src/formatters/types.js';
import type { Stratum } from '../src/model.js';
import { environmentFor, scan } from '../src/scan.js';

function technology(id: string, stratum: Stratum, alternatives?: AlternativeEntry[]): Technology {
  return {
    id,
    name: `the ${id}`,
    stratum,
    match: { format: 'terraform', kinds: [`${id}_kind`] },
    rationale: 'a rationale for the test',
    reference: `https://example.com/${id}`,
    ...(alternatives ? { alternatives } : {}),
  };
}

function problemsOf(technologies: Technology[]): string[] {
  try {
    resolveAlternatives(technologies);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).lines ?? [];
  }
}

describe('catalog alternatives', () => {
  it('take the name, stratum and reference of the technology they name, and keep their note', () => {
    const vm = technology('vm', 2, [
      { technology: 'box', note: 'when the image is a container' },
      { name: 'a function service', stratum: 1, reference: 'https://example.com/fn' },
    ]);
    const resolved = resolveAlternatives([vm, technology('box', 1)]);
    expect(resolved.get(vm)).toEqual([
      { technology: 'box', name: 'the box', stratum: 1, reference: 'https://example.com/box', note: 'when the image is a container' },
      { name: 'a function service', stratum: 1, reference: 'https://example.com/fn' },
    ]);
  });

  it('are refused when they serve no lower stratum than their technology, each naming the entry', () => {
    expect(
      problemsOf([
        technology('metal', 3, [{ technology: 'other-metal' }, { technology: 'vm' }]),
        technology('other-metal', 3),
        technology('vm', 2, [{ name: 'another VM', stratum: 2, reference: 'https://example.com/vm' }]),
      ]),
    ).toEqual([
      'catalog technology metal (stratum 3): its alternative other-metal serves stratum 3; an alternative must serve a lower stratum',
      'catalog technology vm (stratum 2): its alternative "another VM" serves stratum 2; an alternative must serve a lower stratum',
    ]);
  });

  it('are refused when they name no technology of the catalog, with the nearest id', () => {
    expect(problemsOf([technology('vm', 2, [{ technology: 'boxx' }]), technology('box', 1)])).toEqual([
      'catalog technology vm: its alternative "boxx" is no technology of the catalog; did you mean "box"?',
    ]);
  });

  it('in the built-in catalog name the lighter technologies of the same ecosystem', () => {
    const catalog = Catalog.builtIn();
    const ids = (id: string) => catalog.alternativesOf(catalog.technology(id)!).map((a) => `${a.stratum} ${a.technology ?? a.name}`);
    expect(ids('aws-ec2-instance')).toEqual(['1 aws-ecs-fargate-task', '1 aws-lambda-function', '1 aws-apprunner-service']);
    expect(ids('vsphere-vm')).toEqual(expect.arrayContaining(['2 proxmox-vm', '2 libvirt-kvm']));
    expect(ids('compose-kata-container')).toContain('1 compose-container');
    expect(ids('vagrant-virtualbox')).toEqual(['2 vagrant-libvirt-kvm', '1 vagrant-docker']);
    expect(ids('gcp-compute-instance')).toContain('1 gcp-cloud-run');
    expect(ids('kubevirt-vm')).toEqual(['1 k8s-pod']);
    expect(ids('nomad-qemu-kvm')).toEqual(['1 nomad-container', '1 nomad-exec']);
    expect(ids('packer-virtualbox')).toEqual(['2 packer-qemu', '1 packer-docker']);
    expect(ids('packer-vsphere')).toEqual(['2 packer-proxmox', '2 packer-qemu', '1 packer-docker']);
    expect(ids('packer-amazon-ami')).toEqual(['1 packer-docker']);
    // Nothing is lighter than a process.
    expect(catalog.technologies.filter((t) => t.stratum === 1 && t.alternatives)).toEqual([]);
  });
});

describe('heavier-than-needed names the alternatives', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strata-alternatives-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const findingsOf = async (tf: string) => {
    writeFileSync(join(dir, 'main.tf'), tf);
    return (await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' })).findings.filter((f) => f.ruleId === 'heavier-than-needed');
  };

  it('that serve the needed stratum, in the message and as data', async () => {
    const [finding] = await findingsOf('# strata: needs=os reason="legacy"\nresource "vsphere_virtual_machine" "app" {\n  name = "app"\n}\n');
    expect(finding!.message).toBe(
      'vsphere_virtual_machine.app runs on VMware vSphere VM, stratum 3 (hardware), but needs only stratum 2 (os) (needs=os); for stratum 2 (os) consider Proxmox VE VM (QEMU/KVM), libvirt KVM domain, Amazon EC2 instance, Compute Engine VM or Azure virtual machine',
    );
    expect(finding!.alternatives?.map((a) => a.technology)).toEqual(['proxmox-vm', 'libvirt-kvm', 'aws-ec2-instance', 'gcp-compute-instance', 'azure-vm']);
  });

  it('failing those, the lightest that still serve the need, never a lighter one', async () => {
    const [finding] = await findingsOf('# strata: needs=process reason="api"\nresource "xenorchestra_vm" "ci" {\n  exp_nested_hvm = true\n}\n');
    expect(finding!.message).toMatch(/\(needs=process\); lighter, at stratum 2 \(os\): Xen Orchestra \(XCP-ng\) VM$/);
    expect(finding!.alternatives).toEqual([expect.objectContaining({ technology: 'xen-orchestra-vm', stratum: 2 })]);
  });

  it('in every format: a Packer VirtualBox build that needs only an OS', async () => {
    writeFileSync(join(dir, 'image.pkr.hcl'), '# strata: needs=os reason="a CI runner image"\nsource "virtualbox-iso" "runner" {\n  guest_os_type = "Ubuntu_64"\n}\n');
    const [finding] = (await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' })).findings.filter((f) => f.ruleId === 'heavier-than-needed');
    expect(finding!.message).toMatch(/; for stratum 2 \(os\) consider QEMU image on a hardware-assisted hypervisor \(Packer qemu builder\)$/);
  });

  it('and says nothing more where the catalog knows none', async () => {
    const [finding] = await findingsOf('# strata: needs=os reason="db"\nresource "equinix_metal_device" "box" {\n  plan = "c3.small.x86"\n}\n');
    expect(finding!.message).toMatch(/\(needs=os\)$/);
    expect(finding!.alternatives).toBeUndefined();
  });

  it('as JSON fields and SARIF result properties', async () => {
    writeFileSync(
      join(dir, 'main.tf'),
      '# strata: needs=process reason="api"\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}\n\nresource "aws_instance" "undeclared" {\n}\n',
    );
    const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
    const options = { rules, color: false, toolVersion: '0.0.0-test' };
    const json = JSON.parse(wholeText(formatJson(report, options))) as { findings: Array<{ ruleId: string; alternatives: unknown[] }> };
    expect(json.findings.find((f) => f.ruleId === 'heavier-than-needed')!.alternatives).toContainEqual({
      technology: 'aws-lambda-function',
      name: 'AWS Lambda function',
      stratum: 1,
      reference: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function',
      note: null,
    });
    expect(json.findings.find((f) => f.ruleId === 'undeclared-need')!.alternatives).toEqual([]);
    const sarif = JSON.parse(wholeText(formatSarif(report, options))) as Sarif.Log;
    const results = sarif.runs[0]!.results!;
    expect(results.find((r) => r.ruleId === 'heavier-than-needed')!.properties!.alternatives).toHaveLength(3);
    expect(results.find((r) => r.ruleId === 'undeclared-need')!.properties).toBeUndefined();
  });

  it("a config's catalog entry with an alternative no lighter than itself is a configuration error", () => {
    const config = join(dir, '.strata.yml');
    writeFileSync(
      config,
      'catalog:\n  technologies:\n    - id: acme-vm\n      name: Acme VM\n      stratum: 2\n      match: { format: terraform, kinds: [acme_vm] }\n      rationale: "an in-house hypervisor"\n      reference: https://wiki.example.com/acme\n      alternatives:\n        - technology: aws-ec2-bare-metal\n',
    );
    expect(() => environmentFor(loadConfig(config, dir))).toThrow(/catalog technology acme-vm \(stratum 2\): its alternative aws-ec2-bare-metal serves stratum 3/);
  });
});
