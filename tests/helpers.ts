import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { packageRoot } from '../src/data.js';
import type { ScanReport } from '../src/model.js';
import { scan } from '../src/scan.js';

export const fixturesDir = join(packageRoot, 'fixtures');

/** A fixture case: a directory holding input files and expected.json. */
export interface FixtureCase {
  name: string;
  dir: string;
}

export function fixtureCases(format: string): FixtureCase[] {
  const base = join(fixturesDir, format);
  return readdirSync(base)
    .filter((name) => statSync(join(base, name)).isDirectory())
    .sort()
    .map((name) => ({ name, dir: join(base, name) }));
}

export interface Expected {
  description: string;
  today?: string;
  findings: Array<{ rule: string; file: string; line: number; column: number; level: string; suppressed?: boolean }>;
  diagnostics?: Array<{ file: string; line: number | null; column: number | null; message: string }>;
  workloads?: Array<{ address: string; technology: string; stratum: number; need: number | null; needSource?: string | null }>;
}

export function readExpected(dir: string): Expected {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
}

/** The findings of the rules about workloads and annotations; parse-error ones are listed with `fileProblems`. */
export function actualFindings(report: ScanReport): Expected['findings'] {
  return report.findings
    .filter((f) => f.ruleId !== 'parse-error')
    .map((f) => ({
      rule: f.ruleId,
      file: f.location.file,
      line: f.location.startLine,
      column: f.location.startColumn,
      level: f.level,
      ...(f.suppressions.length > 0 ? { suppressed: true } : {}),
    }));
}

export { fileProblems } from '../src/model.js';

export function allFiles(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...allFiles(path, suffix));
    else if (entry.isFile() && entry.name.endsWith(suffix)) out.push(path);
  }
  return out.sort();
}

/** A finding as the good files' findings are compared: its path below `good/`, and what a reader sees. */
const goodFinding = (f: ScanReport['findings'][number]) => [f.ruleId, f.location.file.replace(/^good\//, ''), f.location.startLine, f.location.startColumn, f.level, f.message];

/**
 * A hostile case beside a good one: `good/` holds a copy of the fixture, `bad/` what `build`
 * writes. Both are scanned together, and the good files' findings must be exactly what they
 * are alone. Returns the scan of both (the tree is removed after).
 */
export async function besideGood(fixture: string, build: (bad: string) => void, today = '2026-06-01'): Promise<ScanReport> {
  const root = mkdtempSync(join(tmpdir(), 'strata-beside-good-'));
  try {
    cpSync(join(fixturesDir, fixture), join(root, 'good'), { recursive: true });
    mkdirSync(join(root, 'bad'));
    build(join(root, 'bad'));
    const alone = await scan({ cwd: join(root, 'good'), paths: ['.'], today });
    const together = await scan({ cwd: root, paths: ['good', 'bad'], today });
    expect(together.findings.filter((f) => f.location.file.startsWith('good/')).map(goodFinding)).toEqual(alone.findings.map(goodFinding));
    return together;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** `text` at `path`, its directories made. */
export function writeMaking(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
