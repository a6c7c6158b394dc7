/** `strata inventory`: every workload, its technology, stratum, need and where the need came from. */
import type { ClassifiedWorkload, ScanReport } from '../model.js';
import { fileProblems, STRATUM_NAMES } from '../model.js';
import { printable } from '../text/escape.js';
import { jsonText } from './json-text.js';
import { diagnosticJson, type ReportText } from './types.js';

export function inventoryJson(report: ScanReport): ReportText {
  const workloadJson = (w: ClassifiedWorkload) => ({
    file: w.file,
    format: w.format,
    address: w.address,
    location: { startLine: w.location.startLine, startColumn: w.location.startColumn, endLine: w.location.endLine, endColumn: w.location.endColumn },
    technology: w.technology,
    stratum: w.stratum,
    evidence: w.evidence.map((e) => ({
      reason: e.reason,
      location: { startLine: e.location.startLine, startColumn: e.location.startColumn },
    })),
    need: w.need?.stratum ?? null,
    needSource: w.need ? { kind: w.need.source.kind, file: w.need.source.location.file, line: w.need.source.location.startLine } : null,
  });
  return jsonText(
    {
      version: 1,
      // Written item by item (jsonText): nearly all of a big inventory.
      workloads: [],
      diagnostics: fileProblems(report).map(diagnosticJson),
    },
    { key: 'workloads', items: report.workloads, toJson: workloadJson },
  );
}

export function inventoryText(report: ScanReport): string {
  const rows = report.workloads.map((w) => [
    printable(`${w.file}:${w.location.startLine}`),
    printable(w.address),
    w.technology,
    `${w.stratum} ${STRATUM_NAMES[w.stratum]}`,
    w.need ? `${w.need.stratum} ${STRATUM_NAMES[w.need.stratum]}` : '-',
    w.need ? printable(`${w.need.source.kind} ${w.need.source.location.file}:${w.need.source.location.startLine}`) : '-',
  ]);
  const header = ['location', 'workload', 'technology', 'stratum', 'need', 'need from'];
  const widths = header.map((h, i) => rows.reduce((width, r) => Math.max(width, r[i]!.length), h.length));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n\n${report.workloads.length} workload(s) in ${report.files.length} file(s)\n`;
}
