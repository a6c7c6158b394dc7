/**
 * A job summary for $GITHUB_STEP_SUMMARY: totals, the strata used against the strata
 * needed, and the findings grouped by rule with links to each rule's page.
 */
import type { Location, Stratum } from '../model.js';
import { isReported, STRATUM_NAMES } from '../model.js';
import { ruleDocUrl } from '../ruledocs.js';
import { markdownText } from '../text/escape.js';
import { sourceUrl, type FormatOptions, type Formatter } from './types.js';

/** `file:line:column`, linked to the line on the forge when the CI says where the commit is. */
function where(location: Location, options: FormatOptions): string {
  const text = markdownText(`${location.file}:${location.startLine}:${location.startColumn}`);
  const url = sourceUrl(location, options);
  return url ? `[${text}](${url})` : text;
}

export const formatMarkdown: Formatter<string> = (report, options) => {
  const shown = report.findings.filter(isReported);
  const count = (level: string) => shown.filter((f) => f.level === level).length;
  const out: string[] = ['## strata', ''];
  out.push(
    `**${shown.length} finding(s)** — ${count('error')} error(s), ${count('warning')} warning(s), ${count('note')} note(s) — in ${report.workloads.length} workload(s) across ${report.files.length} file(s).` +
      (report.findings.length > shown.length ? ` ${report.findings.length - shown.length} suppressed or in the baseline.` : '') +
      (report.staleBaseline ? ` ${report.staleBaseline} baseline entries no longer found.` : '') +
      (report.diagnostics.length > 0 ? ` ${report.diagnostics.length} file(s) could not be scanned.` : ''),
    '',
  );
  const strata: Stratum[] = [1, 2, 3];
  out.push('### Strata used and needed', '', '| runs on \\ needs | 1 process | 2 os | 3 hardware | undeclared |', '|---|---:|---:|---:|---:|');
  for (const used of strata) {
    const here = report.workloads.filter((w) => w.stratum === used);
    const cells = [...strata.map((needed) => here.filter((w) => w.need?.stratum === needed).length), here.filter((w) => !w.need).length];
    out.push(`| **${used} ${STRATUM_NAMES[used]}** | ${cells.join(' | ')} |`);
  }
  out.push('', 'Left of the diagonal: heavier than needed. Right of it: lighter than needed.', '');
  const byRule = new Map<string, typeof shown>();
  for (const f of shown) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  if (byRule.size > 0) out.push('### Findings', '');
  for (const [ruleId, findings] of [...byRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push(`#### [\`${ruleId}\`](${ruleDocUrl(ruleId)}) — ${findings.length}`, '', '| level | location | message |', '|---|---|---|');
    for (const f of findings) out.push(`| ${f.level} | ${where(f.location, options)} | ${markdownText(f.message)} |`);
    out.push('');
  }
  if (report.diagnostics.length > 0) {
    out.push('### Files not scanned', '', '| location | problem |', '|---|---|');
    for (const d of report.diagnostics) out.push(`| ${d.location ? where(d.location, options) : markdownText(d.file)} | ${markdownText(d.message)} |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
};
