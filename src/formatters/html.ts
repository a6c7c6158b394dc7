/**
 * One self-contained HTML file: a summary, an inline-SVG chart of workloads by the
 * stratum they run on and the stratum they need, and the findings with code frames,
 * filterable by rule and level. No network: styles and the filter script are inline,
 * and a Content-Security-Policy forbids loading anything.
 */
import type { Finding, Location, ScanReport, Stratum } from '../model.js';
import { isReported, STRATUM_NAMES } from '../model.js';
import { ruleDocUrl } from '../ruledocs.js';
import { htmlText } from '../text/escape.js';
import { frames } from '../text/frame.js';
import { sourceUrl, type FormatOptions, type Formatter } from './types.js';

const STRATA: Stratum[] = [1, 2, 3];
const NEED_COLUMNS = ['1 process', '2 os', '3 hardware', 'undeclared'];
const COLORS = ['#2b8a3e', '#1971c2', '#c2255c', '#868e96'];

/** Grouped bars: for each stratum a workload runs on, how many need 1, 2, 3 or nothing said. */
function chart(report: ScanReport): string {
  const counts = STRATA.map((used) => {
    const here = report.workloads.filter((w) => w.stratum === used);
    return [...STRATA.map((needed) => here.filter((w) => w.need?.stratum === needed).length), here.filter((w) => !w.need).length];
  });
  const max = Math.max(1, ...counts.flat());
  const width = 640;
  const height = 270;
  const groupWidth = (width - 60) / 3;
  const barWidth = groupWidth / 5;
  const bars: string[] = [];
  counts.forEach((group, g) => {
    group.forEach((count, b) => {
      const h = Math.round((count / max) * (height - 100));
      const x = 50 + g * groupWidth + b * barWidth + barWidth / 2;
      const y = height - 40 - h;
      bars.push(
        `<rect class="bar" data-runs-on="${g + 1}" data-needs="${NEED_COLUMNS[b]}" x="${x.toFixed(1)}" y="${y}" width="${(barWidth - 4).toFixed(1)}" height="${h}" fill="${COLORS[b]}"><title>runs on ${g + 1} ${STRATUM_NAMES[(g + 1) as Stratum]}, needs ${NEED_COLUMNS[b]}: ${count}</title></rect>`,
        `<text x="${(x + (barWidth - 4) / 2).toFixed(1)}" y="${y - 4}" text-anchor="middle" font-size="11">${count}</text>`,
      );
    });
    bars.push(
      `<text x="${(50 + g * groupWidth + groupWidth / 2).toFixed(1)}" y="${height - 20}" text-anchor="middle" font-size="13">runs on ${g + 1} ${STRATUM_NAMES[(g + 1) as Stratum]}</text>`,
    );
  });
  const legend = NEED_COLUMNS.map(
    (label, i) => `<rect x="${50 + i * 130}" y="8" width="12" height="12" fill="${COLORS[i]}"/><text x="${66 + i * 130}" y="18" font-size="12">needs ${label}</text>`,
  ).join('');
  return `<svg id="strata-chart" role="img" aria-label="Workloads by stratum used and stratum needed" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><line x1="45" y1="${height - 40}" x2="${width - 5}" y2="${height - 40}" stroke="#adb5bd"/>${legend}${bars.join('')}</svg>`;
}

/** Rows: the stratum run on; columns: the stratum needed. Below the diagonal is heavier than needed, above it lighter. */
function matrix(report: ScanReport): string {
  const header = `<tr><th scope="col">runs on \\ needs</th>${NEED_COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr>`;
  const rows = STRATA.map((used) => {
    const here = report.workloads.filter((w) => w.stratum === used);
    const cells = STRATA.map((needed) => {
      const fit = needed < used ? 'heavier' : needed > used ? 'lighter' : 'fits';
      return `<td class="${fit}" title="${fit === 'fits' ? 'runs on what it needs' : `${fit} than needed`}">${here.filter((w) => w.need?.stratum === needed).length}</td>`;
    });
    return `<tr><th scope="row">${used} ${STRATUM_NAMES[used]}</th>${cells.join('')}<td class="undeclared">${here.filter((w) => !w.need).length}</td></tr>`;
  });
  return `<table id="strata-matrix">
<caption>Workloads by the stratum they run on (rows) and the stratum they need (columns). <span class="heavier">Amber cells</span>, left of the diagonal, are <strong>heavier than needed</strong>: more isolation, and cost, than the workload asks for. <span class="lighter">Red cells</span>, right of it, are <strong>lighter than needed</strong>: the workload cannot get what it needs there. The diagonal fits; the last column declares no need.</caption>
${header}
${rows.join('\n')}
</table>`;
}

/** `file:line:column`, a link to the line on the forge when the CI says where the commit is. */
function where(location: Location, options: FormatOptions): string {
  const text = `<code>${htmlText(`${location.file}:${location.startLine}:${location.startColumn}`)}</code>`;
  const url = sourceUrl(location, options);
  return url ? `<a href="${htmlText(url)}">${text}</a>` : text;
}

function findingHtml(finding: Finding, frameText: (f: Finding) => string, options: FormatOptions): string {
  const related = finding.related.map((r) => `<li>${where(r.location, options)} ${htmlText(r.message)}</li>`).join('');
  return `<article class="finding level-${finding.level}" data-rule="${htmlText(finding.ruleId)}" data-level="${finding.level}">
<header><span class="level">${finding.level}</span> ${where(finding.location, options)} <a href="${htmlText(ruleDocUrl(finding.ruleId))}">${htmlText(finding.ruleId)}</a></header>
<p>${htmlText(finding.message)}</p>
<pre>${frameText(finding).split('\n').map(htmlText).join('\n')}</pre>${related ? `<ul>${related}</ul>` : ''}
</article>`;
}

/** What an empty findings section says: nothing was found, or nothing was there to look at. */
function emptyState(report: ScanReport): string {
  if (report.files.length === 0) return 'No files were scanned: strata found nothing it reads under the paths given.';
  if (report.findings.length > 0) return 'No findings to show: every finding is suppressed or in the baseline.';
  return `No findings in ${report.workloads.length} workload(s) across ${report.files.length} file(s).`;
}

export const formatHtml: Formatter<string> = (report, options) => {
  const shown = report.findings.filter(isReported);
  const hidden = report.findings.length - shown.length;
  const frameOf = frames(report.sources);
  const frameText = (f: Finding) => frameOf(f.location).join('\n');
  const rules = [...new Set(shown.map((f) => f.ruleId))].sort();
  const count = (level: string) => shown.filter((f) => f.level === level).length;
  const diagnostics = report.diagnostics.map((d) => `<li>${d.location ? where(d.location, options) : `<code>${htmlText(d.file)}</code>`} ${htmlText(d.message)}</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>strata report</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1000px; color: #212529; padding: 0 1rem; }
h1 { margin-bottom: 0.2rem; } .summary { color: #495057; }
.filters { display: flex; gap: 1rem; margin: 1rem 0; align-items: center; }
.finding { border: 1px solid #dee2e6; border-left-width: 4px; border-radius: 4px; padding: 0.5rem 0.8rem; margin: 0.6rem 0; }
.level-error { border-left-color: #e03131; } .level-warning { border-left-color: #f08c00; } .level-note { border-left-color: #1c7ed6; }
.level { font-weight: 600; text-transform: uppercase; font-size: 11px; }
pre { background: #f8f9fa; padding: 0.5rem; overflow-x: auto; font-size: 12px; }
.finding[hidden], .filters[hidden] { display: none; }
table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #dee2e6; padding: 0.3rem 0.7rem; text-align: right; }
caption { caption-side: bottom; text-align: left; color: #495057; padding-top: 0.4rem; }
.heavier { background: #fff3bf; } .lighter { background: #ffe3e3; } .fits { background: #ebfbee; }
#no-findings { font-size: 1.1rem; color: #2b8a3e; }
</style>
</head>
<body>
<h1>strata</h1>
<p class="summary" id="summary"><strong>${shown.length}</strong> finding(s): ${count('error')} error(s), ${count('warning')} warning(s), ${count('note')} note(s), in ${report.workloads.length} workload(s) across ${report.files.length} file(s).${hidden > 0 ? ` <span id="suppressed">${hidden} suppressed or in the baseline.</span>` : ''}${report.diagnostics.length > 0 ? ` ${report.diagnostics.length} file(s) could not be scanned.` : ''}</p>
<p class="summary" id="made-by">strata ${htmlText(options.toolVersion)}${options.catalogVersion ? ` (catalog ${htmlText(options.catalogVersion)})` : ''}${
    options.generatedAt
      ? `, <time datetime="${options.generatedAt.toISOString()}">${options.generatedAt
          .toISOString()
          .replace('T', ' ')
          .replace(/\.\d+Z$/, ' UTC')}</time>`
      : ''
  }</p>
<h2>Strata used and needed</h2>
${chart(report)}
${matrix(report)}
<h2>Findings</h2>
${shown.length === 0 ? `<p id="no-findings">${emptyState(report)}</p>` : ''}<div class="filters"${shown.length === 0 ? ' hidden' : ''}>
<label>Rule <select id="rule-filter"><option value="">all rules</option>${rules.map((r) => `<option>${htmlText(r)}</option>`).join('')}</select></label>
<label>Level <select id="level-filter"><option value="">all levels</option><option>error</option><option>warning</option><option>note</option></select></label>
<span id="visible-count">${shown.length} shown</span>
</div>
<section id="findings">
${shown.map((f) => findingHtml(f, frameText, options)).join('\n')}
</section>
${diagnostics ? `<h2>Files not scanned</h2><ul id="diagnostics">${diagnostics}</ul>` : ''}
<script>
(() => {
  const rule = document.getElementById('rule-filter');
  const level = document.getElementById('level-filter');
  const apply = () => {
    let visible = 0;
    for (const el of document.querySelectorAll('.finding')) {
      const show = (!rule.value || el.dataset.rule === rule.value) && (!level.value || el.dataset.level === level.value);
      el.hidden = !show;
      if (show) visible++;
    }
    document.getElementById('visible-count').textContent = visible + ' shown';
  };
  rule.addEventListener('change', apply);
  level.addEventListener('change', apply);
})();
</script>
</body>
</html>
`;
};
