/**
 * Hostile and broken input (fixtures/hostile/cases.json, listed in its README): every
 * file yields correct workloads or a located diagnostic, nothing crashes, nothing is
 * executed, the good files' findings do not change, and the SARIF stays valid.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { wholeText } from '../src/formatters/types.js';
import { scan } from '../src/scan.js';
import { fileProblems, fixturesDir } from './helpers.js';

const hostile = join(fixturesDir, 'hostile');
const cases = JSON.parse(readFileSync(join(hostile, 'cases.json'), 'utf8')) as Array<{ file: string; why: string; expect: 'diagnostic' | 'workloads' | 'nothing' }>;

describe('hostile input, file by file', () => {
  it('has at least 50 cases, each listed in the README', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const readme = readFileSync(join(hostile, 'README.md'), 'utf8');
    for (const c of cases) expect(readme).toContain(`\`${c.file}\``);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const report = await scan({ cwd: hostile, paths: [c.file], today: '2026-06-01' });
    const own = fileProblems(report).filter((d) => d.file === c.file);
    for (const d of own) {
      expect(d.message.length).toBeGreaterThan(10);
      if (d.location) {
        expect(d.location.startLine).toBeGreaterThanOrEqual(1);
        expect(d.location.startColumn).toBeGreaterThanOrEqual(1);
      }
    }
    if (c.expect === 'diagnostic') expect(own.filter((d) => d.location).length, c.why).toBeGreaterThan(0);
    if (c.expect === 'workloads') {
      expect(report.workloads.length, c.why).toBeGreaterThan(0);
      expect(
        own.filter((d) => d.level === 'error'),
        c.why,
      ).toEqual([]);
    }
    if (c.expect === 'nothing') {
      expect(report.workloads, c.why).toEqual([]);
      expect(own, c.why).toEqual([]);
    }
  });
});

describe('hostile input beside good input', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'strata-hostile-'));
    cpSync(join(fixturesDir, 'terraform', 'rules-showcase'), join(root, 'good'), { recursive: true });
    cpSync(hostile, join(root, 'bad'), { recursive: true });
    // Cases that cannot be committed: too big, or not regular files.
    writeFileSync(join(root, 'bad', 'fifty-megabytes.tf'), `locals {\n  x = "${'a'.repeat(50 * 1024 * 1024)}"\n}\n`);
    mkdirSync(join(root, 'bad', 'main.tf'));
    writeFileSync(join(root, 'bad', 'main.tf', 'inner.tf'), 'resource "docker_container" "inner" {\n  image = "x"\n}\n');
    symlinkSync(join(root, 'bad'), join(root, 'bad', 'loop'));
    symlinkSync(tmpdir(), join(root, 'bad', 'outside'));
    symlinkSync(join(root, 'bad', 'missing.tf'), join(root, 'bad', 'dangling.tf'));
    execFileSync('mkfifo', [join(root, 'bad', 'pipe.tf')]);
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it("leaves the good files' findings exactly as they are without the bad ones", async () => {
    const alone = await scan({ cwd: join(root, 'good'), paths: ['.'], today: '2026-06-01' });
    const together = await scan({ cwd: root, paths: ['.'], today: '2026-06-01' });
    const strip = (f: (typeof alone.findings)[number]) => [f.ruleId, f.location.file.replace(/^good\//, ''), f.location.startLine, f.location.startColumn, f.level, f.message];
    expect(together.findings.filter((f) => f.location.file.startsWith('good/')).map(strip)).toEqual(alone.findings.map(strip));
  });

  it('says why a file was skipped: too large, outside the root', async () => {
    const report = await scan({ cwd: root, paths: ['.'], today: '2026-06-01' });
    const messages = fileProblems(report).map((d) => `${d.file}: ${d.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^bad\/fifty-megabytes\.tf: Skipped: the file is 50\.0 MB, larger than the 5\.0 MB limit/));
    expect(messages).toContainEqual('bad/outside: Not followed: this symlink points outside the scanned directory');
    expect(report.workloads.map((w) => `${w.file} ${w.address}`)).toContainEqual('bad/main.tf/inner.tf docker_container.inner');
  });

  it('keeps the SARIF valid and byte-for-byte deterministic', async () => {
    const sarif = async () => wholeText(formatSarif(await scan({ cwd: root, paths: ['.'], today: '2026-06-01' }), { rules, color: false, toolVersion: '0.0.0-test' }));
    const first = await sarif();
    expect(await sarif()).toBe(first);
    const log = JSON.parse(first) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
    };
    for (const result of log.runs[0]!.results) {
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).not.toBe('');
      expect(result.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(first.charCodeAt(0)).not.toBe(0xfeff);
  });
});
