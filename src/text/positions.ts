import type { Location } from '../model.js';

/**
 * Offsets ↔ 1-based line / UTF-16 column for one text. Offsets are indexes into the
 * JavaScript string (UTF-16 code units); the converters below bring the other
 * coordinate systems parsers speak (UTF-8 bytes, code-point columns) into it.
 */
export class LineIndex {
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  /** Built on first use: most files of a big tree never need a position. */
  private get starts(): number[] {
    this.lineStarts ??= this.computeStarts();
    return this.lineStarts;
  }

  private computeStarts(): number[] {
    const text = this.text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        // CRLF is one break; a lone CR is a break of its own.
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line containing the offset (offsets past the end clamp to the last line). */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
  }

  /** The line's text without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line]! : this.text.length;
    let end = next;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    const line = this.lineOf(clamped);
    return { line, column: clamped - this.lineStart(line) + 1 };
  }

  location(file: string, start: number, end: number): Location {
    const s = this.position(start);
    const e = this.position(Math.max(end, start));
    return { file, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  }

  /** Offset of a 1-based line and a column counted in Unicode code points. */
  offsetOfCodePointColumn(line: number, codePointColumn: number): number {
    const start = this.lineStart(line);
    const lineText = this.lineText(line);
    let offset = 0;
    for (let n = 1; n < codePointColumn && offset < lineText.length; n++) {
      const c = lineText.charCodeAt(offset);
      offset += c >= 0xd800 && c <= 0xdbff && offset + 1 < lineText.length ? 2 : 1;
    }
    return start + offset;
  }
}

/**
 * Maps UTF-8 byte offsets (what prism and other byte-oriented parsers report) to
 * string offsets. Built once per text; lookups are a binary search over the
 * non-ASCII characters, so pure-ASCII files cost nothing.
 */
export class Utf8OffsetMap {
  private readonly byteAt: number[] = [];
  private readonly indexAt: number[] = [];

  constructor(text: string) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        bytes += 1;
        continue;
      }
      let width: number;
      let units = 1;
      if (c < 0x800) width = 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        width = 4;
        units = 2;
      } else width = 3;
      // Record the first ASCII-aligned point after each multi-byte character.
      bytes += width;
      i += units - 1;
      this.byteAt.push(bytes);
      this.indexAt.push(i + 1);
    }
  }

  toIndex(byteOffset: number): number {
    const bytes = this.byteAt;
    let lo = -1;
    let hi = bytes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bytes[mid]! <= byteOffset) lo = mid;
      else hi = mid - 1;
    }
    if (lo < 0) return byteOffset;
    return this.indexAt[lo]! + (byteOffset - bytes[lo]!);
  }
}
