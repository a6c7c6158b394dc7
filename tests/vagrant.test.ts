/** The Vagrant parser: static, exact, and never executing the Vagrantfile. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/data.js';
import { scan } from '../src/scan.js';
import { fixturesDir } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'strata-vagrant-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('Vagrantfiles', () => {
  it('are parsed, never executed: system, backticks, exec and File.write have no effect', async () => {
    const marker = join(dir, 'executed');
    const quoted = JSON.stringify(marker);
    writeFileSync(
      join(dir, 'Vagrantfile'),
      [
        `system("touch ${marker}-system")`,
        `\`touch ${marker}-backticks\``,
        `File.write(${quoted}, "x")`,
        `exec("touch ${marker}-exec") if false`,
        'Vagrant.configure("2") do |config|',
        `  config.vm.define "web" do |web|`,
        `    %x(touch ${marker}-percent-x)`,
        '  end',
        'end',
      ].join('\n'),
    );
    const report = await scan({ cwd: dir, paths: ['.'] });
    expect(report.workloads.map((w) => w.address)).toEqual(['web/virtualbox']);
    for (const suffix of ['', '-system', '-backticks', '-exec', '-percent-x']) expect(existsSync(`${marker}${suffix}`)).toBe(false);
  });

  it('locate machines and providers exactly in CRLF files with non-ASCII comments', async () => {
    const report = await scan({ cwd: join(fixturesDir, 'vagrant', 'syntax-error'), paths: ['.'] });
    const first = report.workloads.find((w) => w.address === 'first/docker')!;
    expect(first.header).toMatchObject({ startLine: 5, startColumn: 5, endLine: 5, endColumn: 26 });
    expect(first.need!.source.location).toMatchObject({ startLine: 3, startColumn: 5 });
  });

  it('convert byte offsets after multi-byte characters to UTF-16 columns', async () => {
    writeFileSync(join(dir, 'Vagrantfile'), '\ufeffVagrant.configure("2") do |c| c.vm.define "é😀" do |m| m.vm.provider :libvirt end end\n');
    const report = await scan({ cwd: dir, paths: ['.'] });
    const [w] = report.workloads;
    expect(w!.address).toBe('é😀/libvirt');
    const text = '\ufeffVagrant.configure("2") do |c| c.vm.define "é😀" do |m| m.vm.provider :libvirt end end';
    expect(w!.header).toMatchObject({ startLine: 1, startColumn: text.indexOf('m.vm.provider') + 1, endColumn: text.indexOf(' end end') + 1 });
  });

  it('expand a loop with known values to the machines Vagrant creates, counted in the evidence', async () => {
    const report = await scan({ cwd: join(fixturesDir, 'vagrant', 'loops'), paths: ['.'] });
    const reasons = (address: string) => report.workloads.find((w) => w.address === address)!.evidence.map((e) => e.reason);
    expect(reasons('node-2/libvirt')).toContain('defined in a loop: 3 machine(s) from this one define');
    expect(reasons('etcd1/vmware_desktop')).toContain('defined in a loop: 2 machine(s) from this one define');
    // NODES = 3 earlier in the file: a constant holding a literal counts too.
    expect(reasons('worker2/virtualbox')).toContain('defined in a loop: 3 machine(s) from this one define');
  });

  it('say when a loop count cannot be known', async () => {
    writeFileSync(join(dir, 'Vagrantfile'), 'Vagrant.configure("2") do |c|\n  Dir.glob("boxes/*.json").each do |f|\n    c.vm.define File.basename(f)\n  end\nend\n');
    const report = await scan({ cwd: dir, paths: ['.'] });
    expect(report.workloads[0]!.evidence.map((e) => e.reason)).toContain('defined in a loop (each) whose count strata cannot know statically');
  });

  it("keep stderr clean of prism's WASI warning", () => {
    writeFileSync(join(dir, 'Vagrantfile'), 'Vagrant.configure("2") do |config|\nend\n');
    const result = spawnSync(process.execPath, [join(packageRoot, 'dist', 'src', 'main.js'), 'scan'], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
