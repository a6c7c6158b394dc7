/**
 * Which workload a comment annotation belongs to, for formats whose comments are
 * free-standing lines (HCL, Ruby): the innermost anchor whose range holds it, else
 * the anchor directly below it with only comment lines in between, else none.
 * File defaults (`strata: default …`) are never a workload's.
 */
import { findDirective, parseDirective, type AnnotationContext } from './annotations.js';
import type { Annotation } from './model.js';
import type { LineIndex } from './text/positions.js';

export interface Anchor<T> {
  owner: T;
  /** String offsets of the anchor's range, end exclusive. */
  start: number;
  end: number;
  /** 1-based line of the anchor's header. */
  line: number;
}

export interface PlacedAnnotation {
  annotation: Annotation;
  offset: number;
  line: number;
  /** Nothing but blanks precedes the comment on its line. */
  ownLine: boolean;
}

export function attachAnnotations<T>(
  placed: PlacedAnnotation[],
  anchors: Anchor<T>[],
  commentOnlyLines: ReadonlySet<number>,
): { owned: Map<T, Annotation[]>; loose: PlacedAnnotation[] } {
  // Linear in annotations + anchors (after sorting): a file of N blocks and N comments must not cost N².
  const byStart = [...anchors].sort((a, b) => a.start - b.start);
  const inside = innermostAnchors(placed, byStart);
  const runEnd = commentRunEnds(commentOnlyLines);
  const owned = new Map<T, Annotation[]>();
  const loose: PlacedAnnotation[] = [];
  const give = (owner: T, a: Annotation) => {
    const list = owned.get(owner);
    if (list) list.push(a);
    else owned.set(owner, [a]);
  };
  for (const [i, p] of placed.entries()) {
    // A file default belongs to the file, wherever it stands.
    if (p.annotation.kind === 'default-need') {
      loose.push(p);
      continue;
    }
    const container = inside[i];
    const below = p.ownLine ? byStart[firstStartingAfter(byStart, p.offset)] : undefined;
    // Directly above: nothing but comment lines between the annotation and the anchor's header.
    const adjacent =
      below !== undefined && below.line > p.line && (!container || below.start < container.end) && (below.line === p.line + 1 || (runEnd.get(p.line + 1) ?? 0) >= below.line - 1);
    if (adjacent) give(below.owner, p.annotation);
    else if (container) give(container.owner, p.annotation);
    else loose.push(p);
  }
  return { owned, loose };
}

/** For each annotation, the innermost anchor whose range holds it: one sweep with a stack of open anchors. */
function innermostAnchors<T>(placed: PlacedAnnotation[], byStart: Anchor<T>[]): Array<Anchor<T> | undefined> {
  const order = placed.map((_, i) => i).sort((a, b) => placed[a]!.offset - placed[b]!.offset);
  const result = new Array<Anchor<T> | undefined>(placed.length);
  const open: Anchor<T>[] = [];
  let next = 0;
  for (const i of order) {
    const offset = placed[i]!.offset;
    while (next < byStart.length && byStart[next]!.start <= offset) open.push(byStart[next++]!);
    // What ended before this offset holds nothing from here on; the latest-starting open anchor is the innermost.
    while (open.length > 0 && open[open.length - 1]!.end <= offset) open.pop();
    result[i] = open[open.length - 1];
  }
  return result;
}

/** The index of the first anchor starting after `offset` (binary search). */
function firstStartingAfter<T>(byStart: Anchor<T>[], offset: number): number {
  let low = 0;
  let high = byStart.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byStart[mid]!.start > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** For each comment-only line, the last line of the unbroken run of comment-only lines it starts. */
function commentRunEnds(lines: ReadonlySet<number>): Map<number, number> {
  const sorted = [...lines].sort((a, b) => b - a);
  const ends = new Map<number, number>();
  for (const line of sorted) ends.set(line, ends.get(line + 1) ?? line);
  return ends;
}

/** A comment as a parser found it: its text without markers, and where it and its text start and end. */
export interface SourceComment {
  text: string;
  start: number;
  end: number;
  textStart: number;
}

/** The strata directives among a file's comments, parsed, with what attaching them needs. */
export function placeDirectives(file: string, comments: SourceComment[], lines: LineIndex, context: AnnotationContext): PlacedAnnotation[] {
  const placed: PlacedAnnotation[] = [];
  for (const comment of comments) {
    const span = findDirective(comment.text);
    if (!span) continue;
    const location = lines.location(file, comment.textStart + span.start, comment.textStart + span.end);
    const line = lines.lineOf(comment.start);
    placed.push({
      annotation: parseDirective(comment.text.slice(span.start, span.end), location, context),
      offset: comment.start,
      line,
      ownLine: onlyBlanksBefore(lines.text, lines.lineStart(line), comment.start),
    });
  }
  return placed;
}

/** Lines that hold nothing but comments (block comments spanning several lines included). */
export function commentOnlyLines(comments: SourceComment[], lines: LineIndex): Set<number> {
  const only = new Set<number>();
  for (const comment of comments) {
    const line = lines.lineOf(comment.start);
    if (!onlyBlanksBefore(lines.text, lines.lineStart(line), comment.start)) continue;
    const last = lines.lineOf(Math.max(comment.start, comment.end - 1));
    for (let l = line; l <= last; l++) only.add(l);
  }
  return only;
}

/** Nothing but blanks between a line's start and `offset`: looked for backwards, so many comments on one long line stay linear. */
function onlyBlanksBefore(text: string, lineStart: number, offset: number): boolean {
  for (let i = offset - 1; i >= lineStart; i--) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/** A `default` need after the first block cannot be a file default: say so rather than guess. */
export function misplacedDefault(annotation: Annotation, firstBlock: number, lines: LineIndex): Annotation {
  if (annotation.kind !== 'default-need') return annotation;
  const firstLine = firstBlock === Infinity ? Infinity : lines.lineOf(firstBlock);
  if (annotation.location.startLine < firstLine) return annotation;
  return {
    kind: 'invalid',
    problem: 'a file default (strata: default needs=…) must come before the first block',
    location: annotation.location,
    source: annotation.source,
  };
}
