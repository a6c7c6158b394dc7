import { describe, expect, it } from 'vitest';
import { LineIndex, Utf8OffsetMap } from '../src/text/positions.js';

describe('LineIndex', () => {
  it('gives 1-based lines and UTF-16 columns', () => {
    const index = new LineIndex('ab\ncd\n');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
    expect(index.lineCount).toBe(3);
  });

  it('treats CRLF as one break and a lone CR as a break', () => {
    const index = new LineIndex('a\r\nb\rc');
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(5)).toEqual({ line: 3, column: 1 });
    expect(index.lineText(1)).toBe('a');
    expect(index.lineText(2)).toBe('b');
  });

  it('counts an astral character as two columns, as SARIF utf16CodeUnits does', () => {
    const text = '😀x';
    expect(new LineIndex(text).position(text.indexOf('x'))).toEqual({ line: 1, column: 3 });
  });

  it('converts code-point columns (hcl2json) to string offsets', () => {
    const index = new LineIndex('first\né😀x = 1\n');
    // Code points: é=1, 😀=2, x=3.
    const offset = index.offsetOfCodePointColumn(2, 3);
    expect(index.text[offset]).toBe('x');
    expect(index.position(offset)).toEqual({ line: 2, column: 4 });
  });

  it('builds a location with an exclusive end', () => {
    const index = new LineIndex('resource "a" "b" {}\n');
    expect(index.location('m.tf', 0, 8)).toEqual({ file: 'm.tf', startLine: 1, startColumn: 1, endLine: 1, endColumn: 9 });
  });
});

describe('Utf8OffsetMap', () => {
  it('maps UTF-8 byte offsets to string offsets', () => {
    const text = 'aé😀b';
    const map = new Utf8OffsetMap(text);
    const bytes = Buffer.from(text, 'utf8');
    expect(map.toIndex(bytes.indexOf('b'.charCodeAt(0)))).toBe(text.indexOf('b'));
    expect(map.toIndex(1)).toBe(1); // é starts at byte 1, index 1
    expect(map.toIndex(3)).toBe(2); // 😀 starts at byte 3, index 2
  });

  it('is the identity for ASCII', () => {
    expect(new Utf8OffsetMap('plain ascii').toIndex(6)).toBe(6);
  });
});
