/**
 * What a rule is. A rule is one file under rules/: metadata (from which every piece
 * of documentation is generated) and one pure `check`. Rules never compute
 * locations: they name what they point at, and the engine resolves it.
 */
import { STRATUM_NAMES, type Alternative, type Annotation, type ClassifiedWorkload, type Diagnostic, type FixIntent, type Level, type Stratum } from './model.js';

export interface RuleMeta {
  id: string;
  level: Level;
  /** One line: what the rule reports. */
  title: string;
  /** A paragraph: why it matters and when it fires. */
  description: string;
  help: {
    /** How to fix it, in a sentence or two. */
    fix: string;
    bad: string;
    good: string;
  };
  tags: string[];
  /**
   * For a rule tagged `security`: how severe, 0.0–10.0 as CVSS scores it. GitHub code
   * scanning ranks security alerts by it (critical above 9, high from 7, medium from 4).
   */
  securitySeverity?: number;
}

/** What a related location points at; the engine turns each into a location. */
export type RelatedRef = { to: 'need' } | { to: 'decision' } | { to: 'breaches' };

export interface RuleReport {
  message: string;
  /** Overrides the rule's default level for this finding. */
  level?: Level;
  related?: RelatedRef[];
  /** Technologies that would serve better, carried into the finding as data (JSON fields, SARIF properties). */
  alternatives?: Alternative[];
  /** What would fix it (`strata annotate`, `scan --fix`, SARIF `fixes`). */
  fix?: FixIntent;
}

export interface WorkloadRule {
  meta: RuleMeta;
  scope: 'workload';
  check(workload: ClassifiedWorkload): RuleReport[];
}

export interface AnnotationState {
  annotation: Annotation;
  /** A suppression whose `until` date has passed. */
  expired: boolean;
  /** The rules among a suppression's that suppressed a finding (none: the suppression is unused). */
  usedRules: ReadonlySet<string>;
}

export interface AnnotationRule {
  meta: RuleMeta;
  scope: 'annotation';
  check(state: AnnotationState): RuleReport[];
}

/** Sees each problem reading or parsing a file (a located diagnostic that is not a mere note). */
export interface FileRule {
  meta: RuleMeta;
  scope: 'file';
  check(problem: Diagnostic): RuleReport[];
}

export type Rule = WorkloadRule | AnnotationRule | FileRule;

/** `stratum 2 (os)`: how every message names a stratum. */
export function stratumLabel(stratum: Stratum): string {
  return `stratum ${stratum} (${STRATUM_NAMES[stratum]})`;
}
