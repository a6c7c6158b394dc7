/**
 * `--dry-run`: a unified diff of what fixes would change, as `diff -u` and `git apply` read
 * it. The changes are known line by line, so the hunks are built from them directly (three
 * lines of context, nearby changes in one hunk). Every line shown is the scanned tree's, so
 * each is made printable (a terminal control in it stays visible text); tabs and each line's
 * own break (CRLF too) are kept, so the diff still applies with `git apply` — unless a line
 * holds what printing must not pass on (a control character, a byte order mark, shown
 * escaped; a line the output guard neutralises): such a diff is for reading.
 */
import type { LineChange } from '../model.js';
import { printable } from '../text/escape.js';
import { splitLines, withoutBreak } from './lines.js';

const CONTEXT = 3;
const NO_NEWLINE = '\\ No newline at end of file';

export function unifiedDiff(path: string, text: string, changes: readonly LineChange[]): string {
  const lines = splitLines(text);
  const ordered = [...changes].sort((a, b) => a.line - b.line || a.deleteCount - b.deleteCount);
  if (ordered.length === 0) return '';
  const out = [`--- a/${printable(path)}\n`, `+++ b/${printable(path)}\n`];
  // Lines added minus lines removed by the changes before the current hunk.
  let shift = 0;
  for (let first = 0; first < ordered.length; ) {
    let last = first;
    while (last + 1 < ordered.length && ordered[last + 1]!.line - (ordered[last]!.line + ordered[last]!.deleteCount) <= 2 * CONTEXT) last++;
    const hunk = ordered.slice(first, last + 1);
    const start = Math.max(1, hunk[0]!.line - CONTEXT);
    const end = Math.min(lines.length, hunk[hunk.length - 1]!.line + hunk[hunk.length - 1]!.deleteCount - 1 + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    const show = (sign: string, line: string) => {
      const content = withoutBreak(line);
      const lineBreak = line.slice(content.length);
      body.push(`${sign}${content.split('\t').map(printable).join('\t')}${lineBreak || `\n${NO_NEWLINE}\n`}`);
    };
    let at = start;
    for (const change of hunk) {
      for (; at < change.line; at++, oldCount++, newCount++) show(' ', lines[at - 1]!);
      for (let i = 0; i < change.deleteCount; i++, at++, oldCount++) show('-', lines[at - 1]!);
      for (const line of change.insert) {
        show('+', line);
        newCount++;
      }
    }
    for (; at <= end; at++, oldCount++, newCount++) show(' ', lines[at - 1]!);
    const newStart = start + shift;
    out.push(`@@ -${range(start, oldCount)} +${range(newStart, newCount)} @@\n`);
    // One by one: a hunk of many thousand adjacent changes is too many arguments for one call.
    for (const line of body) out.push(line);
    for (const change of hunk) shift += change.insert.length - change.deleteCount;
    first = last + 1;
  }
  return out.join('');
}

/** `start,count`, with diff's conventions: a count of one is left out; an empty range names the line before it. */
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}
