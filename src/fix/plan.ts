/**
 * From what rules say would fix their findings (`Finding.fixable`) to the exact lines that
 * change in each file (`Finding.fix`), as ESLint turns rule fixes into edits: the need
 * annotations `strata annotate` writes and the unused suppressions `scan --fix` removes.
 *
 * An annotation is written as a line comment (the format's `lineComment`) directly above the
 * workload's header line, at its indentation; workloads whose headers share a line get one.
 * Where it goes is then proved, not assumed: the file is parsed again with every change made,
 * and an annotation is kept only if it attaches to exactly the workloads it was written for.
 * A file that did not parse, that cannot hold a comment, or that is not among the scanned
 * files is left alone with a note saying why.
 */
import { PLACEHOLDER, suppressionRuleWords } from '../annotations.js';
import type { Annotation, Diagnostic, Finding, FixIntent, LineChange, Location, SourceFile, Workload } from '../model.js';
import { formatModule } from '../parsers/registry.js';
import type { ReadPolicy } from '../read.js';
import type { ParsedFile } from '../parsers/types.js';
import { applyChanges, explicitBom, lineBreakFor, newLineMap, splitLines, TouchedLines, withoutBreak } from './lines.js';

export interface FixRequest {
  /** The kinds of fix wanted: `declare-need` alone for `strata annotate`, both for `scan --fix` and SARIF. */
  kinds: ReadonlyArray<FixIntent['kind']>;
  /** `--needs`: the word written instead of each workload's current stratum. */
  needs?: string;
}

export interface FileFix {
  file: SourceFile;
  /** The text the changes were made from: the file is written only if it still holds exactly this. */
  text: string;
  changes: LineChange[];
  annotations: number;
  removals: number;
}

export interface FixPlan {
  files: FileFix[];
  /** Fixes not made, each with why. */
  notes: Diagnostic[];
  /** The scanned directories (real paths; no fix is written anywhere else) and the size limit reads had. */
  policy: ReadPolicy;
}

export interface FixInput {
  files: readonly SourceFile[];
  findings: readonly Finding[];
  /** Each scanned file's text, by its path in reports. */
  sources: ReadonlyMap<string, string>;
  /** Files with a problem worse than a note (a parse error): none of them is written. */
  broken: ReadonlySet<string>;
  policy: ReadPolicy;
}

/** The file parsed again, as the scan parsed it, from a changed text. */
export type Reparse = (file: SourceFile, text: string) => Promise<ParsedFile>;

/** One change and the findings it fixes; an annotation also names the word it writes. */
interface Candidate {
  change: LineChange;
  findings: Finding[];
  description: string;
  needs?: string;
}

export async function planFixes(input: FixInput, request: FixRequest, reparse: Reparse): Promise<FixPlan> {
  const notes: Diagnostic[] = [];
  const note = (location: Location, message: string) => notes.push({ file: location.file, location, message, level: 'note' });
  const files = new Map(input.files.map((f) => [f.path, f]));
  const wanted = new Map<string, Finding[]>();
  for (const finding of input.findings) {
    if (!finding.fixable || !request.kinds.includes(finding.fixable.kind) || finding.suppressions.length > 0) continue;
    pushTo(wanted, finding.location.file, finding);
  }
  const planned: FileFix[] = [];
  for (const [path, findings] of wanted) {
    const file = files.get(path);
    const text = input.sources.get(path);
    const at = findings[0]!.location;
    if (!file || text === undefined) note(at, 'Not fixed: the file is not among the scanned files (strata fixes only the files it scans)');
    else if (input.broken.has(path)) note(at, 'Not fixed: the file has a parse error; fix that first');
    else {
      const fixed = await planFile(file, text, findings, request, reparse, note);
      if (fixed) planned.push(fixed);
    }
  }
  planned.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  return { files: planned, notes, policy: input.policy };
}

async function planFile(
  file: SourceFile,
  text: string,
  findings: Finding[],
  request: FixRequest,
  reparse: Reparse,
  note: (location: Location, message: string) => void,
): Promise<FileFix | undefined> {
  const lines = splitLines(text);
  let annotations = annotationCandidates(file, text, lines, findings, request, note);
  const removals: Candidate[] = [];
  for (const finding of findings) {
    if (finding.fixable?.kind !== 'remove-suppression') continue;
    const change = suppressionRemoval(lines, finding.location, finding.fixable.rules);
    if (typeof change === 'string') note(finding.location, `Not fixed: ${change}`);
    else removals.push({ change, findings: [finding], description: `Remove the unused strata-ignore: ${finding.fixable.rules.join(',')}` });
  }
  // One change per line: a second one over the same lines waits for the next run.
  // A set keeps the order candidates were accepted in, and lets one go in constant time.
  const accepted = new Set<Candidate>();
  const touched = new TouchedLines();
  for (const candidate of [...annotations, ...removals]) {
    if (touched.overlapsAny(candidate.change)) note(candidate.findings[0]!.location, 'Not fixed in this run: another fix changes the same line; run again');
    else {
      accepted.add(candidate);
      touched.add(candidate.change);
    }
  }
  annotations = annotations.filter((a) => accepted.has(a));
  // Proved by parsing the result: an annotation that would not attach to its workloads, or would attach to another, is
  // dropped, and the rest proved again; past a few rounds (each a parse of the file) none of the file's is written.
  for (let round = 1; annotations.length > 0; round++) {
    const changes = [...accepted].map((a) => a.change);
    const parsed = await reparse(file, applyChanges(text, changes));
    // The file parsed without error before: an error now is the changes' doing, so none of its annotations is written.
    const broke = parsed.diagnostics.some((d) => d.level !== 'note') || round > MAX_ROUNDS;
    const owners = annotationOwners(parsed);
    const newLineOf = newLineMap(changes);
    const wrong = new Set(annotations.filter((a) => broke || !attachesAsMeant(a, owners, newLineOf)));
    if (wrong.size === 0) break;
    for (const a of wrong) {
      note(a.findings[0]!.location, 'Not annotated: a comment written above this line would not belong to this workload alone; write its need by hand or in the config');
      accepted.delete(a);
    }
    annotations = annotations.filter((a) => !wrong.has(a));
  }
  if (accepted.size === 0) return undefined;
  const changes = explicitBom(
    text,
    [...accepted].map((a) => a.change),
  ).sort((a, b) => a.line - b.line);
  for (const candidate of accepted) {
    const change = candidate.change.line === 1 ? changes[0]! : candidate.change;
    for (const finding of candidate.findings) finding.fix = { description: candidate.description, file: file.path, changes: [change] };
  }
  return {
    file,
    text,
    changes,
    annotations: annotations.length,
    removals: accepted.size - annotations.length,
  };
}

/** One annotation above each header line of workloads that declare no need: the word they run on today, or `--needs`. */
function annotationCandidates(
  file: SourceFile,
  text: string,
  lines: string[],
  findings: Finding[],
  request: FixRequest,
  note: (location: Location, message: string) => void,
): Candidate[] {
  const declare = findings.filter((f) => f.fixable?.kind === 'declare-need');
  if (declare.length === 0) return [];
  const marker = formatModule(file.format).lineComment?.(file.path, text);
  if (marker === undefined) {
    note(
      declare[0]!.location,
      `Not annotated: ${formatModule(file.format).displayName} in this file cannot hold a comment; declare the needs in the config's overrides (needs:) or as data (a strata:needs tag or label)`,
    );
    return [];
  }
  const byLine = new Map<number, Finding[]>();
  for (const finding of declare) pushTo(byLine, finding.location.startLine, finding);
  const candidates: Candidate[] = [];
  for (const [line, group] of byLine) {
    const words = new Set(group.map((f) => request.needs ?? (f.fixable as { needs?: string }).needs));
    const [needs] = words;
    if (needs === undefined) {
      note(group[0]!.location, 'Not annotated: which stratum it runs on depends on values strata cannot know; write its need by hand, or give --needs');
      continue;
    }
    if (words.size > 1) {
      note(group[0]!.location, `Not annotated: ${group.map((f) => f.address).join(', ')} start on this line and run on different strata; write their needs by hand`);
      continue;
    }
    const header = lines[line - 1]!;
    const indent = /^[ \t]*/.exec(header.replace(/^\uFEFF/, ''))![0];
    const comment = `${marker} strata: needs=${needs} reason="${PLACEHOLDER}"`;
    candidates.push({
      change: { line, deleteCount: 0, insert: [`${indent}${comment}${lineBreakFor(lines, header)}`] },
      findings: group,
      description: `Declare the need: write ${comment} above ${group.length === 1 ? group[0]!.address : 'these workloads'}`,
      needs,
    });
  }
  return candidates;
}

/** Rounds of proof per file: the first drops what does not attach; what is left rarely depends on what went. */
const MAX_ROUNDS = 3;

/** What each line's annotations attach to, in a parse: workloads, or (`loose`) nothing. Built once per parse, so proving every annotation stays linear. */
interface Owners {
  byLine: Map<number, Array<{ workload: Workload; annotations: Annotation[] }>>;
  loose: Set<number>;
}

function annotationOwners(parsed: ParsedFile): Owners {
  const byLine: Owners['byLine'] = new Map();
  for (const workload of parsed.workloads) {
    const lines = new Map<number, Annotation[]>();
    for (const a of workload.annotations) pushTo(lines, a.location.startLine, a);
    for (const [line, annotations] of lines) pushTo(byLine, line, { workload, annotations });
  }
  return { byLine, loose: new Set(parsed.fileAnnotations.map((a) => a.location.startLine)) };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The written annotation, in the file parsed again, gives the need to every workload it was written for and belongs to no other. */
function attachesAsMeant(candidate: Candidate, owners: Owners, newLineOf: (line: number) => number): boolean {
  const headerLine = newLineOf(candidate.change.line);
  const commentLine = headerLine - 1;
  if (owners.loose.has(commentLine)) return false;
  // By address on the header's line (a byte order mark before a header on line 1 moves its column). A jobspec
  // a Terraform nomad_job reads is parsed again on its own, so its addresses lack the job's `nomad_job.x/` prefix.
  const targets = new Set<string>();
  for (const { address = '' } of candidate.findings) {
    targets.add(address);
    for (let slash = address.indexOf('/'); slash >= 0; slash = address.indexOf('/', slash + 1)) targets.add(address.slice(slash + 1));
  }
  let found = 0;
  for (const { workload, annotations } of owners.byLine.get(commentLine) ?? []) {
    if (workload.header.startLine !== headerLine || !targets.has(workload.address)) return false;
    if (annotations.some((a) => a.kind === 'need' && a.needs === candidate.needs)) found++;
  }
  return found === candidate.findings.length;
}

/** Blanks from `lastIndex` on (possibly none): sticky, so looking costs only what it finds. */
const BLANKS = /\s*/y;

/**
 * The change that takes rules out of a suppression: the comment's line goes when nothing is
 * left of it, the comment alone when it trails code, and only the rules' names when others stay.
 */
function suppressionRemoval(lines: string[], at: Location, remove: readonly string[]): LineChange | string {
  const raw = lines[at.startLine - 1];
  if (raw === undefined || at.endLine !== at.startLine) return 'the suppression is not on one line';
  const line = withoutBreak(raw);
  const lineBreak = raw.slice(line.length);
  const before = line.slice(0, at.startColumn - 1);
  const directive = line.slice(at.startColumn - 1, at.endColumn - 1);
  const after = line.slice(at.endColumn - 1);
  const words = suppressionRuleWords(directive);
  // A set, and one pass from the left: a suppression naming tens of thousands of rules stays linear.
  const removed = new Set(remove);
  const keptRules = words.map((w) => w.value.split(',').filter((r) => r !== '' && !removed.has(r)));
  if (keptRules.some((rules) => rules.length > 0)) {
    // Each word gives way to the rules it keeps; a word that keeps none goes with the blanks after it.
    const pieces: string[] = [];
    let from = 0;
    for (const [i, word] of words.entries()) {
      const rules = keptRules[i]!;
      pieces.push(directive.slice(from, word.start), rules.join(','));
      if (rules.length > 0) from = word.end;
      else {
        BLANKS.lastIndex = word.end;
        BLANKS.exec(directive);
        from = BLANKS.lastIndex;
      }
    }
    pieces.push(directive.slice(from));
    return { line: at.startLine, deleteCount: 1, insert: [`${before}${pieces.join('')}${after}${lineBreak}`] };
  }
  const marker = /(#|\/\/|\/\*)[\s*]*$/.exec(before);
  if (!marker) return 'the comment marker is not on the suppression’s line';
  if (!(marker[1] === '/*' ? /^\s*\*\/\s*$/ : /^\s*$/).test(after)) return 'the comment holds more than the suppression';
  const code = before.slice(0, marker.index);
  if (/\S/.test(code.replace(/^\uFEFF/, ''))) return { line: at.startLine, deleteCount: 1, insert: [`${code.trimEnd()}${lineBreak}`] };
  // The whole line goes; the last line of a file without a final newline takes the line break before it.
  if (lineBreak === '' && at.startLine > 1) return { line: at.startLine - 1, deleteCount: 2, insert: [withoutBreak(lines[at.startLine - 2]!)] };
  return { line: at.startLine, deleteCount: 1, insert: [] };
}
