/**
 * Baselines, as ESLint and code scanning know them: `--write-baseline` records today's
 * findings by fingerprint; `--baseline` then reports only new ones (SARIF marks the
 * others `baselineState: unchanged`) and counts the entries that no longer match.
 */
import { dirname } from 'node:path';
import { DataError, describeSchemaError, schemaValidator } from './data.js';
import { DEFAULT_MAX_FILE_BYTES, readSource, realpathOr, repositoryRootOf } from './read.js';
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

export function applyBaseline(report: ScanReport, path: string, shown: string, maxBytes = DEFAULT_MAX_FILE_BYTES): void {
  // A baseline committed to the repository is as untrusted as the rest of it: confined, size-checked, schema-checked.
  const read = readSource(path, { roots: [realpathOr(repositoryRootOf(dirname(path)) ?? dirname(path))], maxBytes });
  if (!read.ok) throw new DataError(`Cannot read the baseline ${shown}: ${read.message}`);
  let data: BaselineFile;
  try {
    data = JSON.parse(read.text) as BaselineFile;
  } catch (e) {
    throw new DataError(`Cannot read the baseline ${shown}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const validate = schemaValidator('baseline.schema.json');
  if (!validate(data)) {
    const problem = validate.errors?.[0];
    throw new DataError(`${shown} is not a strata baseline: ${problem ? describeSchemaError(problem) : 'it does not match rules/schemas/baseline.schema.json'}`);
  }
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
