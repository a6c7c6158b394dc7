/** The compose parser: merges, interpolation and locations across files. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Unknown } from '../src/model.js';
import { interpolate, parseDotEnv } from '../src/parsers/compose/interpolate.js';
import { scan } from '../src/scan.js';
import { fileProblems, fixturesDir } from './helpers.js';

const fixture = (name: string) => scan({ cwd: join(fixturesDir, 'compose', name), paths: ['.'], today: '2026-06-01' });

describe('interpolate', () => {
  const env = new Map([
    ['SET', 'value'],
    ['EMPTY', ''],
  ]);
  it.each([
    ['${SET}', 'value'],
    ['$SET/x', 'value/x'],
    ['${UNSET:-fallback}', 'fallback'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${UNSET-fallback}', 'fallback'],
    ['${SET:+alt}', 'alt'],
    ['${UNSET:+alt}', ''],
    ['${SET:?must be set}', 'value'],
    ['$$SET and $${SET}', '$SET and ${SET}'],
    ['${UNSET:-${SET}}', 'value'],
    ['no dollars', 'no dollars'],
  ])('%s → %j', (text, expected) => {
    expect(interpolate(text, env)).toBe(expected);
  });

  it.each(['${UNSET}', '$UNSET', '${UNSET:?needs a value}', '${EMPTY:?needs a value}', '${UNSET', '${1BAD}'])('%s is unknown, never ""', (text) => {
    expect(interpolate(text, env)).toBeInstanceOf(Unknown);
  });
});

describe('parseDotEnv', () => {
  it('reads KEY=VALUE lines with quotes, export and comments', () => {
    const env = parseDotEnv('# comment\nexport A=1\nB="two words"\nC=\'single\'\nD=plain # trailing\n\nnot a line\n');
    expect([...env]).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', 'single'],
      ['D', 'plain'],
    ]);
  });
});

describe('compose projects', () => {
  it("report a variant's service at the variant's line, with the deciding attribute there and the need in the base file", async () => {
    const report = await fixture('kata-override');
    const finding = report.findings.find((f) => f.location.file === 'docker-compose.kata.yml')!;
    expect(finding.ruleId).toBe('heavier-than-needed');
    expect(finding.location).toMatchObject({ startLine: 3, startColumn: 3, endColumn: 6 });
    expect(finding.related.map((r) => `${r.location.file}:${r.location.startLine}:${r.location.startColumn}`)).toEqual(['docker-compose.kata.yml:4:5', 'docker-compose.yml:2:5']);
  });

  it('locate an extends source attribute in the file it comes from', async () => {
    const report = await fixture('extends-files');
    const api = report.findings.find((f) => f.address === 'api')!;
    expect(api.related[0]!.location).toMatchObject({ file: 'common.yml', startLine: 4, startColumn: 5 });
  });

  it('list services of included files in those files', async () => {
    const report = await fixture('include-tree');
    expect(report.workloads.map((w) => `${w.file}:${w.header.startLine}:${w.address}`)).toEqual(['compose.yaml:5:app', 'db/database.yaml:3:postgres']);
  });

  it('resolve merge keys and interpolation, and keep unknowns unknown', async () => {
    const report = await fixture('anchors-interpolation');
    const byName = new Map(report.workloads.map((w) => [w.address, w]));
    expect(byName.get('one')!.facts.find((f) => f.path === 'image')!.value).toBe('registry.example.com/app:1.4');
    expect(byName.get('four')!.facts.find((f) => f.path === 'image')!.value).toBe('app:${LITERAL}');
    const three = byName.get('three')!;
    expect(three.facts.find((f) => f.path === 'runtime')!.value).toBeInstanceOf(Unknown);
    expect(three.possibleStrata).toEqual([1, 2]);
    expect(three.evidence.map((e) => e.reason)).toContainEqual(expect.stringContaining('unknown: runtime uses ${UNSET_RUNTIME}, which is not set in .env'));
  });

  it('refuse a YAML alias bomb with a diagnostic instead of expanding it', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'strata-bomb-'));
    try {
      const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 9; i++)
        levels.push(
          `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(',')}]`,
        );
      writeFileSync(join(dir, 'compose.yaml'), `x-bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\nservices:\n  web:\n    image: nginx\n    labels: *i\n`);
      const report = await scan({ cwd: dir, paths: ['.'] });
      expect(fileProblems(report).map((d) => d.message)).toEqual([expect.stringContaining('billion laughs')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
