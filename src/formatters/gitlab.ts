/**
 * GitLab Code Quality (`artifacts: reports: codequality`): a JSON array of issues, each
 * with a description, the rule as check_name, a fingerprint unique in the report, a
 * severity on GitLab's scale and the file (from the repository root) and line. GitLab
 * shows them in the merge request widget and on the diff. Suppressed and baselined
 * findings are left out; files that could not be scanned are `strata/file-not-scanned`.
 */
import { createHash } from 'node:crypto';
import type { Level } from '../model.js';
import { isReported } from '../model.js';
import { fromRepositoryRoot, type Formatter } from './types.js';
import { jsonText } from './json-text.js';

const SEVERITY: Record<Level, string> = { error: 'major', warning: 'minor', note: 'info' };

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

export const formatGitlab: Formatter = (report, options) => {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  // GitLab shows only the first issue of a fingerprint: a repeat is told apart by its position in the report.
  const unique = (fingerprint: string) => {
    let candidate = fingerprint;
    for (let n = 1; seen.has(candidate); n++) candidate = hash(`${fingerprint}\u0000${n}`);
    seen.add(candidate);
    return candidate;
  };
  for (const f of report.findings) {
    if (!isReported(f)) continue;
    issues.push({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: unique(f.fingerprint),
      severity: SEVERITY[f.level],
      location: { path: fromRepositoryRoot(f.location.file, options), lines: { begin: f.location.startLine } },
    });
  }
  for (const d of report.diagnostics) {
    issues.push({
      description: d.message,
      check_name: 'strata/file-not-scanned',
      fingerprint: unique(hash(`strata/file-not-scanned\u0000${d.file}\u0000${d.message}`)),
      severity: SEVERITY[d.level],
      location: { path: fromRepositoryRoot(d.file, options), lines: { begin: Math.max(1, d.location?.startLine ?? 1) } },
    });
  }
  return jsonText(issues);
};

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
