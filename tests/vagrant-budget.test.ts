/**
 * A few lines of a Vagrantfile can build values far larger than the file: `a = a + a` doubles
 * an array, `"#{s}#{s}"` a string, `[a, a]` what comparing `a` walks, and a format width is a
 * number the file gives. Twenty-seven doublings took 31 s and 3.6 GB and then killed the whole
 * run (every other file's findings lost). Each shape lies beside a good tree whose findings
 * must not change; past its budget a value is unknown, and the machine keeps its name as written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { besideGood, fileProblems } from './helpers.js';

const machine = (name: string, before: string) => `${before}\nVagrant.configure("2") do |config|\n  config.vm.define ${name} do |m|\n    m.vm.provider :virtualbox\n  end\nend\n`;

const doublings = (count: number, line: string) => Array.from({ length: count }, () => line).join('\n');

describe('values a Vagrantfile builds stay within a budget', () => {
  it.each([
    ['an array added to itself 60 times', machine('"m#{a.length}"', `a = [1]\n${doublings(60, 'a = a + a')}`), 'm#{a.length}'],
    ['a string interpolated twice into itself 60 times', machine('"m#{s.length}"', `s = "x"\n${doublings(60, 's = "#{s}#{s}"')}`), 'm#{s.length}'],
    ['a string added to itself 60 times', machine('"m#{s.size}"', `s = "x"\n${doublings(60, 's = s + s')}`), 'm#{s.size}'],
    [
      'an array nested in itself 60 times, then compared with itself',
      machine('(a == a ? "same" : "other")', `a = [1]\n${doublings(60, 'a = [a, a]')}`),
      '(a == a ? "same" : "other")',
    ],
    ['a format width of 500,000,000', machine('("%0500000000d" % 1)', ''), '("%0500000000d" % 1)'],
    // Found by a reviewer: each light enough, but 3,000 deep (the comparison overflowed the stack and the file was lost)…
    [
      'an array nested in itself 3,000 times, then compared with itself',
      machine('(a == a ? "same" : "other")', `a = [1]\n${doublings(3_000, 'a = [a]')}`),
      '(a == a ? "same" : "other")',
    ],
    // …and hash keys of 65,536 characters (V8 hashes long strings by their length alone: 2,000 keys took 9.8 s, 20,000 ran for minutes).
    [
      'a hash of 20,000 keys of 65,536 characters',
      machine('"m#{h.size}"', `s = "x"\n${doublings(16, 's = "#{s}#{s}"')}\nh = {\n${Array.from({ length: 20_000 }, (_, i) => `  "#{s}${i}" => 1,`).join('\n')}\n}`),
      'm#{h.size}',
    ],
    ['a thousand format widths of 99,999', machine(`("${'%099999d'.repeat(1000)}" % [${Array.from({ length: 1000 }, () => '1').join(', ')}])`, ''), undefined],
  ])('%s: read as unknown, the machine named as written', async (_shape, vagrantfile, name) => {
    const report = await besideGood('vagrant/multi-machine', (bad) => writeFileSync(join(bad, 'Vagrantfile'), vagrantfile));
    const machines = report.workloads.filter((w) => w.file.startsWith('bad/'));
    expect(machines).toHaveLength(1);
    if (name !== undefined) expect(machines[0]!.address).toBe(`${name}/virtualbox`);
    expect(fileProblems(report).filter((p) => p.file.startsWith('bad/'))).toEqual([]);
  });

  it('reads a value within the budget as Ruby would', async () => {
    const report = await besideGood('vagrant/multi-machine', (bad) =>
      writeFileSync(join(bad, 'Vagrantfile'), machine('"m#{a.length}-#{s}"', `a = [1]\n${doublings(16, 'a = a + a')}\ns = "%05d" % 7`)),
    );
    const machines = report.workloads.filter((w) => w.file.startsWith('bad/'));
    expect(machines.map((w) => w.address)).toEqual(['m65536-00007/virtualbox']);
  });
});
