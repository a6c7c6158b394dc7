/**
 * Packer: what the link stage resolves across a template's files and from named variable
 * files, and hostile templates beside a good one — each costs only its own findings, as a
 * located problem, and leaves the good template's findings as they were.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model.js';
import { scan } from '../src/scan.js';
import { fileProblems, fixturesDir } from './helpers.js';

/** Runs a test in a fresh directory, removed afterwards. */
async function inTempDir(test: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'strata-packer-'));
  try {
    await test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function write(path: string, text: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

describe('Packer builds', () => {
  it('every source is inventoried; the evidence says which build blocks build it (a sources list, sources.<type>.<name>, a nested source block), or that none does', async () => {
    const report = await scan({ cwd: join(fixturesDir, 'packer', 'hcl-builders'), paths: ['.'], today: '2026-06-01' });
    const built = (address: string) =>
      report.workloads
        .find((w) => w.address === address)!
        .evidence.filter((e) => /^(built by|no build block)/.test(e.reason))
        .map((e) => `${e.location.file}:${e.location.startLine} ${e.reason}`);
    expect(built('source.amazon-ebs.base')).toEqual(['cloud.pkr.hcl:46 built by build "clouds"']);
    expect(built('source.azure-arm.base')).toEqual(['cloud.pkr.hcl:44 built by build "clouds"']);
    expect(built('source.qemu.kvm')).toEqual(['desktop.pkr.hcl:57 built by the build block']);
    expect(built('source.amazon-chroot.fast')).toEqual(['cloud.pkr.hcl:6 no build block of this template names it: it is inventoried, but packer build does not build it']);
  });

  it('says nothing of unbuilt sources when a build names its sources through a variable', async () => {
    await inTempDir(async (dir) => {
      write(join(dir, 't.pkr.hcl'), 'variable "enabled" {\n  default = ["source.docker.a"]\n}\n\nsource "docker" "a" {\n  image = "x"\n}\n\nbuild {\n  sources = var.enabled\n}\n');
      const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
      expect(report.workloads[0]!.evidence.filter((e) => /^(built by|no build block)/.test(e.reason))).toEqual([]);
    });
  });
});

describe('Packer variables', () => {
  it('a -var-file named for the run sets a variable over its default; a plain *.pkrvars.hcl beside the template does not', async () => {
    const dir = join(fixturesDir, 'packer', 'variables');
    const without = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
    expect(without.workloads.find((w) => w.address === 'source.oracle-oci.unset')?.technology).toBe('packer-oci');
    const named = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01', varFiles: ['metal.pkrvars.hcl'] });
    const metal = named.workloads.find((w) => w.address === 'source.oracle-oci.unset')!;
    expect(metal.technology).toBe('packer-oci-bare-metal');
    expect(metal.evidence.map((e) => `${e.location.file}:${e.location.startLine}`)).toContain('metal.pkrvars.hcl:2');
  });

  it('of several -var-files, the last to set a variable wins, as packer build -var-file does', async () => {
    await inTempDir(async (dir) => {
      write(join(dir, 'image.pkr.hcl'), 'variable "shape" {}\n\nsource "oracle-oci" "image" {\n  shape = var.shape\n}\n');
      write(join(dir, 'metal.pkrvars.hcl'), 'shape = "BM.Standard3.64"\n');
      write(join(dir, 'vm.pkrvars.hcl'), 'shape = "VM.Standard3.Flex"\n');
      const technology = async (...varFiles: string[]) => (await scan({ cwd: dir, paths: ['image.pkr.hcl'], today: '2026-06-01', varFiles })).workloads[0]?.technology;
      expect(await technology('vm.pkrvars.hcl', 'metal.pkrvars.hcl')).toBe('packer-oci-bare-metal');
      expect(await technology('metal.pkrvars.hcl', 'vm.pkrvars.hcl')).toBe('packer-oci');
    });
  });

  it('a "//" directive beside the source types of a .pkr.json is read, as Terraform reads one beside resource types', async () => {
    await inTempDir(async (dir) => {
      write(
        join(dir, 'image.pkr.json'),
        JSON.stringify({ source: { '//': 'strata: default needs=hardware reason="desktop images"', 'virtualbox-iso': { desk: { guest_os_type: 'Ubuntu_64' } } } }, null, 2),
      );
      const [workload] = (await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' })).workloads;
      expect([workload?.need?.stratum, workload?.need?.source.kind]).toEqual([3, 'file-default']);
    });
  });

  it("a *.pkrvars.hcl named for the run is Packer's: Terraform's variables of the same name do not take it", async () => {
    await inTempDir(async (dir) => {
      write(join(dir, 'main.tf'), 'variable "shape" {}\n\nresource "oci_core_instance" "vm" {\n  shape = var.shape\n}\n');
      write(join(dir, 'image.pkr.hcl'), 'variable "shape" {}\n\nsource "oracle-oci" "image" {\n  shape = var.shape\n}\n');
      write(join(dir, 'metal.pkrvars.hcl'), 'shape = "BM.Standard3.64"\n');
      const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01', varFiles: ['metal.pkrvars.hcl'] });
      expect(report.workloads.map((w) => [w.address, w.technology])).toEqual([
        ['source.oracle-oci.image', 'packer-oci-bare-metal'],
        ['oci_core_instance.vm', 'oci-instance'],
      ]);
    });
  });

  it('one-file templates side by side (packer build <file>) each take their own variable, not the last one declared in the directory', async () => {
    await inTempDir(async (dir) => {
      for (const [name, accelerator] of [
        ['arm', 'tcg'],
        ['x86', 'kvm'],
      ]) {
        write(join(dir, `${name}.pkr.hcl`), `variable "accelerator" {\n  default = "${accelerator}"\n}\n\nsource "qemu" "${name}" {\n  accelerator = var.accelerator\n}\n`);
      }
      const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
      expect(report.workloads.map((w) => [w.address, w.technology])).toEqual([
        ['source.qemu.arm', 'packer-qemu-emulation'],
        ['source.qemu.x86', 'packer-qemu'],
      ]);
    });
  });

  it('reads defaults from the short `variables { … }` block too', async () => {
    await inTempDir(async (dir) => {
      write(join(dir, 't.pkr.hcl'), 'variables {\n  accel = "none"\n}\n\nsource "qemu" "short" {\n  accelerator = var.accel\n}\n');
      const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
      expect(report.workloads.map((w) => w.technology)).toEqual(['packer-qemu-emulation']);
    });
  });

  it('a variable that refers back to itself through locals stays unknown, and says so', async () => {
    await inTempDir(async (dir) => {
      write(join(dir, 't.pkr.hcl'), 'locals {\n  a = local.b\n  b = local.a\n}\n\nsource "qemu" "loop" {\n  accelerator = local.a\n}\n');
      const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
      const [loop] = report.workloads;
      expect(loop!.possibleStrata).toEqual([2, 3]);
      expect(loop!.evidence.map((e) => e.reason).join('\n')).toContain('refers back to itself');
    });
  });
});

const strip = (f: Finding) => [f.ruleId, f.location.file.replace(/^good\//, ''), f.location.startLine, f.location.startColumn, f.level, f.message];

const HOSTILE: Array<{ name: string; build: (bad: string) => void; problem?: { file: string; message: string } }> = [
  {
    name: 'a legacy template nested 10,000 levels deep',
    build: (bad) => write(join(bad, 'deep.json'), `{"builders": [${'['.repeat(10_000)}${']'.repeat(10_000)}]}`),
    problem: { file: 'bad/deep.json', message: 'nests more than 64 levels deep' },
  },
  {
    name: 'an HCL2 JSON template nested 10,000 levels deep',
    build: (bad) => write(join(bad, 'deep.pkr.json'), `{"source": ${'{"a": '.repeat(10_000)}1${'}'.repeat(10_000)}}`),
    problem: { file: 'bad/deep.pkr.json', message: 'nests more than 64 levels deep' },
  },
  {
    name: 'a legacy template cut off mid-builder',
    build: (bad) => write(join(bad, 'cut.json'), '{\n  "builders": [\n    { "type": "qemu", "accelerator": "tc'),
    problem: { file: 'bad/cut.json', message: 'Invalid JSON' },
  },
  {
    name: 'a legacy template larger than the size limit',
    build: (bad) => write(join(bad, 'huge.json'), `{"builders": [{"type": "qemu"}], "pad": "${'x'.repeat(6 * 1024 * 1024)}"}`),
    problem: { file: 'bad/huge.json', message: 'larger than the 5.0 MB limit' },
  },
  {
    name: 'an HCL2 template that is not UTF-8',
    build: (bad) => write(join(bad, 'latin1.pkr.hcl'), Buffer.from('source "qemu" "caf\xe9" {\n  accelerator = "tcg"\n}\n', 'latin1')),
    problem: { file: 'bad/latin1.pkr.hcl', message: 'UTF-8' },
  },
  {
    name: 'an HCL2 template with an unclosed source block',
    build: (bad) => write(join(bad, 'open.pkr.hcl'), 'source "qemu" "open" {\n  accelerator = "tcg"\n'),
    problem: { file: 'bad/open.pkr.hcl', message: 'Packer template' },
  },
  {
    name: 'a variable file that is not HCL',
    build: (bad) => write(join(bad, 'x.auto.pkrvars.hcl'), 'accelerator = "tcg\n'),
    problem: { file: 'bad/x.auto.pkrvars.hcl', message: 'Packer variable file' },
  },
  {
    name: 'builders that are not objects, types that are not strings, prototype-named variables',
    build: (bad) =>
      write(
        join(bad, 'odd.json'),
        '{"builders": [1, "qemu", null, {"type": 7}, {"type": "qemu", "name": "{{user `__proto__`}}", "accelerator": "{{user `constructor`}}"}], "variables": {"__proto__": "x"}}',
      ),
  },
];

describe('hostile Packer templates beside a good one', () => {
  it.each(HOSTILE.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const root = mkdtempSync(join(tmpdir(), 'strata-packer-'));
    try {
      cpSync(join(fixturesDir, 'packer', 'hcl-builders'), join(root, 'good'), { recursive: true });
      mkdirSync(join(root, 'bad'));
      c.build(join(root, 'bad'));
      const alone = await scan({ cwd: join(root, 'good'), paths: ['.'], today: '2026-06-01' });
      const together = await scan({ cwd: root, paths: ['good', 'bad'], today: '2026-06-01' });
      expect(together.findings.filter((f) => f.location.file.startsWith('good/')).map(strip)).toEqual(alone.findings.map(strip));
      if (c.problem) {
        const problems = fileProblems(together).filter((p) => p.file === c.problem!.file);
        expect(
          problems.some((p) => p.message.includes(c.problem!.message)),
          JSON.stringify(problems),
        ).toBe(true);
      } else {
        expect(fileProblems(together).filter((p) => p.file.startsWith('bad/'))).toEqual([]);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
