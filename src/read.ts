/**
 * Reading a source file into text, or saying why it cannot be read: too large, binary,
 * not UTF-8. UTF-16 files (with their BOM) are decoded; a UTF-8 BOM is kept as the first
 * character, which parsers treat as whitespace, so columns stay true to the file.
 */
import { readFileSync, statSync } from 'node:fs';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string; line?: number; column?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readSource(absolutePath: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  let bytes: Buffer;
  try {
    const size = statSync(absolutePath).size;
    if (size > maxBytes) {
      return { ok: false, message: `Skipped: the file is ${formatBytes(size)}, larger than the ${formatBytes(maxBytes)} limit` };
    }
    bytes = readFileSync(absolutePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: `Cannot read the file${code ? ` (${code})` : ''}` };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const little = bytes[0] === 0xff;
    return { ok: true, text: new TextDecoder(little ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = positionOfByte(bytes, nul);
    return { ok: false, message: 'Skipped: the file holds NUL bytes, so it is binary, not text', line, column };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return { ok: false, message: 'Skipped: the file is not valid UTF-8', line, column };
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return n >= 1024 ? `${(n / 1024).toFixed(1)} kB` : `${n} bytes`;
}

function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns before the offending byte are counted in UTF-16 units of the valid prefix.
  const prefix = bytes.subarray(lineStart, offset).toString('utf8');
  return { line, column: prefix.length + 1 };
}

function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by bisection (decoding is all-or-nothing).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
