/**
 * --changed-since <ref>: the files changed since the merge base of HEAD and <ref>, and
 * the untracked ones, from git run with execFile and fixed arguments (never a shell).
 * Everything is still read, so a changed file is judged with its context (its compose base
 * file, the module that calls it, the variables beside it); only the report is narrowed.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { realpathOr, repositoryRootOf } from './read.js';
import { UsageError } from './discover.js';
import type { ScanReport } from './model.js';

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr?.trim();
    throw new UsageError(`git ${args[0]} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
  }
}

/** Absolute paths of the files changed since the merge base with `ref`, untracked ones included. */
export function changedFiles(cwd: string, ref: string): Set<string> {
  if (ref.startsWith('-') || ref.trim() === '') throw new UsageError(`--changed-since takes a git ref, not "${ref}"`);
  let root: string;
  try {
    root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new UsageError('--changed-since needs a git repository, and this is not one');
  }
  // A ref is never an option: `--output=…` would be one to git.
  if (ref.startsWith('-')) throw new UsageError(`--changed-since takes a git ref, not "${ref}"`);
  const base = git(cwd, ['merge-base', '--end-of-options', 'HEAD', ref]).trim();
  const names = [...git(root, ['diff', '--name-only', '-z', base, '--']).split('\0'), ...git(root, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0')].filter(
    Boolean,
  );
  return new Set(names.map((name) => realpathOr(resolve(root, name))));
}

/** Narrows a report to the given files. */
export function onlyFiles(report: ScanReport, files: Set<string>, cwd: string): void {
  const keep = (file: string) => files.has(realpathOr(resolve(cwd, file)));
  report.findings = report.findings.filter((f) => keep(f.location.file));
  report.workloads = report.workloads.filter((w) => keep(w.file));
  report.diagnostics = report.diagnostics.filter((d) => keep(d.file));
  report.files = report.files.filter((f) => files.has(realpathOr(f.absolutePath)));
  // Fixes too: only the files reported on are written.
  if (report.fixes)
    report.fixes = { ...report.fixes, files: report.fixes.files.filter((f) => files.has(realpathOr(f.file.absolutePath))), notes: report.fixes.notes.filter((d) => keep(d.file)) };
}

/**
 * Files named on the command line (pre-commit passes only the changed ones) are judged with
 * their context, as --changed-since judges changed files: a module's need is on the call in
 * another file, an override's base sits beside it. When every path is a file, the scan takes
 * in the files' repository (or the working directory outside one) and the report is narrowed
 * to the files named.
 */
export function namedFilesInContext(cwd: string, paths: string[]): { paths: string[]; named: Set<string> } | undefined {
  if (paths.length === 0) return undefined;
  const named = new Set<string>();
  for (const path of paths) {
    try {
      if (!statSync(resolve(cwd, path)).isFile()) return undefined;
    } catch {
      return undefined;
    }
    named.add(realpathOr(resolve(cwd, path)));
  }
  // Found along the path as named: a file named through a link to another repository does not make that repository the context (fixes would be written there).
  const context = repositoryRootOf(dirname(resolve(cwd, paths[0]!))) ?? cwd;
  return { paths: [relative(cwd, context) || '.', ...paths], named };
}
