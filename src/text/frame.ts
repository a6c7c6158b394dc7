/**
 * A code frame: the lines around a location, with a marker under the columns it spans.
 * Source lines are untrusted: each is clipped to a window around the column and escaped.
 */
import type { Location } from '../model.js';
import { lineWindow, printable } from './escape.js';
import { LineIndex } from './positions.js';

export function codeFrame(index: LineIndex, location: Location, context = 1): string[] {
  const first = Math.max(1, location.startLine - context);
  const last = Math.min(index.lineCount, location.startLine + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let line = first; line <= last; line++) {
    const raw = index.lineText(line);
    const { start, end } = lineWindow(raw.length, location.startColumn);
    // Only the window is copied: a long line costs the same as a short one, per finding.
    const text = raw.slice(start, end).replace(/\t/g, ' ');
    const before = start > 0 ? '…' : '';
    const shown = `${before}${printable(text)}${end < raw.length ? '…' : ''}`;
    const marker = line === location.startLine ? '>' : ' ';
    out.push(`${marker} ${String(line).padStart(width)} | ${shown}`);
    if (line === location.startLine) {
      const from = Math.min(Math.max(start, location.startColumn - 1), end) - start;
      const to = Math.min(location.endLine === location.startLine ? location.endColumn - 1 : raw.length, end) - start;
      const pad = before.length + printable(text.slice(0, from)).length;
      const length = Math.max(1, printable(text.slice(from, Math.max(from, to))).length);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(pad)}${'^'.repeat(length)}`);
    }
  }
  return out;
}

/** Code frames for a report's findings, each file's line index built once. */
export function frames(sources: ReadonlyMap<string, string>): (location: Location) => string[] {
  const indexes = new Map<string, LineIndex>();
  return (location) => {
    const source = sources.get(location.file);
    if (source === undefined) return [];
    let index = indexes.get(location.file);
    if (!index) {
      index = new LineIndex(source);
      indexes.set(location.file, index);
    }
    return codeFrame(index, location);
  };
}
