/**
 * Inputs that took quadratic time (or memory) in the YAML formats, each scanned beside a good
 * project of its format: the good project's findings stay what they are alone, and the hostile
 * file yields its workloads or a located diagnostic. Tests are never timed: each input is as
 * big as the quadratic code took far past the suite's 20 s time-out on, and the linear code a
 * second or two. `npm run bench` (bench/scaling.ts, shapes m to p) measures how time grows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanReport } from '../src/model.js';
import { besideGood, fileProblems, writeMaking } from './helpers.js';

const today = '2026-06-01';

const repeat = (count: number, item: (i: number) => string) => Array.from({ length: count }, (_, i) => item(i)).join('');

/** Scans `good/` (a copy of a fixture) beside `bad/` (the files given); the good findings must not change. */
const besideGoodFiles = (fixture: string, bad: Record<string, string>): Promise<ScanReport> =>
  besideGood(
    fixture,
    (dir) => {
      for (const [path, text] of Object.entries(bad)) writeMaking(join(dir, path), text);
    },
    today,
  );

const badWorkloads = (report: ScanReport) => report.workloads.filter((w) => w.file.startsWith('bad/'));
const badProblems = (report: ScanReport) => fileProblems(report).filter((d) => d.file.startsWith('bad/'));

describe('linear time in the YAML formats', () => {
  it('a .env value with 500,000 spaces before its last character has its inline comment looked for in one pass', async () => {
    const report = await besideGoodFiles('compose/stack', {
      'compose.yaml': 'services:\n  web:\n    image: app\n    hostname: ${A}\n',
      '.env': `A=x${' '.repeat(500_000)}y # a comment\n`,
    });
    expect(badWorkloads(report).map((w) => w.address)).toEqual(['web']);
    expect(badWorkloads(report)[0]!.facts.find((f) => f.path === 'hostname')?.value).toBe(`x${' '.repeat(500_000)}y`);
    expect(badProblems(report)).toEqual([]);
  });

  it("a Helm '# Source:' comment with 400,000 spaces inside is read in one pass", async () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x}]}\n';
    const report = await besideGoodFiles('kubernetes/workload-kinds', {
      's.yaml': `${pod}---\n# Source: a${' '.repeat(400_000)}b\n${pod.replace('name: p', 'name: q')}`,
    });
    expect(badWorkloads(report).map((w) => [w.address, w.renderedFrom])).toEqual([
      ['Pod/p', undefined],
      [expect.stringContaining('q'), `a${' '.repeat(400_000)}b`],
    ]);
    expect(badProblems(report)).toEqual([]);
  });

  it("20,000 documents before 200,000 '# Source:' comments: each document's source found by one cursor", async () => {
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec: {containers: [{name: c, image: x}]}\n`;
    const report = await besideGoodFiles('kubernetes/workload-kinds', {
      's.yaml': `${pod('first')}${repeat(20_000, () => '---\na: 1\n')}${repeat(200_000, (i) => `#Source: c/t${i % 10}\n`)}---\n# Source: c/templates/last.yaml\n${pod('last')}`,
    });
    expect(badWorkloads(report).map((w) => w.renderedFrom)).toEqual([undefined, 'c/templates/last.yaml']);
    expect(badProblems(report)).toEqual([]);
  });

  it('a base service of 4,000 volumes extended by 4,000 services: what they inherit is read within a budget, with a located warning', async () => {
    const report = await besideGoodFiles('compose/stack', {
      'compose.yaml': `services:\n  base:\n    image: x\n    volumes:\n${repeat(4_000, (i) => `      - /v${i}:/v${i}\n`)}${repeat(4_000, (i) => `  s${i}:\n    extends: base\n`)}`,
    });
    const workloads = badWorkloads(report);
    expect(workloads).toHaveLength(4_001);
    // The first services take the base's volumes; later ones are read without them.
    expect(workloads.find((w) => w.address === 's0')!.facts.filter((f) => f.path === 'volumes')).toHaveLength(4_000);
    expect(workloads.find((w) => w.address === 's3999')!.facts.filter((f) => f.path === 'volumes')).toEqual([]);
    const problems = badProblems(report);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^More than 100000 facts taken through extends: service "s\d+" and later ones/)]);
    expect(problems[0]!.location?.startLine).toBeGreaterThan(4_004);
  });

  it('a base service of 8,000 keys extended by 8,000 services: the entries they take are copied within a budget, with a located warning', async () => {
    const report = await besideGoodFiles('compose/stack', {
      'compose.yaml': `services:\n  base:\n    image: x\n${repeat(8_000, (i) => `    x-k${i}: 1\n`)}${repeat(8_000, (i) => `  s${i}:\n    extends: base\n`)}`,
    });
    expect(badWorkloads(report)).toHaveLength(8_001);
    const problems = badProblems(report);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^More than 100000 entries taken through extends: service "s\d+"/));
    expect(problems.every((p) => (p.location?.startLine ?? 0) > 8_003)).toBe(true);
  });

  it('an extends chain of 20,000 services: followed 1,000 services deep, within the budget of entries taken, each with a located warning', async () => {
    const report = await besideGoodFiles('compose/stack', {
      'compose.yaml': `services:\n${repeat(20_000, (i) => `  s${i}:\n    extends: s${i + 1}\n    x-k${i}: 1\n`)}  s20000:\n    image: x\n`,
    });
    const workloads = badWorkloads(report);
    expect(workloads).toHaveLength(20_001);
    // The chain from s0 is cut at s1000, which keeps only its own key; s999 takes it. The budget runs out as the chain
    // unwinds towards s0, which is read with its own key only, as is every service read after that.
    const keys = (address: string) => workloads.find((w) => w.address === address)!.facts.filter((f) => f.path.startsWith('x-k')).length;
    expect([keys('s1000'), keys('s999'), keys('s998'), keys('s0'), keys('s19999')]).toEqual([1, 2, 3, 1, 1]);
    const problems = badProblems(report);
    // In the order of their lines: the budget ran out at a service above s1000.
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^More than 100000 entries taken through extends: service "s\d+"/),
      'extends chains more than 1000 services: service "s1000" and any other as deep are read without what they extend',
    ]);
    // At s1000's `extends`: line 1 is `services:`, and each service takes three.
    expect(problems[1]!.location?.startLine).toBe(3 + 3 * 1_000);
  });

  it('Globals.Function.Tags of 20,000 keys is read once, not once for each of 10,000 functions', async () => {
    const report = await besideGoodFiles('cloudformation/needs', {
      'template.yaml': `Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Tags:\n${repeat(20_000, (i) => `      t${i}: v\n`)}      strata-needs: os\nResources:\n${repeat(10_000, (i) => `  F${i}:\n    Type: AWS::Serverless::Function\n`)}`,
    });
    const workloads = badWorkloads(report);
    expect(workloads).toHaveLength(10_000);
    expect(workloads.every((w) => w.need?.needs === 'os')).toBe(true);
    // The Tags global copied into each function is cut by the Globals.Function budget, as before.
    expect(badProblems(report).map((p) => p.message)).toEqual([expect.stringMatching(/^More than 100000 properties copied from Globals\.Function/)]);
  });
});
