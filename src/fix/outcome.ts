/** What a fixing run did, or with `--dry-run` would do: the diff, the files written, one summary line, and every fix not made with why. */
import type { Diagnostic } from '../model.js';
import { unifiedDiff } from './diff.js';
import type { FileFix, FixPlan } from './plan.js';
import { applyFixPlan } from './write.js';

export interface FixOutcome {
  /** With --dry-run: the unified diff of every change. */
  diff?: string;
  summary: string;
  notes: Diagnostic[];
  /** Files the plan would change that were left as they were (changed since read, a symbolic link…). */
  failed: number;
}

export function carryOut(plan: FixPlan, dryRun: boolean): FixOutcome {
  const { written, notes } = applyFixPlan(plan, dryRun);
  return {
    ...(dryRun ? { diff: written.map((f) => unifiedDiff(f.file.path, f.text, f.changes)).join('') } : {}),
    summary: summary(written, dryRun ? 'would write' : 'wrote'),
    notes: [...plan.notes, ...notes],
    failed: plan.files.length - written.length,
  };
}

function summary(files: readonly FileFix[], verb: string): string {
  const annotations = files.reduce((n, f) => n + f.annotations, 0);
  const removals = files.reduce((n, f) => n + f.removals, 0);
  const what = [`${annotations} annotation(s)`, ...(removals > 0 ? [`removed ${removals} unused suppression(s)`] : [])].join(', ');
  return `strata: ${verb} ${what} in ${files.length} file(s)\n`;
}
