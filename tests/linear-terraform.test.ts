/**
 * Terraform inputs an attacker found superlinear, each beside a good file: a module called
 * thousands of times, each call bringing a need or an input to each of thousands of
 * workloads, and an object nested hundreds deep. Each size is one at which the old code ran
 * far past the suite's per-test time-out; the fixed code takes a second or two.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanReport } from '../src/model.js';
import { Unknown } from '../src/model.js';
import { besideGood, fileProblems, writeMaking as write } from './helpers.js';

const repeat = (count: number, item: (i: number) => string) => Array.from({ length: count }, (_, i) => item(i)).join('\n');

/** Scans the rules showcase beside `bad/`: the good file's findings must not change; `check` is given what the scan says of `bad/`. */
async function withRepository(build: (bad: string) => void, check: (bad: ScanReport) => void): Promise<void> {
  const together = await besideGood(join('terraform', 'rules-showcase'), build);
  const inBad = (file: string) => file.startsWith('bad/');
  check({
    ...together,
    workloads: together.workloads.filter((w) => inBad(w.file)),
    findings: together.findings.filter((f) => inBad(f.location.file)),
    diagnostics: together.diagnostics.filter((d) => inBad(d.file)),
  });
}

describe('Terraform module calls cost linear time', () => {
  it("a module's need is worked out once, and its calls' conflicting needs said once each: 2,000 calls of a module of 2,000 workloads", async () => {
    const n = 2_000;
    await withRepository(
      (bad) => {
        write(
          join(bad, 'mod', 'main.tf'),
          repeat(n, (i) => `resource "aws_instance" "r${i}" {}`),
        );
        write(
          join(bad, 'main.tf'),
          repeat(n, (i) => `# strata: needs=os reason="x"\nmodule "m${i}" {\n  source = "./mod"\n}`),
        );
      },
      (report) => {
        expect(report.workloads).toHaveLength(n);
        expect(report.workloads.every((w) => w.need?.source.kind === 'module' && w.need.source.call?.startLine === 2)).toBe(true);
        const conflicts = report.findings.filter((f) => f.ruleId === 'invalid-annotation');
        expect(conflicts).toHaveLength(n - 1);
        expect(new Set(conflicts.map((f) => `${f.location.file}:${f.location.startLine}`)).size).toBe(n - 1);
        expect(conflicts.every((f) => f.location.file === 'bad/main.tf' && f.message.includes('this module is also loaded by a call that declares needs=os (bad/main.tf:1)'))).toBe(
          true,
        );
      },
    );
  });

  it('a well-known module called in a module that is called 20,000 times asks for its need once: 20,000 of each', async () => {
    const n = 20_000;
    await withRepository(
      (bad) => {
        write(
          join(bad, 'mod', 'main.tf'),
          repeat(n, (i) => `module "k${i}" { source = "terraform-aws-modules/ec2-instance/aws" }`),
        );
        write(
          join(bad, 'main.tf'),
          repeat(n, (i) => `module "m${i}" { source = "./mod" }`),
        );
      },
      (report) => {
        expect(report.workloads).toHaveLength(n);
        expect(fileProblems(report)).toEqual([]);
      },
    );
  });

  it('a module input is resolved once, not once for each workload and call: 16,000 workloads reading var.x, 16,000 calls setting it', async () => {
    const n = 16_000;
    await withRepository(
      (bad) => {
        write(join(bad, 'mod', 'main.tf'), `variable "x" {}\n${repeat(n, (i) => `resource "aws_instance" "r${i}" {\n  instance_type = var.x\n}`)}`);
        write(
          join(bad, 'main.tf'),
          repeat(n, (i) => `module "m${i}" {\n  source = "./mod"\n  x = "t3.micro"\n}`),
        );
      },
      (report) => {
        expect(report.workloads).toHaveLength(n);
        const types = report.workloads.map((w) => w.facts.find((f) => f.path === 'instance_type'));
        expect(types.every((f) => f?.value === 't3.micro' && f.origin?.file === 'bad/main.tf')).toBe(true);
      },
    );
  });
});

describe('nested HCL objects cost linear time', () => {
  it('an object nested 490 deep around a list of 400,000 items is read once, not once per level: its facts all found', async () => {
    const depth = 490;
    const ones = Array.from({ length: 400_000 }, () => '1').join(',');
    await withRepository(
      (bad) => write(join(bad, 'main.tf'), `resource "aws_instance" "r" {\n  tags = ${'{ a = '.repeat(depth)}[${ones}]${' }'.repeat(depth)}\n}\n`),
      (report) => {
        expect(report.workloads.map((w) => w.address)).toEqual(['aws_instance.r']);
        const facts = report.workloads[0]!.facts;
        expect(facts).toHaveLength(depth + 1);
        const innermost = facts.find((f) => f.path === `tags${'.a'.repeat(depth)}`);
        expect(innermost?.value).toHaveLength(400_000);
        expect(facts.some((f) => f.value instanceof Unknown)).toBe(false);
        expect(fileProblems(report)).toEqual([]);
      },
    );
  });

  it('a .tf.json object nested 58 deep around a list of 2,000,000 items is converted once, not once per level (18 s and 1.5 GB before): its facts all found', async () => {
    // Four levels above it (the file, resource, type and name) make 62 of the 64 JSON levels strata reads.
    const depth = 58;
    const tags = `${'{"a":'.repeat(depth)}[${Array.from({ length: 2_000_000 }, () => '1').join(',')}]${'}'.repeat(depth)}`;
    await withRepository(
      (bad) => write(join(bad, 'main.tf.json'), `{"resource":{"aws_instance":{"r":{"instance_type":"t3.micro","tags":${tags}}}}}`),
      (report) => {
        expect(report.workloads.map((w) => w.address)).toEqual(['aws_instance.r']);
        const facts = report.workloads[0]!.facts;
        expect(facts).toHaveLength(depth + 2);
        const innermost = facts.find((f) => f.path === `tags${'.a'.repeat(depth)}`);
        expect(innermost?.value).toHaveLength(2_000_000);
        // Each level's value holds the next level's, the same object: converted once.
        const outer = facts.find((f) => f.path === 'tags')?.value as Record<string, unknown>;
        expect(outer.a).toBe(facts.find((f) => f.path === 'tags.a')?.value);
        expect(fileProblems(report)).toEqual([]);
      },
    );
  });
});
