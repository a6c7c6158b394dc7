import type { Diagnostic, ScanReport } from '../model.js';
import type { Rule } from '../rule.js';

export interface FormatOptions {
  rules: readonly Rule[];
  color: boolean;
  /** SARIF automationDetails.id: tells GitHub which analysis a run belongs to. */
  category?: string;
  toolVersion: string;
  /**
   * The working directory relative to the repository root (POSIX, '' at the root): SARIF
   * and GitHub annotations name files from the root, whatever directory strata ran in.
   */
  repositoryPrefix?: string;
}

/** A report path (relative to the working directory) as the repository sees it. */
export function fromRepositoryRoot(path: string, options: FormatOptions): string {
  if (!options.repositoryPrefix) return path;
  const parts: string[] = [];
  for (const part of `${options.repositoryPrefix}/${path}`.split('/')) {
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** A diagnostic as the JSON formats write it: `line`/`column` null when it is about the whole file. */
export function diagnosticJson(d: Diagnostic) {
  return { file: d.file, line: d.location?.startLine ?? null, column: d.location?.startColumn ?? null, level: d.level, message: d.message };
}

export type Formatter = (report: ScanReport, options: FormatOptions) => string;
