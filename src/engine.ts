/**
 * Runs the rules. Workload rules see one classified workload each; suppressions are
 * applied here, centrally, never by a rule; then annotation rules see every
 * annotation with what the run made of it (expired, used). Rules name what they
 * point at; this module resolves those names to locations.
 */
import { createHash } from 'node:crypto';
import { append } from './arrays.js';
import { clip } from './text/escape.js';
import type { Annotation, ClassifiedWorkload, Diagnostic, Finding, Level, Location, RelatedLocation, SuppressionAnnotation } from './model.js';
import type { AnnotationState, RelatedRef, Rule, RuleReport } from './rule.js';

/** A message longer than this is cut (with …): a name a megabyte long must not make every report a megabyte. */
const MESSAGE_LENGTH = 2000;

export interface EngineInput {
  workloads: ClassifiedWorkload[];
  /** Annotations not on any workload: file defaults, strays, and those found to conflict. */
  looseAnnotations: Annotation[];
  /** YYYY-MM-DD: suppressions with an earlier `until` have expired. */
  today: string;
  /** Files that could not be read or parsed, each problem located. */
  fileProblems?: Diagnostic[];
  /** Rule levels from the configuration: `off` turns a rule off, a level replaces the rule's. */
  levels?: Record<string, Level | 'off'>;
  /** The levels that apply to findings in one file, where the config's overrides set any. */
  levelsFor?: (file: string) => Record<string, Level | 'off'> | undefined;
  /** false (--no-inline-ignores): strata-ignore comments suppress nothing, and are not judged. */
  inlineIgnores?: boolean;
}

export function evaluate(input: EngineInput, allRules: readonly Rule[]): Finding[] {
  const levels = input.levels ?? {};
  // With per-path levels a rule off everywhere may still be on for some paths: applyPathLevels decides.
  const rules = allRules.filter((r) => levels[r.meta.id] !== 'off' || input.levelsFor);
  const levelOf = (rule: Rule, report: RuleReport): Level => {
    const configured = levels[rule.meta.id];
    return configured && configured !== 'off' ? configured : (report.level ?? rule.meta.level);
  };
  const findings: Finding[] = [];
  const fingerprints = new Fingerprints();
  const used = new Map<Annotation, Set<string>>();

  for (const problem of input.fileProblems ?? []) {
    const location = problem.location ?? { file: problem.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    for (const rule of rules) {
      if (rule.scope !== 'file') continue;
      for (const report of rule.check(problem)) {
        findings.push({
          ruleId: rule.meta.id,
          level: levelOf(rule, report),
          message: clip(report.message, MESSAGE_LENGTH),
          location,
          related: [],
          fingerprint: fingerprints.next(rule.meta.id, problem.file, report.message),
          suppressions: [],
        });
      }
    }
  }

  for (const workload of input.workloads) {
    const own: Finding[] = [];
    for (const rule of rules) {
      if (rule.scope !== 'workload') continue;
      for (const report of rule.check(workload)) {
        own.push({
          ruleId: rule.meta.id,
          level: levelOf(rule, report),
          message: clip(workload.renderedFrom ? `${report.message} (rendered from ${workload.renderedFrom})` : report.message, MESSAGE_LENGTH),
          location: workload.header,
          related: resolveRelated(report, workload),
          fingerprint: fingerprints.next(rule.meta.id, workload.file, workload.address),
          address: workload.address,
          suppressions: [],
          ...(report.alternatives ? { alternatives: report.alternatives } : {}),
          ...(report.fix ? { fixable: report.fix } : {}),
        });
      }
    }
    const suppressions = workload.annotations.filter((a): a is SuppressionAnnotation => a.kind === 'suppression' && !isExpired(a, input.today) && input.inlineIgnores !== false);
    for (const finding of own) {
      for (const suppression of suppressions) {
        if (!suppression.rules.includes(finding.ruleId)) continue;
        finding.suppressions.push({ kind: 'inSource', justification: suppression.reason ?? '', location: suppression.location });
        const rulesUsed = used.get(suppression);
        if (rulesUsed) rulesUsed.add(finding.ruleId);
        else used.set(suppression, new Set([finding.ruleId]));
      }
    }
    append(findings, own);
  }

  const annotations = [...input.workloads.flatMap((w) => w.annotations), ...input.looseAnnotations];
  for (const annotation of annotations) {
    if (annotation.kind === 'suppression' && input.inlineIgnores === false) continue;
    const state: AnnotationState = {
      annotation,
      expired: annotation.kind === 'suppression' && isExpired(annotation, input.today),
      usedRules: used.get(annotation) ?? new Set(),
    };
    for (const rule of rules) {
      if (rule.scope !== 'annotation') continue;
      for (const report of rule.check(state)) {
        findings.push({
          ruleId: rule.meta.id,
          level: levelOf(rule, report),
          message: clip(report.message, MESSAGE_LENGTH),
          location: annotation.location,
          related: [],
          fingerprint: fingerprints.next(rule.meta.id, annotation.location.file, annotation.source),
          suppressions: [],
          ...(report.fix ? { fixable: report.fix } : {}),
        });
      }
    }
  }
  return (input.levelsFor ? applyPathLevels(findings, levels, input.levelsFor) : findings).sort(compareFindings);
}

/** The config's per-path rule levels, applied centrally: `off` drops the finding, a level replaces the rule's. */
function applyPathLevels(findings: Finding[], levels: Record<string, Level | 'off'>, levelsFor: NonNullable<EngineInput['levelsFor']>): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = (levelsFor(finding.location.file) ?? levels)[finding.ruleId];
    if (setting === 'off') continue;
    if (setting) finding.level = setting;
    out.push(finding);
  }
  return out;
}

function isExpired(suppression: SuppressionAnnotation, today: string): boolean {
  return suppression.until !== undefined && suppression.until < today;
}

function resolveRelated(report: RuleReport, workload: ClassifiedWorkload): Finding['related'] {
  const related: Finding['related'] = [];
  const seen = new Set<string>();
  const add = (location: Location, message: string, role: RelatedLocation['role']) => {
    const key = `${location.file}\u0000${location.startLine}\u0000${location.startColumn}\u0000${location.endLine}\u0000${location.endColumn}`;
    if (seen.has(key)) return;
    seen.add(key);
    related.push({ location, message: clip(message, MESSAGE_LENGTH), role });
  };
  for (const ref of report.related ?? []) resolveRef(ref, workload, add);
  return related;
}

function resolveRef(ref: RelatedRef, w: ClassifiedWorkload, add: (location: Location, message: string, role: RelatedLocation['role']) => void): void {
  switch (ref.to) {
    case 'need':
      if (w.need) {
        add(w.need.source.location, `need declared here (${w.need.source.kind}): needs=${w.need.needs}`, 'need');
        if (w.need.source.call) add(w.need.source.call, 'the module call that loads this workload', 'module-call');
      }
      return;
    case 'decision':
      for (const e of w.evidence) if (!sameLocation(e.location, w.header)) add(e.location, e.reason, 'decision');
      return;
    case 'breaches':
      for (const e of w.isolationBreaches) add(e.location, e.reason, 'breach');
      return;
  }
}

function sameLocation(a: Location, b: Location): boolean {
  return a.file === b.file && a.startLine === b.startLine && a.startColumn === b.startColumn && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

/** Fingerprints from rule + file + subject, never a line; repeats get an ordinal so none collide. */
class Fingerprints {
  private readonly seen = new Map<string, number>();
  next(ruleId: string, file: string, subject: string): string {
    const base = `${ruleId}\u0000${file}\u0000${subject}`;
    const n = this.seen.get(base) ?? 0;
    this.seen.set(base, n + 1);
    return createHash('sha256')
      .update(n === 0 ? base : `${base}\u0000${n}`)
      .digest('hex')
      .slice(0, 32);
  }
}

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, note: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLocations(a.location, b.location) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function compareLocations(a: Location, b: Location): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.startLine - b.startLine || a.startColumn - b.startColumn;
}
