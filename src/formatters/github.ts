/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), so findings
 * annotate a pull request's diff without code scanning. Suppressed findings are left out.
 */
import { isReported, type Level } from '../model.js';
import { printable } from '../text/escape.js';
import { fromRepositoryRoot, type Formatter } from './types.js';

const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** Escaping as the runner's command parser expects it; other controls are shown, never sent raw. */
function data(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter<string> = (report, options) => {
  const path = (file: string) => property(fromRepositoryRoot(file, options));
  const lines: string[] = [];
  for (const f of report.findings) {
    if (!isReported(f)) continue;
    const l = f.location;
    const where = `file=${path(l.file)},line=${l.startLine},endLine=${l.endLine},col=${l.startColumn},endColumn=${l.endColumn}`;
    lines.push(`::${COMMAND[f.level]} ${where},title=${property(`strata ${f.ruleId}`)}::${data(f.message)}`);
  }
  for (const d of report.diagnostics) {
    const where = d.location ? `file=${path(d.file)},line=${d.location.startLine},col=${d.location.startColumn}` : `file=${path(d.file)}`;
    lines.push(`::${COMMAND[d.level]} ${where},title=${property('strata: file not scanned')}::${data(d.message)}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
