/** A code frame: the lines around a location, with a marker under the columns it spans. */
import type { Location } from '../model.js';
import { LineIndex } from './positions.js';

export function codeFrame(index: LineIndex, location: Location, context = 1): string[] {
  const first = Math.max(1, location.startLine - context);
  const last = Math.min(index.lineCount, location.startLine + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let line = first; line <= last; line++) {
    const text = index.lineText(line).replace(/\t/g, ' ');
    const marker = line === location.startLine ? '>' : ' ';
    out.push(`${marker} ${String(line).padStart(width)} | ${text}`);
    if (line === location.startLine) {
      const endColumn = location.endLine === location.startLine ? location.endColumn : text.length + 1;
      const length = Math.max(1, endColumn - location.startColumn);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(location.startColumn - 1)}${'^'.repeat(length)}`);
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
    if (!index) indexes.set(location.file, (index = new LineIndex(source)));
    return codeFrame(index, location);
  };
}
