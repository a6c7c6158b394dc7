/** Findings and diagnostics as JSON, for scripts. */
import { diagnosticJson, type Formatter } from './types.js';

export const formatJson: Formatter = (report) =>
  `${JSON.stringify(
    {
      version: 1,
      findings: report.findings.map((f) => ({
        ruleId: f.ruleId,
        level: f.level,
        message: f.message,
        file: f.location.file,
        location: strip(f.location),
        address: f.address ?? null,
        related: f.related.map((r) => ({ file: r.location.file, location: strip(r.location), message: r.message })),
        fingerprint: f.fingerprint,
        suppressed: f.suppressions.length > 0,
        suppressions: f.suppressions.map((s) => ({ kind: s.kind, justification: s.justification, file: s.location.file, line: s.location.startLine })),
      })),
      diagnostics: report.diagnostics.map(diagnosticJson),
    },
    null,
    2,
  )}\n`;

function strip(l: { startLine: number; startColumn: number; endLine: number; endColumn: number }) {
  return { startLine: l.startLine, startColumn: l.startColumn, endLine: l.endLine, endColumn: l.endColumn };
}
