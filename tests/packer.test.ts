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

function write(path: string, text: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

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

  it('a variable that refers back to itself through locals stays unknown, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strata-packer-'));
    try {
      write(join(dir, 't.pkr.hcl'), 'locals {\n  a = local.b\n  b = local.a\n}\n\nsource "qemu" "loop" {\n  accelerator = local.a\n}\n');
      const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
      const [loop] = report.workloads;
      expect(loop!.possibleStrata).toEqual([2, 3]);
      expect(loop!.evidence.map((e) => e.reason).join('\n')).toContain('refers back to itself');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
