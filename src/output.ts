/**
 * Where reports go: each output format with its formatter and the channel its output is
 * guarded for, the `--format x=file` / `--output` plan, and atomic writes that never land
 * on a file the scan read (a file named `--output=main.tf`…) nor two reports on one file.
 */
import { resolve } from 'node:path';
import { writeAtomically } from './atomic.js';
import { UsageError } from './discover.js';
import { formatCheckstyle } from './formatters/checkstyle.js';
import { formatGithub } from './formatters/github.js';
import { formatGitlab } from './formatters/gitlab.js';
import { formatHtml } from './formatters/html.js';
import { formatJson } from './formatters/json.js';
import { formatJunit } from './formatters/junit.js';
import { formatMarkdown } from './formatters/markdown.js';
import { formatSarif } from './formatters/sarif.js';
import { formatText } from './formatters/text.js';
import type { Formatter, ReportText } from './formatters/types.js';
import type { ScanReport } from './model.js';
import { realpathOr } from './read.js';
import { guardedChunks, type Channel } from './text/escape.js';

export const FORMATTERS: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
  html: formatHtml,
  junit: formatJunit,
  checkstyle: formatCheckstyle,
  gitlab: formatGitlab,
};
/** How each format's output is guarded on its way out (see text/escape.ts). */
export const CHANNELS: Record<string, Channel> = {
  text: 'text',
  json: 'json',
  sarif: 'json',
  github: 'github',
  markdown: 'markdown',
  html: 'html',
  junit: 'xml',
  checkstyle: 'xml',
  gitlab: 'json',
};

/** `--format sarif=out.sarif --format text`: each format, and the file it goes to (none: stdout, or --output). */
export function outputsOf(formats: string[], output: string | undefined): Array<{ format: string; file?: string }> {
  const parsed = (formats.length > 0 ? formats : ['text']).map((spec) => {
    const at = spec.indexOf('=');
    const format = at < 0 ? spec : spec.slice(0, at);
    if (!FORMATTERS[format]) throw new UsageError(`Unknown format "${format}": use ${Object.keys(FORMATTERS).join(', ')}`);
    return { format, file: at < 0 ? undefined : spec.slice(at + 1) || undefined };
  });
  const toStdout = parsed.filter((p) => !p.file);
  if (output) {
    if (toStdout.length !== 1) throw new UsageError('--output names one file: give it to a single --format, or write format=file for each');
    toStdout[0]!.file = output;
  } else if (toStdout.length > 1) {
    throw new UsageError('Only one format can go to stdout: write format=file for the others');
  }
  return parsed;
}

/**
 * Where reports will be written, real paths resolved. Two outputs onto one file would leave
 * only the last: refused before anything is scanned.
 */
export function writeTargets(cwd: string, files: string[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const file of files) {
    const target = realpathOr(resolve(cwd, file));
    if (targets.has(target)) throw new UsageError(`Two outputs name the same file ${file}: give each format its own file`);
    targets.set(target, file);
  }
  return targets;
}

/** A report written over a file strata scanned or read would destroy it (a file named `--output=main.tf`…): refused. */
export function refuseScannedTargets(targets: Map<string, string>, report: ScanReport, alsoRead: Array<string | undefined>): void {
  if (targets.size === 0) return;
  const refuse = (real: string) => {
    const file = targets.get(real);
    if (file !== undefined) throw new UsageError(`Refusing to write the report to ${file}: strata scanned or read that file`);
  };
  // Each path once, resolved only when the read did not prove its real path: every scanned file is also among those read.
  const proven = new Set<string>();
  const unresolved = new Set<string>();
  for (const { path, real } of report.read) {
    if (real === undefined) unresolved.add(path);
    else {
      refuse(real);
      proven.add(path);
    }
  }
  for (const path of [...report.files.map((f) => f.absolutePath), ...alsoRead]) if (path !== undefined && !proven.has(path)) unresolved.add(path);
  for (const path of unresolved) refuse(realpathOr(path));
}

/** Writes to --output atomically (a temp file beside it, then rename) or to stdout; every output is guarded for its channel. */
export function emit(raw: ReportText, output: string | undefined, io: { cwd: string; stdout: (text: string) => void }, channel: Channel): void {
  // Guarded and written a chunk at a time: the whole text of a report in pieces is never made.
  const chunks = guardedChunks(typeof raw === 'string' ? [raw] : raw, channel);
  if (!output) {
    for (const chunk of chunks) io.stdout(chunk);
    return;
  }
  try {
    writeAtomically(resolve(io.cwd, output), chunks);
  } catch (e) {
    // Only the file system's refusals are the user's to fix; a report that fails while it is made is strata's, with its stack.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    throw new UsageError(`Cannot write ${output}: ${code}`);
  }
}
