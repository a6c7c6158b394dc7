/**
 * Findings and diagnostics as JSON, for scripts: each finding about a workload carries
 * the workload's technology, stratum and need (and the technologies that would serve the
 * need better, where the finding names some), and the report says which strata and
 * catalog versions made it and how many of each there were.
 */
import type { ClassifiedWorkload, Finding, Level } from '../model.js';
import { isReported } from '../model.js';
import { jsonText } from './json-text.js';
import { diagnosticJson, type Formatter } from './types.js';

export const formatJson: Formatter = (report, options) => {
  const workloads = new Map(report.workloads.map((w) => [`${w.file}\u0000${w.address}`, w]));
  const shown = report.findings.filter(isReported);
  const count = (level: Level) => shown.filter((f) => f.level === level).length;
  const findingJson = (f: Finding) => ({
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    file: f.location.file,
    location: strip(f.location),
    address: f.address ?? null,
    ...workloadFields(f.address !== undefined ? workloads.get(`${f.location.file}\u0000${f.address}`) : undefined),
    alternatives: (f.alternatives ?? []).map((a) => ({ technology: a.technology ?? null, name: a.name, stratum: a.stratum, reference: a.reference, note: a.note ?? null })),
    related: f.related.map((r) => ({ file: r.location.file, location: strip(r.location), message: r.message })),
    fingerprint: f.fingerprint,
    suppressed: f.suppressions.length > 0,
    suppressions: f.suppressions.map((s) => ({ kind: s.kind, justification: s.justification, file: s.location.file, line: s.location.startLine })),
  });
  return jsonText(
    {
      version: 1,
      tool: { name: 'strata', version: options.toolVersion },
      catalog: { version: options.catalogVersion ?? null },
      totals: {
        findings: shown.length,
        errors: count('error'),
        warnings: count('warning'),
        notes: count('note'),
        suppressed: report.findings.filter((f) => f.suppressions.length > 0).length,
        inBaseline: report.findings.filter((f) => f.suppressions.length === 0 && f.baselineState === 'unchanged').length,
        workloads: report.workloads.length,
        files: report.files.length,
        diagnostics: report.diagnostics.length,
      },
      // Written item by item (jsonText): nearly all of a big report.
      findings: [],
      diagnostics: report.diagnostics.map(diagnosticJson),
    },
    { key: 'findings', items: report.findings, toJson: findingJson },
  );
};

/** What the workload runs on and what it needs; null for a finding about no workload (an annotation, a file). */
function workloadFields(w: ClassifiedWorkload | undefined) {
  return {
    technology: w?.technology ?? null,
    stratum: w?.stratum ?? null,
    need: w?.need ? { stratum: w.need.stratum, needs: w.need.needs, reason: w.need.reason ?? null, source: w.need.source.kind } : null,
  };
}

function strip(l: { startLine: number; startColumn: number; endLine: number; endColumn: number }) {
  return { startLine: l.startLine, startColumn: l.startColumn, endLine: l.endLine, endColumn: l.endColumn };
}
