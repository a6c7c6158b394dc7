/**
 * The types that travel through the pipeline. Every coordinate in strata is a
 * `Location`: 1-based lines, 1-based UTF-16 columns, end exclusive. Parsers convert
 * into it where they meet their library; formatters convert out of it.
 */

export interface Location {
  /** POSIX path relative to the working directory. */
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export type Stratum = 1 | 2 | 3;
export const STRATUM_NAMES: Record<Stratum, string> = { 1: 'process', 2: 'os', 3: 'hardware' };

/** An input format's id: the format registry (src/parsers/registry.ts) lists them. */
export type { Format } from './parsers/registry.js';
import type { Format } from './parsers/registry.js';
import type { FixPlan } from './fix/plan.js';
export type Level = 'error' | 'warning' | 'note';

export interface SourceFile {
  /** POSIX path relative to the working directory. */
  path: string;
  absolutePath: string;
  format: Format;
}

/** A value strata cannot determine statically. Never replaced by "" or a guess. */
export class Unknown {
  constructor(
    readonly reason: string,
    /** The Terraform reference it rests on (`var.x`, `local.y`), for later resolution. */
    readonly reference?: string,
  ) {}
}
export type Value = string | number | boolean | null | Unknown | Value[] | { [key: string]: Value };

/**
 * One attribute a workload sets. `path` is dotted through nested blocks and objects
 * (`advanced_machine_features.enable_nested_virtualization`); repeated blocks yield
 * one fact per occurrence.
 */
export interface Fact {
  path: string;
  value: Value;
  location: Location;
  /** For a map written literally (tags, labels): where each key stands. */
  keys?: Record<string, Location>;
  /** Where the value really comes from when it is not written here (a variable default, a tfvars line, a module input). */
  origin?: Location;
  /**
   * The value as written, when what `value` holds was read from outside the scanned files
   * (a compose `.env`, where secrets live): messages show this, never `value`.
   */
  written?: Value;
}

/** A comment (or tag) that carries a strata directive, as written. */
export interface Comment {
  text: string;
  location: Location;
}

export type Annotation = NeedAnnotation | DefaultNeedAnnotation | SuppressionAnnotation | InvalidAnnotation;

interface AnnotationBase {
  location: Location;
  /** The directive text as written, for messages. */
  source: string;
}
export interface NeedAnnotation extends AnnotationBase {
  kind: 'need';
  stratum: Stratum;
  /** The word as written: `2`, `os` or an intent such as `custom-kernel`. */
  needs: string;
  reason?: string;
  /** `comment`, `tag`, `label`, `x-strata`, `metadata` (CloudFormation), `module`: how the need was written. */
  via: NeedSourceKind;
  /** For a need inherited from a Terraform module call: the call. */
  call?: Location;
  /** For a need from a module call: the needs on the module's other calls, which it overrides (one list for all the module's workloads). */
  others?: NeedAnnotation[];
}
export interface DefaultNeedAnnotation extends AnnotationBase {
  kind: 'default-need';
  stratum: Stratum;
  needs: string;
  reason?: string;
}
export interface SuppressionAnnotation extends AnnotationBase {
  kind: 'suppression';
  rules: string[];
  reason?: string;
  /** ISO date YYYY-MM-DD; the suppression is void after it. */
  until?: string;
}
export interface InvalidAnnotation extends AnnotationBase {
  kind: 'invalid';
  problem: string;
}

/** Needs written as data on the workload itself (tags, labels, `x-strata`, CloudFormation `Metadata`): one level, below a comment. */
export const WRITTEN_AS_DATA = ['tag', 'label', 'x-strata', 'metadata'] as const;

export type NeedSourceKind = 'comment' | (typeof WRITTEN_AS_DATA)[number] | 'file-default' | 'config' | 'module';

export interface Need {
  stratum: Stratum;
  needs: string;
  reason?: string;
  source: { kind: NeedSourceKind; location: Location; call?: Location };
}

export interface Workload {
  format: Format;
  /** What the catalog matches on: a Terraform resource type, `service`, a Vagrant provider. */
  kind: string;
  /** aws_instance.web | web | node-#{i}/virtualbox */
  address: string;
  file: string;
  /** The whole workload: block, service or call. */
  location: Location;
  /** The header a finding points at: resource line, service key, define or provider call. */
  header: Location;
  facts: Fact[];
  annotations: Annotation[];
  /** Where the workload comes from beyond its own lines: a loop, a base file it is merged over. */
  context?: Evidence[];
  /** The template a rendered document came from (Helm's `# Source:` comment): findings' messages name it. */
  renderedFrom?: string;
}

export interface Evidence {
  reason: string;
  location: Location;
}

/** A lighter technology the catalog suggests in place of a workload's, resolved from its entry's `alternatives`. */
export interface Alternative {
  /** The catalog technology's id, when the catalog has an entry for it. */
  technology?: string;
  name: string;
  stratum: Stratum;
  reference: string;
  note?: string;
}

export interface ClassifiedWorkload extends Workload {
  technology: string;
  technologyName: string;
  stratum: Stratum;
  /** Every stratum the workload could be on once unknown values are known. */
  possibleStrata: Stratum[];
  nestedVirtualization: boolean;
  /** The workload's processes run on the host's kernel (a container), whatever it runs inside. */
  sharesHostKernel: boolean;
  isolationBreaches: Evidence[];
  evidence: Evidence[];
  /** The technology's lighter alternatives (its catalog entry's `alternatives`), in the order written. */
  alternatives: Alternative[];
  need: Need | null;
}

export interface Diagnostic {
  file: string;
  /** Absent when the problem is with the file as a whole. */
  location?: Location;
  message: string;
  level: Level;
}

export interface Suppression {
  kind: 'inSource';
  justification: string;
  location: Location;
}

/** A place that explains a finding, and what it is to it: SARIF links each from the message by its role. */
export interface RelatedLocation {
  location: Location;
  message: string;
  role: 'decision' | 'breach' | 'need' | 'module-call';
}

export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  location: Location;
  related: RelatedLocation[];
  /** Stable across line moves: rule id + file + workload address (or annotation text). */
  fingerprint: string;
  /** The workload the finding is about, when it is about one. */
  address?: string;
  suppressions: Suppression[];
  /** With --baseline: whether the finding was already there. */
  baselineState?: 'new' | 'unchanged';
  /** Technologies that would serve the workload's need (heavier-than-needed). */
  alternatives?: Alternative[];
  /** What would fix it, as the rule says (see src/fix/): turned into `fix` when a run asks for fixes. */
  fixable?: FixIntent;
  /** The exact edit that fixes it, when the run computed fixes (`annotate`, `scan --fix`, SARIF). */
  fix?: Fix;
}

/** A fix as a rule states it: what to do, not yet where in the text. */
export type FixIntent =
  /** Write `strata: needs=<needs> reason="TODO: why"` above the workload; no word when its stratum is not certain. */
  | { kind: 'declare-need'; needs?: string }
  /** Take these rules out of the suppression (all of them: the whole comment). */
  | { kind: 'remove-suppression'; rules: string[] };

/** Whole lines replaced in one file: `deleteCount` lines from `line` (1-based) give way to `insert` (each with its line break, if it has one). */
export interface LineChange {
  line: number;
  deleteCount: number;
  insert: string[];
}

export interface Fix {
  description: string;
  file: string;
  changes: LineChange[];
}

/** Whether a finding is reported to people and counts for the exit code: not suppressed, not in the baseline. */
export function isReported(finding: Finding): boolean {
  return finding.suppressions.length === 0 && finding.baselineState !== 'unchanged';
}

/**
 * Every problem with a file, as diagnostics: the `parse-error` findings (files strata could not
 * read or parse) and the notes, sorted by file and position. For views without rules (inventory).
 */
export function fileProblems(report: ScanReport): Diagnostic[] {
  const problems: Diagnostic[] = report.findings
    .filter((f) => f.ruleId === 'parse-error')
    .map((f) => ({ file: f.location.file, location: f.location, message: f.message, level: f.level }));
  return [...problems, ...report.diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
      (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0),
  );
}

export interface ScanReport {
  files: SourceFile[];
  workloads: ClassifiedWorkload[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Lines of every scanned file, kept for code frames. */
  sources: Map<string, string>;
  /** Every file the scan read or tried to (absolute), with its real path where the read proved it: a report must never be written over one. */
  read: Array<{ path: string; real?: string }>;
  /** With --baseline: baseline entries that no longer match any finding. */
  staleBaseline?: number;
  /** When the scan was asked for fixes: each file's changes, and the fixes not made with why. */
  fixes?: FixPlan;
}
