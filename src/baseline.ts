/**
 * Baselines, as ESLint and code scanning know them: `--write-baseline` records today's
 * findings by fingerprint; `--baseline` then reports only new ones (SARIF marks the
 * others `baselineState: unchanged`) and counts the entries that no longer match.
 */
import { readFileSync } from 'node:fs';
import { DataError } from './data.js';
import { isReported, type ScanReport } from './model.js';

interface BaselineFile {
  version: 1;
  findings: Array<{ fingerprint: string; ruleId: string; file: string; address?: string }>;
}

export function baselineOf(report: ScanReport): string {
  const file: BaselineFile = {
    version: 1,
    findings: report.findings
      .filter(isReported)
      .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.location.file, ...(f.address ? { address: f.address } : {}) })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function applyBaseline(report: ScanReport, path: string, shown: string): void {
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as BaselineFile;
  } catch (e) {
    throw new DataError(`Cannot read the baseline ${shown}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (data?.version !== 1 || !Array.isArray(data.findings)) throw new DataError(`${shown} is not a strata baseline (version 1 with a findings list)`);
  const known = new Set(data.findings.map((f) => f.fingerprint));
  const matched = new Set<string>();
  for (const finding of report.findings) {
    if (finding.suppressions.length > 0) continue;
    const inBaseline = known.has(finding.fingerprint);
    finding.baselineState = inBaseline ? 'unchanged' : 'new';
    if (inBaseline) matched.add(finding.fingerprint);
  }
  report.staleBaseline = known.size - matched.size;
}
