/**
 * What a Vagrantfile decides statically: conditions around provider calls, machine names
 * and loop counts are evaluated where the file fixes them, and marked "only when …" or
 * left as written where it does not.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'strata-vagrant-conditions-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function scanVagrantfile(text: string) {
  writeFileSync(join(dir, 'Vagrantfile'), text);
  return scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
}

async function addresses(text: string): Promise<string[]> {
  return (await scanVagrantfile(text)).workloads.map((w) => w.address).sort();
}

const PRELUDE = ['BOX = "centos/7"', 'N = 3', 'FLAG = false', '$g ||= true'].join('\n');

describe('a provider call under a condition', () => {
  it.each([
    ['BOX == "centos/7"', true],
    ['BOX != "centos/7"', false],
    ['N > 2', true],
    ['N <= 2', false],
    ['!FLAG', true],
    ['not FLAG', true],
    ['FLAG || N == 3', true],
    ['FLAG && N == 3', false],
    ['$g', true],
    ['ENV.fetch("STRATA_X", "a") == "a"', true],
    ['(ENV["STRATA_X"] || "b") == "a"', false],
    ['["centos/7", "debian"].include?(BOX)', true],
    ['"#{BOX}-x" == "centos/7-x"', true],
  ])('runs when `%s` is %s, and only then replaces the default provider', async (condition, holds) => {
    const found = await addresses(`${PRELUDE}\nVagrant.configure("2") do |c|\n  if ${condition}\n    c.vm.provider :libvirt\n  end\nend\n`);
    expect(found).toEqual([holds ? 'default/libvirt' : 'default/virtualbox']);
  });

  it('`||=` keeps a value the file set first, even false', async () => {
    const found = await addresses('$on = false\n$on ||= true\nVagrant.configure("2") do |c|\n  c.vm.provider :docker if $on\nend\n');
    // Ruby: false ||= true assigns true.
    expect(found).toEqual(['default/docker']);
  });

  it.each([['ENV["STRATA_X"]'], ['File.exist?("x")'], ['$set_in_an_included_file'], ['Vagrant.has_plugin?("vagrant-libvirt")']])(
    'that strata cannot decide (`%s`) adds a workload only when it holds, beside the default',
    async (condition) => {
      const report = await scanVagrantfile(`Vagrant.configure("2") do |c|\n  if ${condition}\n    c.vm.provider :libvirt\n  end\nend\n`);
      expect(report.workloads.map((w) => w.address).sort()).toEqual(['default/libvirt', 'default/virtualbox']);
      const libvirt = report.workloads.find((w) => w.address === 'default/libvirt')!;
      expect(libvirt.evidence.map((e) => e.reason)).toContain(`only when ${condition}, which strata cannot decide statically`);
      expect(libvirt.header).toMatchObject({ startLine: 3, startColumn: 5 });
    },
  );

  it('in an else branch says the condition is false; a decided elsif chain takes one branch', async () => {
    const report = await scanVagrantfile(
      [
        'Vagrant.configure("2") do |c|',
        '  if File.exist?("a")',
        '    c.vm.provider :libvirt',
        '  elsif 1 > 2',
        '    c.vm.provider :hyperv',
        '  else',
        '    c.vm.provider :docker',
        '  end',
        'end',
      ].join('\n'),
    );
    expect(report.workloads.map((w) => w.address).sort()).toEqual(['default/docker', 'default/libvirt', 'default/virtualbox']);
    const docker = report.workloads.find((w) => w.address === 'default/docker')!;
    expect(docker.evidence.map((e) => e.reason)).toContain('only when File.exist?("a") is false, which strata cannot decide statically');
  });

  it('leaves a variable assigned under it unknown afterwards', async () => {
    const found = await addresses(['$n = 1', 'if ENV["NUM"]', '  $n = 5', 'end', 'Vagrant.configure("2") do |c|', '  (1..$n).each { |i| c.vm.define "m#{i}" }', 'end'].join('\n'));
    expect(found).toEqual(['m#{i}/virtualbox']);
  });
});

describe('machine names and loop counts', () => {
  it.each([
    ['"%s-%02d" % ["core", i]', ['core-01', 'core-02']],
    ['format("node%03d", i * 10)', ['node010', 'node020']],
    ['sprintf("%-2s|", "x") + i.to_s', ['x |1', 'x |2']],
    ['"n#{i + 100}"', ['n101', 'n102']],
    ['"%s" % :sym', ['sym']],
  ])('names %s as Vagrant would', async (name, expected) => {
    const found = await addresses(`Vagrant.configure("2") do |c|\n  (1..2).each do |i|\n    c.vm.define ${name}\n  end\nend\n`);
    expect(found).toEqual([...new Set(expected)].map((n) => `${n}/virtualbox`).sort());
  });

  it.each([
    ['0.times', []],
    ['(1..0).each', []],
    ['(0...0).each', []],
    ['[].each', []],
    ['1.upto(3)', ['m1', 'm2', 'm3']],
    ['3.downto(2)', ['m3', 'm2']],
    ['%w[a b].each_with_index', ['ma', 'mb']],
  ])('expands %s to the machines it creates', async (loop, names) => {
    const found = await addresses(`Vagrant.configure("2") do |c|\n  c.vm.define "other"\n  ${loop} do |x|\n    c.vm.define "m#{x}"\n  end\nend\n`);
    expect(found).toEqual([...names, 'other'].map((n) => `${n}/virtualbox`).sort());
  });

  it('binds the index of each_with_index and the key and value of a hash', async () => {
    const found = await addresses(
      'Vagrant.configure("2") do |c|\n  %w[a b].each_with_index { |n, i| c.vm.define "#{n}#{i}" }\n  { "x" => 1 }.each { |k, v| c.vm.define "#{k}#{v}" }\nend\n',
    );
    expect(found).toEqual(['a0/virtualbox', 'b1/virtualbox', 'x1/virtualbox']);
  });

  it('expands nested loops up to 64 machines, and beyond that names the inner define by its pattern with a note', async () => {
    const nested = (outer: number) => `Vagrant.configure("2") do |c|\n  (1..${outer}).each do |r|\n    (1..8).each do |k|\n      c.vm.define "r#{r}k#{k}"\n    end\n  end\nend\n`;
    expect(await addresses(nested(8))).toHaveLength(64);
    const report = await scanVagrantfile(nested(9));
    expect(report.workloads.map((w) => w.address)).toEqual(['r#{r}k#{k}/virtualbox']);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        level: 'note',
        location: expect.objectContaining({ startLine: 3, startColumn: 5 }) as unknown,
        message: expect.stringContaining('This loop runs 8 times within 9 passes of enclosing loops, more than the 64 machines strata expands') as unknown,
      }),
    ]);
  });
});

describe('catalogued providers whose settings may not decide', () => {
  it('say a UTM machine could be on either backend when its settings do not say', async () => {
    const report = await scanVagrantfile('Vagrant.configure("2") do |c|\n  c.vm.provider :utm\nend\n');
    expect(report.workloads[0]).toMatchObject({ address: 'default/utm', stratum: 3, possibleStrata: [2, 3] });
  });
});

describe('the default provider beside conditional calls', () => {
  it('takes a conditional call to itself as settings that hold only sometimes, in one workload', async () => {
    const report = await scanVagrantfile(
      'Vagrant.configure("2") do |c|\n  if File.exist?("x")\n    c.vm.provider :virtualbox do |vb|\n      vb.customize ["modifyvm", :id, "--nested-hw-virt", "on"]\n    end\n  end\nend\n',
    );
    expect(report.workloads).toEqual([expect.objectContaining({ address: 'default/virtualbox', technology: 'vagrant-virtualbox', possibleStrata: [3] })]);
    expect(report.workloads[0]!.evidence.map((e) => e.reason)).toContainEqual(expect.stringMatching(/^unknown: customize is "modifyvm .* on" only when File\.exist\?\("x"\)/));
  });

  it('keeps a conditional call to it when another provider surely runs', async () => {
    const found = await addresses('Vagrant.configure("2") do |c|\n  c.vm.provider :libvirt\n  c.vm.provider :virtualbox if File.exist?("x")\nend\n');
    expect(found).toEqual(['default/libvirt', 'default/virtualbox']);
  });

  it('set by VAGRANT_DEFAULT_PROVIDER is one workload, with a conditional call to it merged in', async () => {
    const found = await addresses(
      'ENV["VAGRANT_DEFAULT_PROVIDER"] = "libvirt"\nVagrant.configure("2") do |c|\n  c.vm.provider :docker\n  c.vm.provider :libvirt if File.exist?("x")\nend\n',
    );
    expect(found).toEqual(['default/docker', 'default/libvirt']);
  });
});

describe('settings inside a provider block', () => {
  it('under a condition known false are not read; under an undecidable one hold only sometimes', async () => {
    const report = await scanVagrantfile(
      [
        'NESTED = false',
        'Vagrant.configure("2") do |c|',
        '  c.vm.define "decided" do |m|',
        '    m.vm.provider :libvirt do |lv|',
        '      lv.nested = true if NESTED',
        '    end',
        '  end',
        '  c.vm.define "undecided" do |m|',
        '    m.vm.provider :libvirt do |lv|',
        '      if ENV["NESTED"]',
        '        lv.nested = true',
        '      end',
        '    end',
        '  end',
        'end',
      ].join('\n'),
    );
    const [decided, undecided] = ['decided/libvirt', 'undecided/libvirt'].map((a) => report.workloads.find((w) => w.address === a)!);
    expect(decided).toMatchObject({ technology: 'vagrant-libvirt-kvm', possibleStrata: [2] });
    expect(undecided).toMatchObject({ technology: 'vagrant-libvirt-kvm', possibleStrata: [2, 3] });
    expect(undecided!.evidence.map((e) => e.reason)).toContainEqual(expect.stringMatching(/^unknown: nested is true only when ENV\["NESTED"\]/));
  });
});
