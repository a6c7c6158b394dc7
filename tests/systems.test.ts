/**
 * The systems the strata model is named after — jails, zones, Xen, mainframe partitions,
 * VMware, Parallels — each recognised, with its stratum and evidence, in the inventory.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { fixturesDir } from './helpers.js';

async function inventory(...dirs: string[]) {
  const reports = await Promise.all(dirs.map((d) => scan({ cwd: join(fixturesDir, d), paths: ['.'] })));
  return reports.flatMap((r) => r.workloads);
}

describe('the six named systems', () => {
  it.each([
    ['FreeBSD jails', 'nomad/jails', 'nomad-jail', 1],
    ['illumos / Solaris zones', 'vagrant/zones', 'vagrant-zone', 1],
    ['SmartOS zones', 'vagrant/zones', 'vagrant-smartos-zone', 1],
    ['Xen (Xen Orchestra)', 'terraform/systems', 'xen-orchestra-vm', 2],
    ['Xen paravirtualization (EC2 AMI)', 'terraform/systems', 'aws-xen-paravirtual-ami', 2],
    ['Xen (XenServer)', 'vagrant/zones', 'vagrant-xenserver', 2],
    ['IBM Power LPARs', 'terraform/systems', 'ibm-power-lpar', 2],
    ['IBM Z / LinuxONE', 'terraform/systems', 'ibm-z-virtual-server', 2],
    ['VMware vSphere', 'terraform/systems', 'vsphere-vm', 3],
    ['VMware Cloud Director', 'terraform/systems', 'vcd-vm', 3],
    ['VMware desktop (Vagrant)', 'vagrant/nested-and-breach', 'vagrant-vmware-nested', 3],
    ['VMware Workstation (Terraform)', 'terraform/systems', 'vmware-workstation-vm', 3],
    ['Parallels', 'vagrant/zones', 'vagrant-parallels', 3],
  ] as const)('%s', async (_system, dir, technology, stratum) => {
    const workloads = await inventory(dir);
    const found = workloads.find((w) => w.technology === technology);
    expect(found, technology).toBeDefined();
    expect(found!.stratum).toBe(stratum);
    expect(found!.evidence[0]!.reason).toMatch(new RegExp(`stratum ${stratum}: .{20,}`));
  });

  it('names paravirtualization in the evidence for a paravirtual AMI', async () => {
    const ami = (await inventory('terraform/systems')).find((w) => w.address === 'aws_ami.pv_image')!;
    expect(ami.evidence.map((e) => e.reason).join(' ')).toMatch(/paravirtual/i);
  });
});
