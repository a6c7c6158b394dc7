/**
 * Fixes as whole-line changes (`LineChange`): the text as lines that keep their own line
 * breaks, so a CRLF file stays CRLF and a file without a final newline stays without one;
 * applying changes, following a line through them, and the SARIF replacement each one is.
 */
import type { LineChange } from '../model.js';

const BOM = '\uFEFF';

/** The text's lines, each with its line break (`\n`, `\r\n` or a lone `\r`); the last may have none. */
export function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** A line's text without its line break. */
export function withoutBreak(line: string): string {
  return line.replace(/(?:\r\n|\r|\n)$/, '');
}

/** The line break a new line beside `line` takes: its own, else the file's first, else `\n`. */
export function lineBreakFor(lines: readonly string[], line: string): string {
  return /\r\n|\r|\n$/.exec(line)?.[0] ?? /\r\n|\r|\n/.exec(lines.join(''))?.[0] ?? '\n';
}

/**
 * The lines accepted changes touch, so that whether a change touches the same lines as any of
 * them is a look-up, not a comparison with each: an insertion before a line another change
 * rewrites does not, unless the rewrite was accepted first. Costs the lines the changes delete.
 */
export class TouchedLines {
  /** Every line an accepted change deletes. */
  private readonly deleted = new Set<number>();
  /** The line each accepted change starts at. */
  private readonly starts = new Set<number>();

  overlapsAny(change: LineChange): boolean {
    if (this.deleted.has(change.line)) return true;
    for (let line = change.line + 1; line < change.line + change.deleteCount; line++) if (this.starts.has(line)) return true;
    return false;
  }

  add(change: LineChange): void {
    this.starts.add(change.line);
    for (let line = change.line; line < change.line + change.deleteCount; line++) this.deleted.add(line);
  }
}

/**
 * The text with the changes made (none may overlap). A byte order mark belongs to the file,
 * not to its first line: it stays first whatever is inserted above or removed from line 1.
 */
export function applyChanges(text: string, changes: readonly LineChange[]): string {
  const bom = text.startsWith(BOM);
  const lines = splitLines(bom ? text.slice(BOM.length) : text);
  // In the order splicing from the end would make them (at one line, what goes above before what replaces it), made in one pass.
  const ordered = [...changes].sort((a, b) => b.line - a.line || b.deleteCount - a.deleteCount).reverse();
  const result: string[] = [];
  let next = 0;
  for (const change of ordered) {
    const insert = change.line === 1 && change.insert[0]?.startsWith(BOM) ? [change.insert[0].slice(BOM.length), ...change.insert.slice(1)] : change.insert;
    for (; next < change.line - 1 && next < lines.length; next++) result.push(lines[next]!);
    for (const line of insert) result.push(line);
    next = change.line - 1 + change.deleteCount;
  }
  for (; next < lines.length; next++) result.push(lines[next]!);
  return (bom ? BOM : '') + result.join('');
}

/**
 * The changes with the byte order mark made explicit: whatever changes line 1 of a file that
 * starts with one now writes it first, as `applyChanges` does. What a diff shows and a SARIF
 * viewer applies is then exactly what is written. The changes to line 1 become one.
 */
export function explicitBom(text: string, changes: readonly LineChange[]): LineChange[] {
  const first = changes.filter((c) => c.line === 1);
  if (!text.startsWith(BOM) || first.length === 0) return [...changes];
  const lines = splitLines(text);
  const deleting = first.find((c) => c.deleteCount > 0);
  const insert = [...first.filter((c) => c.deleteCount === 0).flatMap((c) => c.insert), ...(deleting?.insert ?? [])].map((l) => l.replace(/^\uFEFF/, ''));
  let deleteCount = deleting?.deleteCount ?? 0;
  // Line 1 itself is rewritten (or, when nothing is left to carry the mark, the line after what goes).
  if (deleteCount === 0 || (insert.length === 0 && deleteCount < lines.length)) insert.push(lines[deleteCount++]!.replace(/^\uFEFF/, ''));
  insert[0] = BOM + (insert[0] ?? '');
  return [{ line: 1, deleteCount, insert }, ...changes.filter((c) => c.line !== 1)];
}

/**
 * Where an unchanged line of the old text stands once the changes are made: the changes sorted
 * once by the line after what they delete, with the running sum of the lines each adds, so
 * each look-up is a binary search.
 */
export function newLineMap(changes: readonly LineChange[]): (line: number) => number {
  const byEnd = changes.map((c) => ({ end: c.line + c.deleteCount, shift: c.insert.length - c.deleteCount })).sort((a, b) => a.end - b.end);
  const ends = byEnd.map((c) => c.end);
  const shifts = [0];
  for (const c of byEnd) shifts.push(shifts[shifts.length - 1]! + c.shift);
  return (line) => {
    // How many changes end at or before the line.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ends[middle]! <= line) low = middle + 1;
      else high = middle;
    }
    return line + shifts[low]!;
  };
}

/** A change as SARIF states it (§3.57): the region of the old text it deletes (empty for an insertion) and what goes in its place. */
export function replacementOf(change: LineChange, lines: readonly string[]): { startLine: number; startColumn: number; endLine: number; endColumn: number; text: string } {
  const end = change.line + change.deleteCount;
  // Up to the end of the last line when the change runs to the end of a file without a final newline.
  const last = lines[lines.length - 1];
  const endsFile = end > lines.length && last !== undefined && !/[\r\n]$/.test(last);
  return {
    startLine: change.line,
    startColumn: 1,
    endLine: endsFile ? lines.length : end,
    endColumn: endsFile ? last!.length + 1 : 1,
    text: change.insert.join(''),
  };
}
