/**
 * Hostile YAML for the compose parser (fixtures/hostile-yaml/README.md): each case is
 * scanned beside a good compose project; the good project's findings stay exactly what
 * they are alone, and the hostile file yields workloads or a located diagnostic — never an
 * exception. Large inputs are generated here: they are cheap to make and costly to commit.
 * Inputs that crashed are at full size; those that were only slow are smaller, as big as
 * the quadratic code took seconds on — `npm run bench` (bench/scaling.ts) measures how time grows.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { formatGithub } from '../src/formatters/github.js';
import { formatHtml } from '../src/formatters/html.js';
import { inventoryJson, inventoryText } from '../src/formatters/inventory.js';
import { formatJson } from '../src/formatters/json.js';
import { formatMarkdown } from '../src/formatters/markdown.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { formatText } from '../src/formatters/text.js';
import { wholeText } from '../src/formatters/types.js';
import type { ScanReport } from '../src/model.js';
import { scan } from '../src/scan.js';
import { fileProblems, fixturesDir } from './helpers.js';

const good = join(fixturesDir, 'compose', 'stack');
const today = '2026-06-01';

const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');

/** Anchors b0…b(n-1), each map merging the one before; a service merges the last. */
const chain = (n: number) =>
  `x-chain:\n  - &b0 {k0: 0}\n${lines(n - 1, (i) => `  - &b${i + 1} {<<: *b${i}, k${i + 1}: 0}`)}\nservices:\n  web:\n    <<: *b${n - 1}\n    image: app:1\n`;

interface Case {
  name: string;
  /** The hostile compose.yaml. */
  text: () => string;
  /** What the hostile file must yield. */
  expect: { workloads: number } | { diagnostic: RegExp; line: number };
}

const cases: Case[] = [
  {
    name: '3,000 nested ${A:-${A:-…}} in one value',
    text: () => `services:\n  web:\n    image: app:1\n    runtime: "${'${A:-'.repeat(3000)}kata${'}'.repeat(3000)}"\n`,
    expect: { workloads: 1 },
  },
  {
    name: 'a <<: merge chain of 5,000 anchors',
    text: () => chain(5_000),
    // Whichever limit the walk meets first: each anchor is as big as all before it.
    expect: { diagnostic: /^(Merge keys \(<<\) nest more than 32 levels deep|Too many alias expansions)/, line: 0 },
  },
  {
    name: 'a <<: merge chain of 40 small anchors',
    text: () => chain(40),
    expect: { diagnostic: /^Merge keys \(<<\) nest more than 32 levels deep/, line: 0 },
  },
  {
    name: '4,000 block-style services',
    text: () => `services:\n${lines(4_000, (i) => `  s${i}:\n    image: app:${i}`)}\n`,
    expect: { workloads: 4_000 },
  },
  {
    name: 'a one-line services map followed by 100,000 blank lines',
    text: () => `services: {${lines(1_000, (i) => `s${i}: {image: x}`).replaceAll('\n', ', ')}}\n${'\n'.repeat(100_000)}`,
    expect: { workloads: 1_000 },
  },
  {
    name: 'a 10,000-item anchored list aliased 4,000 times',
    text: () => `x-big: &big [${lines(10_000, (i) => `v${i}`).replaceAll('\n', ', ')}]\nservices:\n${lines(4_000, (i) => `  s${i}:\n    image: app:1\n    dns: *big`)}\n`,
    expect: { diagnostic: /^Too many alias expansions \(a YAML "billion laughs" bomb\?\)/, line: 0 },
  },
  {
    name: 'a flow sequence nested 20,000 deep',
    text: () => `services:\n  web:\n    image: app:1\n    labels: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
    expect: { diagnostic: /^The YAML nests too deeply to be read \(the parser ran out of stack\): the file is not scanned$/, line: 4 },
  },
  {
    name: 'one map with 20,000 keys',
    text: () => `services:\n  web:\n    image: app:1\n    labels:\n${lines(20_000, (i) => `      k${i}: v`)}\n`,
    expect: { workloads: 1 },
  },
  {
    name: 'one map with 20,000 keys, the last a duplicate',
    text: () => `services:\n  web:\n    image: app:1\n    labels:\n${lines(20_000, (i) => `      k${i}: v`)}\n      k7: again\n`,
    expect: { diagnostic: /^Map keys must be unique$/, line: 20_005 },
  },
];

function strip(report: ScanReport, prefix: string) {
  return report.findings
    .filter((f) => f.location.file.startsWith(prefix))
    .map((f) => [f.ruleId, f.location.file.slice(prefix.length), f.location.startLine, f.location.startColumn, f.level, f.message, f.related.map((r) => r.message)]);
}

describe('hostile YAML beside a good compose project', () => {
  let root: string;
  let alone: ReturnType<typeof strip>;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'strata-hostile-yaml-'));
    alone = strip(await scan({ cwd: good, paths: ['.'], today }), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(cases.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, index) => {
    const dir = join(root, String(index));
    cpSync(good, join(dir, 'good'), { recursive: true });
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'compose.yaml'), c.text());
    const report = await scan({ cwd: dir, paths: ['.'], today });
    expect(strip(report, 'good/')).toEqual(alone);
    const own = fileProblems(report).filter((d) => d.file === 'bad/compose.yaml');
    const workloads = report.workloads.filter((w) => w.file === 'bad/compose.yaml');
    if ('workloads' in c.expect) {
      expect(own).toEqual([]);
      expect(workloads).toHaveLength(c.expect.workloads);
    } else {
      expect(workloads).toEqual([]);
      expect(own).toHaveLength(1);
      expect(own[0]!.message).toMatch(c.expect.diagnostic);
      expect(own[0]!.location?.startLine).toBeGreaterThanOrEqual(1);
      if (c.expect.line) expect(own[0]!.location?.startLine).toBe(c.expect.line);
    }
  });

  it("locates a hostile included file's problem in that file, and keeps the including file's services", async () => {
    const dir = join(root, 'include');
    mkdirSync(dir);
    writeFileSync(join(dir, 'compose.yaml'), 'include:\n  - bomb.yaml\nservices:\n  web:\n    image: app:1\n');
    writeFileSync(join(dir, 'bomb.yaml'), cases.find((c) => c.name.includes('aliased'))!.text());
    const report = await scan({ cwd: dir, paths: ['.'], today });
    expect(report.workloads.map((w) => `${w.file} ${w.address}`)).toEqual(['compose.yaml web']);
    expect(fileProblems(report).map((d) => `${d.file}:${d.location?.startLine}: ${d.message}`)).toEqual([expect.stringMatching(/^bomb\.yaml:\d+: Too many alias expansions/)]);
  });

  it('says why a too deeply nested interpolation is unknown', async () => {
    const dir = join(root, 'nested');
    mkdirSync(dir);
    writeFileSync(join(dir, 'compose.yaml'), cases[0]!.text());
    const [web] = (await scan({ cwd: dir, paths: ['.'], today })).workloads;
    expect(web!.possibleStrata).toEqual([1, 2]);
    expect(web!.evidence.map((e) => e.reason)).toContainEqual(expect.stringMatching(/^unknown: runtime nests \$\{…\} more than 32 levels deep; it would be Kata/));
  });
});

describe('values from .env in messages (fixtures/hostile-yaml/env-secret)', () => {
  const dir = join(fixturesDir, 'hostile-yaml', 'env-secret');
  let report: ScanReport;
  beforeAll(async () => {
    report = await scan({ cwd: dir, paths: ['.'], today });
  });

  it('are used: the runtime, the need and privileged mode are read from .env', () => {
    const tuned = report.workloads.find((w) => w.address === 'tuned')!;
    expect(tuned.technology).toBe('compose-kata-container');
    expect(tuned.need).toMatchObject({ stratum: 1, needs: '${NEED}', reason: '${WHY}' });
    expect(tuned.isolationBreaches.map((b) => b.reason)).toEqual([expect.stringContaining('(privileged = "${PRIVILEGED}")')]);
    expect(tuned.evidence.map((e) => e.reason)).toContainEqual('runtime = "${RUNTIME}" matches "kata*" or "io.containerd.kata*"');
  });

  it('are shown as written: an invalid need names ${SECRET_TOKEN}', () => {
    const invalid = report.findings.filter((f) => f.ruleId === 'invalid-annotation').map((f) => f.message);
    expect(invalid).toHaveLength(3);
    for (const message of invalid) expect(message).toContain('unknown stratum or intent "${SECRET_TOKEN}" (strata takes');
  });

  it.each([
    ['text', formatText],
    ['json', formatJson],
    ['sarif', formatSarif],
    ['github', formatGithub],
    ['markdown', formatMarkdown],
    ['html', formatHtml],
    ['inventory json', inventoryJson],
    ['inventory text', inventoryText],
  ] as const)('never reach the %s report', (_format, format) => {
    const output = wholeText(format(report, { rules, color: false, toolVersion: '0.0.0-test' }));
    expect(output).not.toContain('hunter2');
    expect(output).toContain('tuned');
  });
});
