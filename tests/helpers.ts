import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/data.js';
import type { ScanReport } from '../src/model.js';

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
