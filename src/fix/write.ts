/**
 * Writing a fixed file back, as carefully as it was read: only a regular file (never through
 * a symbolic link) whose real path lies inside a scan root and outside `.git`, only when it
 * still holds exactly the text the fixes were made from (else it changed since: left alone),
 * only UTF-8; atomically (a new file beside it, created exclusively with the file's mode,
 * then renamed over it), so a reader never sees half a file and a crash leaves the old one.
 */
import { lstatSync, type Stats } from 'node:fs';
import { writeAtomically } from '../atomic.js';
import type { Diagnostic } from '../model.js';
import { insideWithoutGit, readConfined, realpathOr, type ReadPolicy } from '../read.js';
import { applyChanges } from './lines.js';
import type { FileFix, FixPlan } from './plan.js';

/**
 * Writes every planned file; what could not be written is a note, and the others are still
 * written. With `dryRun`, each file is checked as it would be before its write, and none is
 * written: a dry run shows exactly what a run would write.
 */
export function applyFixPlan(plan: FixPlan, dryRun = false): { written: FileFix[]; notes: Diagnostic[] } {
  const written: FileFix[] = [];
  const notes: Diagnostic[] = [];
  for (const fix of plan.files) {
    const result = writeFixed(fix.file.absolutePath, fix.text, dryRun ? undefined : applyChanges(fix.text, fix.changes), plan.policy);
    if (result.ok) written.push(fix);
    else notes.push({ file: fix.file.path, message: result.message, level: 'note' });
  }
  return { written, notes };
}

type WriteResult = { ok: true } | { ok: false; message: string };

/** `fixed` undefined: only the checks, nothing written. */
function writeFixed(absolutePath: string, expected: string, fixed: string | undefined, { roots, maxBytes }: ReadPolicy): WriteResult {
  const refuse = (message: string): WriteResult => ({ ok: false, message });
  let stats: Stats;
  try {
    stats = lstatSync(absolutePath);
    if (stats.isSymbolicLink()) return refuse('Not fixed: it is a symbolic link, and strata never writes through one');
    if (!stats.isFile()) return refuse('Not fixed: not a regular file');
    // A rename over it would succeed where writing into it may not: a file nobody may write is left as it is.
    if ((stats.mode & 0o222) === 0) return refuse('Not fixed: the file is read-only');
  } catch (e) {
    return refuse(`Not fixed: cannot read it again (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const real = realpathOr(absolutePath);
  if (!roots.some((root) => insideWithoutGit(root, real))) return refuse('Not fixed: it lies outside the scanned directories');
  const bytes = readConfined(real, { roots, maxBytes });
  if (!Buffer.isBuffer(bytes)) return refuse(`Not fixed: ${bytes.message}`);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return refuse('Not fixed: it is UTF-16, and strata writes only UTF-8 files');
  }
  if (bytes.toString('utf8') !== expected) return refuse('Not fixed: the file changed since strata read it; run again');
  if (fixed === undefined) return { ok: true };
  try {
    writeAtomically(real, fixed, stats);
    return { ok: true };
  } catch (e) {
    return refuse(`Not fixed: cannot write it (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}
