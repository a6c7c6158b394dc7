/**
 * The report for people, in the style of ESLint's "stylish": findings grouped by file,
 * each with a code frame and its related locations; then a summary per stratum.
 * Suppressed findings are counted, not shown.
 */
import { styleText } from 'node:util';
import type { Diagnostic, Finding, Level, ScanReport, Stratum } from '../model.js';
import { isReported, STRATUM_NAMES } from '../model.js';
import { printable } from '../text/escape.js';
import { frames } from '../text/frame.js';
import type { Formatter } from './types.js';

type Style = Parameters<typeof styleText>[0];

/**
 * Colours decided by the CLI (--color, FORCE_COLOR, the terminal), not by Node: from Node 22
 * styleText would check the stream again unless told not to (Node 20 takes no options).
 */
const style = styleText as (format: Style, text: string, options?: { validateStream: boolean }) => string;
const colored = (format: Style, text: string) => style(format, text, { validateStream: false });

export const formatText: Formatter<string> = (report, options) => {
  const paint = (format: Style, text: string) => (options.color ? colored(format, text) : text);
  const levelStyle: Record<Level, Style> = { error: 'red', warning: 'yellow', note: 'cyan' };
  const shown = report.findings.filter(isReported);
  const frameOf = frames(report.sources);

  const out: string[] = [];
  let currentFile: string | undefined;
  for (const finding of shown) {
    if (finding.location.file !== currentFile) {
      currentFile = finding.location.file;
      if (out.length > 0) out.push('');
      out.push(paint('underline', printable(currentFile)));
    }
    const position = `${finding.location.startLine}:${finding.location.startColumn}`;
    out.push(`  ${paint('dim', position.padEnd(7))} ${paint(levelStyle[finding.level], finding.level.padEnd(7))} ${printable(finding.message)}  ${paint('dim', finding.ruleId)}`);
    for (const line of frameOf(finding.location)) out.push(`      ${paint('dim', line)}`);
    for (const related of finding.related) {
      out.push(`      ${paint('dim', `↳ ${printable(related.location.file)}:${related.location.startLine}:${related.location.startColumn}`)} ${printable(related.message)}`);
    }
  }
  if (out.length > 0) out.push('');
  out.push(...summary(report, shown, paint));
  return `${out.join('\n')}\n`;
};

function summary(report: ScanReport, shown: Finding[], paint: (style: Style, text: string) => string): string[] {
  const lines: string[] = [];
  if (report.workloads.length > 0) {
    const header = ['stratum', 'workloads', 'needs declared', 'findings'];
    const rows = ([1, 2, 3] as Stratum[]).map((s) => {
      const here = report.workloads.filter((w) => w.stratum === s);
      const addresses = new Set(here.map((w) => `${w.file}\u0000${w.address}`));
      const findings = shown.filter((f) => f.address !== undefined && addresses.has(`${f.location.file}\u0000${f.address}`));
      return [`${s} ${STRATUM_NAMES[s]}`, String(here.length), String(here.filter((w) => w.need).length), String(findings.length)];
    });
    // Findings about an annotation or a file, not a workload: their own row, so the column adds up to the total.
    const elsewhere = shown.length - rows.reduce((sum, row) => sum + Number(row[3]), 0);
    if (elsewhere > 0) rows.push(['no workload', '', '', String(elsewhere)]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ');
    lines.push(line(header), ...rows.map(line), '');
  }
  const count = (level: Level) => shown.filter((f) => f.level === level).length;
  const suppressed = report.findings.filter((f) => f.suppressions.length > 0).length;
  const baselined = report.findings.filter((f) => f.suppressions.length === 0 && f.baselineState === 'unchanged').length;
  const parts = [`${count('error')} error(s)`, `${count('warning')} warning(s)`, `${count('note')} note(s)`];
  const tail = [
    `${report.workloads.length} workload(s) in ${report.files.length} file(s)`,
    suppressed > 0 ? `${suppressed} suppressed` : '',
    baselined > 0 ? `${baselined} in the baseline` : '',
    report.staleBaseline ? `${report.staleBaseline} baseline entr${report.staleBaseline === 1 ? 'y' : 'ies'} no longer found` : '',
    report.diagnostics.length > 0 ? `${report.diagnostics.length} file problem(s) on stderr` : '',
  ].filter(Boolean);
  const headline = `${shown.length} finding(s): ${parts.join(', ')}; ${tail.join('; ')}`;
  lines.push(shown.length > 0 ? paint('bold', headline) : headline);
  return lines;
}

/** Diagnostics (files strata could not read or parse) for stderr. */
export function formatDiagnosticsText(diagnostics: Diagnostic[], color: boolean): string {
  if (diagnostics.length === 0) return '';
  const paint = (format: Style, text: string) => (color ? colored(format, text) : text);
  return `${diagnostics
    .map((d) => {
      const where = printable(d.location ? `${d.file}:${d.location.startLine}:${d.location.startColumn}` : d.file);
      const level = d.level === 'error' ? paint('red', 'error') : d.level === 'warning' ? paint('yellow', 'warning') : paint('cyan', 'note');
      return `strata: ${level}: ${where}: ${printable(d.message)}`;
    })
    .join('\n')}\n`;
}
