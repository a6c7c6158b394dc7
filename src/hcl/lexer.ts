/**
 * The HCL lexical rules both readers of HCL share — the position scanner (scanner.ts) and
 * the literal reader (literal.ts): comments, heredoc headers and bodies, and the template
 * sequences `${`, `%{` and their escapes `$${`, `%%{`. Each function looks at `text` from
 * an offset and says where the construct ends; none allocates per character.
 */

const HASH = 0x23;
const SLASH = 0x2f;
const STAR = 0x2a;
const LF = 0x0a;
const CR = 0x0d;
const DOLLAR = 0x24;
const PERCENT = 0x25;
const LBRACE = 0x7b;
const LT = 0x3c;
const MINUS = 0x2d;

/** A comment starting at `pos`: `#…`/`//…` to the line's end, `/*…*\/` to its close (`end` -1: never closed). */
export function commentAt(text: string, pos: number): { end: number; textStart: number; block: boolean } | undefined {
  const c = text.charCodeAt(pos);
  if (c === HASH || (c === SLASH && text.charCodeAt(pos + 1) === SLASH)) {
    const textStart = pos + (c === HASH ? 1 : 2);
    let end = textStart;
    while (end < text.length) {
      const d = text.charCodeAt(end);
      if (d === LF || d === CR) break;
      end++;
    }
    return { end, textStart, block: false };
  }
  if (c === SLASH && text.charCodeAt(pos + 1) === STAR) {
    const close = text.indexOf('*/', pos + 2);
    return { end: close < 0 ? -1 : close + 2, textStart: pos + 2, block: true };
  }
  return undefined;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/**
 * The escape sequence at `pos` (a backslash) in a quoted string or label: the character(s) it
 * stands for and its length, or a sentence saying why it is none (`\U` past U+10FFFF too).
 */
export function escapeAt(text: string, pos: number): { value: string; length: number } | string {
  const escaped = text[pos + 1];
  if (escaped !== undefined && Object.hasOwn(SIMPLE_ESCAPES, escaped)) return { value: SIMPLE_ESCAPES[escaped]!, length: 2 };
  if (escaped === 'u' || escaped === 'U') {
    const digits = escaped === 'u' ? 4 : 8;
    const hex = text.slice(pos + 2, pos + 2 + digits);
    const code = hex.length === digits && /^[0-9a-fA-F]+$/.test(hex) ? Number.parseInt(hex, 16) : -1;
    if (code < 0 || code > 0x10ffff) return `Invalid escape sequence: \\${escaped} takes ${digits} hex digits of a Unicode code point`;
    return { value: String.fromCodePoint(code), length: 2 + digits };
  }
  return `Invalid escape sequence "\\${escaped ?? ''}"`;
}

/** At `pos`, `$${`/`%%{` (an escaped sequence: 3), `${`/`%{` (a template sequence: 'open'), or neither (0). */
export function templateSequenceAt(text: string, pos: number): 3 | 'open' | 0 {
  const c = text.charCodeAt(pos);
  if (c !== DOLLAR && c !== PERCENT) return 0;
  const next = text.charCodeAt(pos + 1);
  if (next === c && text.charCodeAt(pos + 2) === LBRACE) return 3;
  return next === LBRACE ? 'open' : 0;
}

export interface HeredocHeader {
  marker: string;
  /** `<<-`: the body's common indentation is removed. */
  strip: boolean;
  /** Just past the header's line break. */
  bodyStart: number;
}

const IDENTIFIER = /[A-Za-z_][\w-]*/y;

/** The `<<EOT` / `<<-EOT` header at `pos`, or a sentence saying why it is not one. */
export function heredocHeaderAt(text: string, pos: number): HeredocHeader | string {
  if (text.charCodeAt(pos) !== LT || text.charCodeAt(pos + 1) !== LT) return 'not a heredoc';
  const strip = text.charCodeAt(pos + 2) === MINUS;
  IDENTIFIER.lastIndex = pos + (strip ? 3 : 2);
  const marker = IDENTIFIER.exec(text)?.[0];
  if (!marker) return 'Invalid heredoc: "<<" must be followed by a delimiter name';
  let after = IDENTIFIER.lastIndex;
  if (text.charCodeAt(after) === CR) after++;
  if (text.charCodeAt(after) === LF) after++;
  else if (text.charCodeAt(after - 1) !== CR) return `Invalid heredoc: the line must end right after <<${marker}`;
  return { marker, strip, bodyStart: after };
}

/**
 * The line that closes a heredoc body starting at `bodyStart` (a line holding only the marker,
 * blanks around it allowed): where that line starts and where its content ends, or undefined.
 */
export function heredocClose(text: string, bodyStart: number, marker: string, limit = text.length): { lineStart: number; end: number } | undefined {
  let pos = bodyStart;
  while (pos < limit) {
    let lineEnd = pos;
    while (lineEnd < limit && text.charCodeAt(lineEnd) !== LF && text.charCodeAt(lineEnd) !== CR) lineEnd++;
    if (isMarkerLine(text, pos, lineEnd, marker)) return { lineStart: pos, end: lineEnd };
    pos = lineEnd;
    if (text.charCodeAt(pos) === CR) pos++;
    if (text.charCodeAt(pos) === LF) pos++;
  }
  return undefined;
}

/** `[start, end)` is the marker with only blanks around it (no copy of the line). */
function isMarkerLine(text: string, start: number, end: number, marker: string): boolean {
  let from = start;
  let to = end;
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return to - from === marker.length && text.startsWith(marker, from);
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xfeff || c === 0xa0;
}
