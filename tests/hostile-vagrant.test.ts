/**
 * Deeply nested Vagrantfiles beside good ones: prism's WASM traps on some, overflows its
 * stack silently on others (every later parse on that instance then goes wrong), its
 * deserializer overflows the JS stack on others, and strata's own walks hit their depth
 * budget on the rest. Whichever it is, it costs only the file that caused it.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRuby, PrismFailure } from '../src/parsers/vagrant/prism.js';
import { scan } from '../src/scan.js';
import { fileProblems, fixturesDir } from './helpers.js';

const configure = (body: string) => `Vagrant.configure("2") do |config|\n${body}\nend\n`;

/** Each shape at a depth where prism fails, and three it reads but strata must not recurse through. */
const bad: Record<string, string> = {
  'blocks-trap': configure('x do\n'.repeat(5000) + 'end\n'.repeat(5000)),
  'arrays-stack-overflow': configure(`  a = ${'['.repeat(5000)}${']'.repeat(5000)}`),
  'hashes-trap': configure(`  a = ${'{a: '.repeat(1000)}1${'}'.repeat(1000)}`),
  'parentheses-trap': configure(`  a = ${'('.repeat(5000)}1${')'.repeat(5000)}`),
  'ifs-silent-overflow': configure('if a\n'.repeat(5000) + 'end\n'.repeat(5000)),
  'ifs-within-prism': configure(`${'if a\n'.repeat(80)}  config.vm.provider :docker\n${'end\n'.repeat(80)}`),
  'condition-within-prism': configure(`  if ${'('.repeat(110)}true${')'.repeat(110)}\n    config.vm.provider :docker\n  end`),
  'arrays-within-prism': configure(`  config.vm.provider :virtualbox do |vb|\n    vb.customize ${'['.repeat(1000)}${']'.repeat(1000)}\n  end`),
};

const good = ['multi-machine', 'nested-and-breach', 'zones', 'real-world-shapes'];

let alone: string;
let together: string;
let without: Awaited<ReturnType<typeof scan>>;
let mixed: Awaited<ReturnType<typeof scan>>;
beforeAll(async () => {
  alone = mkdtempSync(join(tmpdir(), 'strata-vagrant-good-'));
  together = mkdtempSync(join(tmpdir(), 'strata-vagrant-mixed-'));
  // Good trees sort before ("a-…") and after ("z-…") every bad one ("m-…").
  for (const name of good) {
    for (const root of [alone, together]) {
      cpSync(join(fixturesDir, 'vagrant', name), join(root, `a-${name}`), { recursive: true });
      cpSync(join(fixturesDir, 'vagrant', name), join(root, `z-${name}`), { recursive: true });
    }
  }
  for (const [name, text] of Object.entries(bad)) {
    mkdirSync(join(together, `m-${name}`));
    writeFileSync(join(together, `m-${name}`, 'Vagrantfile'), text);
  }
  without = await scan({ cwd: alone, paths: ['.'], today: '2026-06-01' });
  mixed = await scan({ cwd: together, paths: ['.'], today: '2026-06-01' });
});
afterAll(() => {
  rmSync(alone, { recursive: true, force: true });
  rmSync(together, { recursive: true, force: true });
});

describe('a deeply nested Vagrantfile beside good ones', () => {
  it("leaves the good files' findings and workloads exactly as they are without it", () => {
    const isGood = (file: string) => !file.startsWith('m-');
    expect(mixed.findings.filter((f) => isGood(f.location.file))).toEqual(without.findings);
    expect(mixed.workloads.filter((w) => isGood(w.file))).toEqual(without.workloads);
    expect(fileProblems(mixed).filter((d) => isGood(d.file))).toEqual(fileProblems(without));
    expect(without.workloads.length).toBeGreaterThan(20);
  });

  it.each(Object.keys(bad))('reports %s with a located error of its own', (name) => {
    const own = fileProblems(mixed).filter((d) => d.file === `m-${name}/Vagrantfile` && d.level === 'error');
    expect(own.length).toBeGreaterThan(0);
    for (const d of own) expect(d.location?.startLine).toBeGreaterThanOrEqual(1);
  });

  it('says where strata stopped reading a file it can parse but will not recurse through', () => {
    const messages = fileProblems(mixed).map((d) => `${d.file}:${d.location?.startLine}: ${d.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^m-ifs-within-prism\/Vagrantfile:\d+: Nested more than 100 levels deep here/));
    expect(messages).toContainEqual(expect.stringMatching(/^m-condition-within-prism\/Vagrantfile:2: Nested more than 100 levels deep here/));
    expect(messages).toContainEqual(expect.stringMatching(/^m-arrays-within-prism\/Vagrantfile:3: Nested more than 100 levels deep here/));
  });
});

describe("prism's instance after a trap", () => {
  it('is replaced, so parses already waiting when it trapped still succeed', async () => {
    const fine = configure('  config.vm.define "web"');
    const results = await Promise.allSettled([parseRuby(fine), parseRuby(bad['hashes-trap']!), parseRuby(fine), parseRuby(bad['blocks-trap']!), parseRuby(fine)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(PrismFailure);
    for (const r of results) if (r.status === 'fulfilled') expect(r.value.errors).toEqual([]);
  });

  it.each(Object.keys(bad).filter((name) => !name.endsWith('within-prism')))('is replaced after %s, for parses that start later', async (name) => {
    await expect(parseRuby(bad[name]!)).rejects.toBeInstanceOf(PrismFailure);
    const after = await parseRuby(configure('  config.vm.define "web"'));
    expect(after.errors).toEqual([]);
  });
});
