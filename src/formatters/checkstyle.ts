/**
 * Checkstyle XML, which Jenkins' Warnings Next Generation plugin, reviewdog, Danger and
 * most code review bots read: a `<file>` per file with something to say, an `<error>` per
 * unsuppressed finding (severity error, warning or info) with `source` naming the rule.
 * Files that could not be scanned are reported on the file, as `strata.file-not-scanned`.
 */
import type { Level } from '../model.js';
import { isReported } from '../model.js';
import { xmlText as x } from '../text/escape.js';
import { fromRepositoryRoot, type Formatter } from './types.js';

const SEVERITY: Record<Level, string> = { error: 'error', warning: 'warning', note: 'info' };

/** The XMLLogger format version that consumers of checkstyle reports expect. */
const FORMAT_VERSION = '4.3';

export const formatCheckstyle: Formatter<string> = (report, options) => {
  const byFile = new Map<string, string[]>();
  const add = (file: string, line: number | undefined, column: number | undefined, level: Level, message: string, source: string) => {
    const path = fromRepositoryRoot(file, options);
    const where = `${line !== undefined ? ` line="${line}"` : ''}${column !== undefined ? ` column="${column}"` : ''}`;
    const error = `    <error${where} severity="${SEVERITY[level]}" message="${x(message)}" source="${x(source)}"/>`;
    const errors = byFile.get(path);
    if (errors) errors.push(error);
    else byFile.set(path, [error]);
  };
  for (const f of report.findings) {
    if (isReported(f)) add(f.location.file, f.location.startLine, f.location.startColumn, f.level, f.message, `strata.${f.ruleId}`);
  }
  for (const d of report.diagnostics) add(d.file, d.location?.startLine, d.location?.startColumn, d.level, d.message, 'strata.file-not-scanned');
  const files = [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, errors]) => [`  <file name="${x(path)}">`, ...errors, '  </file>'].join('\n'));
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<checkstyle version="${FORMAT_VERSION}">`, ...files, '</checkstyle>', ''].join('\n');
};
