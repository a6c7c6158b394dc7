/**
 * Where each service's block ends: before the next non-blank line indented no deeper than
 * its key. A comment indented into the block (even after its last key) is the service's;
 * one at the next key's indentation is that key's.
 */
import type { LineIndex } from '../../text/positions.js';

/**
 * The end offset of the block of each key (by its start offset), all in one sweep from the
 * last line up: keys written on one line (`services: {a: …, b: …}`) would otherwise each
 * scan every line below them.
 */
export function blockEnds(lines: LineIndex, keyStarts: number[]): number[] {
  const queries = keyStarts
    .map((start, index) => {
      const line = lines.lineOf(start);
      return { index, line, indent: start - lines.lineStart(line) };
    })
    .sort((a, b) => b.line - a.line);
  const ends = new Array<number>(keyStarts.length).fill(lines.text.length);
  // Later non-blank lines that can still be an answer: nearer lines first from the top, their
  // indents strictly decreasing towards the top (a nearer line at most as deep hides a farther one).
  const candidates: Array<{ line: number; indent: number }> = [];
  let swept = lines.lineCount + 1;
  for (const query of queries) {
    while (swept > query.line + 1) {
      swept--;
      const text = lines.lineText(swept);
      if (text.trim() === '') continue;
      const indent = text.length - text.trimStart().length;
      while (candidates.length > 0 && candidates[candidates.length - 1]!.indent >= indent) candidates.pop();
      candidates.push({ line: swept, indent });
    }
    // candidates[0..n) have increasing indents: the last one no deeper than the key is the nearest.
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid]!.indent <= query.indent) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) ends[query.index] = lines.lineStart(candidates[lo - 1]!.line);
  }
  return ends;
}
