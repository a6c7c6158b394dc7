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
  const byStart = [...anchors].sort((a, b) => a.start - b.start);
  const owned = new Map<T, Annotation[]>();
  const loose: PlacedAnnotation[] = [];
  const give = (owner: T, a: Annotation) => {
    const list = owned.get(owner);
    if (list) list.push(a);
    else owned.set(owner, [a]);
  };
  for (const p of placed) {
    // A file default belongs to the file, wherever it stands.
    if (p.annotation.kind === 'default-need') {
      loose.push(p);
      continue;
    }
    let inside: Anchor<T> | undefined;
    for (const anchor of byStart) {
      if (anchor.start > p.offset) break;
      if (p.offset < anchor.end) inside = anchor;
    }
    const below = p.ownLine ? byStart.find((a) => a.start > p.offset) : undefined;
    let adjacent = below !== undefined && below.line > p.line && (!inside || below.start < inside.end);
    for (let line = p.line + 1; adjacent && below && line < below.line; line++) {
      if (!commentOnlyLines.has(line)) adjacent = false;
    }
    if (adjacent && below) give(below.owner, p.annotation);
    else if (inside) give(inside.owner, p.annotation);
    else loose.push(p);
  }
  return { owned, loose };
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
      ownLine: lines.text.slice(lines.lineStart(line), comment.start).trim() === '',
    });
  }
  return placed;
}

/** Lines that hold nothing but comments (block comments spanning several lines included). */
export function commentOnlyLines(comments: SourceComment[], lines: LineIndex): Set<number> {
  const only = new Set<number>();
  for (const comment of comments) {
    const line = lines.lineOf(comment.start);
    if (lines.text.slice(lines.lineStart(line), comment.start).trim() !== '') continue;
    const last = lines.lineOf(Math.max(comment.start, comment.end - 1));
    for (let l = line; l <= last; l++) only.add(l);
  }
  return only;
}
