/**
 * A position scanner for HCL native syntax. It finds what strata needs to point at —
 * block headers with their labels, attributes, object-constructor items, comments —
 * and the structural errors that stop a file from loading (unclosed blocks, strings,
 * heredocs, brackets). It does not evaluate expressions: the literal reader (literal.ts)
 * reads values where they are literals.
 *
 * Offsets are string (UTF-16) indexes; `end` is exclusive.
 *
 * Longer than most files here on purpose: it is one recursive-descent class over HCL's
 * grammar, kept together (and char-code based, no regex on hot paths) because it is the
 * hottest code strata runs; the lexical pieces it shares with literal.ts are in lexer.ts.
 */
import type { SourceComment } from '../attach.js';
import type { Diagnostic } from '../model.js';
import type { LineIndex } from '../text/positions.js';
import { commentAt, escapeAt, heredocClose, heredocHeaderAt, templateSequenceAt } from './lexer.js';

export interface HclItem {
  /** Attribute name, or an object key as written (quotes removed). */
  name: string;
  nameStart: number;
  nameEnd: number;
  exprStart: number;
  exprEnd: number;
  /** Items of an object constructor written directly as the value (`tags = { … }`). */
  items?: HclItem[];
}

export interface HclBlock {
  type: string;
  labels: string[];
  start: number;
  /** End of the header: just past the opening brace. */
  headerEnd: number;
  /** Just past the closing brace. */
  end: number;
  attributes: HclItem[];
  blocks: HclBlock[];
}

/** A comment without its markers (`#`, `//`, `/* *\/`), as every format hands comments to attach.ts. */
export type HclComment = SourceComment;

/** A scan's structural errors as located diagnostics of `file` (`prefix` says which part of it). */
export function scanDiagnostics(scan: HclScan, file: string, lines: LineIndex, prefix = ''): Diagnostic[] {
  return scan.errors.map((e) => ({ file, location: lines.location(file, e.offset, e.end), message: `${prefix}${e.message}`, level: 'error' }));
}

export interface HclSyntaxError {
  offset: number;
  end: number;
  message: string;
}

export interface HclScan {
  attributes: HclItem[];
  blocks: HclBlock[];
  comments: HclComment[];
  errors: HclSyntaxError[];
}

const enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Quote = 34,
  Hash = 35,
  Dollar = 36,
  Percent = 37,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Comma = 44,
  Minus = 45,
  Slash = 47,
  Colon = 58,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  LBrace = 123,
  RBrace = 125,
  Tilde = 126,
}

/**
 * ASCII characters that mean nothing to the scanner inside an expression (names, digits,
 * operators): a run of them is passed over in one loop. Everything else — blanks, line
 * breaks, comment starts, quotes, brackets, `=`, `<`, `,` and any non-ASCII character — stops it.
 */
const PLAIN_IN_EXPRESSION = new Uint8Array(128);
for (let c = 33; c < 127; c++) PLAIN_IN_EXPRESSION[c] = 1;
for (const c of '"#(),/<=[]{}') PLAIN_IN_EXPRESSION[c.charCodeAt(0)] = 0;

/** ASCII characters a quoted template passes over: all but the quote, line breaks, `\`, `$` and `%`. */
const PLAIN_IN_TEMPLATE = new Uint8Array(128);
for (let c = 0; c < 128; c++) PLAIN_IN_TEMPLATE[c] = 1;
for (const c of '"\n\r\\$%') PLAIN_IN_TEMPLATE[c.charCodeAt(0)] = 0;

function isIdentStart(c: number, text: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) return true;
  return c >= 0x80 && /\p{ID_Start}/u.test(String.fromCodePoint(text.codePointAt(i)!));
}

function isIdentPart(c: number, text: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === Ch.Minus) return true;
  return c >= 0x80 && /[\p{ID_Continue}\u200c\u200d]/u.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Thrown to abandon the scan when the input is structurally hopeless (e.g. unclosed string at EOF). */
class StopScan extends Error {}

/** Deeply nested input must not overflow the stack: past this depth the file is rejected. */
const MAX_DEPTH = 500;

export function scanHcl(text: string): HclScan {
  return new Scanner(text).run();
}

class Scanner {
  private pos = 0;
  private depth = 0;
  private readonly comments: HclComment[] = [];
  private readonly errors: HclSyntaxError[] = [];

  constructor(private readonly text: string) {}

  run(): HclScan {
    const body = { attributes: [] as HclItem[], blocks: [] as HclBlock[] };
    try {
      // A BOM is not part of the first line's content.
      if (this.text.startsWith('\ufeff')) this.pos = 1;
      this.body(body, false);
    } catch (e) {
      if (!(e instanceof StopScan)) throw e;
    }
    return { ...body, comments: this.comments, errors: this.errors };
  }

  private fail(offset: number, message: string, end = offset + 1): never {
    this.errors.push({ offset, end: Math.min(Math.max(end, offset), this.text.length), message });
    throw new StopScan();
  }

  private enter(at: number): void {
    if (++this.depth > MAX_DEPTH) this.fail(at, `Nesting deeper than ${MAX_DEPTH} levels`);
  }

  /**
   * Skips spaces, tabs and comments; newlines too when `newlines` is set. It stops at the end
   * rather than read past it (as `atLineEnd` and `run` do): V8 throws away optimized code that
   * reads past a string's end, and the version it makes next no longer inlines that read.
   */
  private skipTrivia(newlines: boolean): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === Ch.Space || c === Ch.Tab || c === 0xfeff) this.pos++;
      else if (newlines && (c === Ch.LF || c === Ch.CR)) this.pos++;
      else if (c === Ch.Hash || (c === Ch.Slash && (text.charCodeAt(this.pos + 1) === Ch.Slash || text.charCodeAt(this.pos + 1) === Ch.Star))) this.comment();
      else return;
    }
  }

  private comment(): void {
    const start = this.pos;
    const { end, textStart, block } = commentAt(this.text, start)!;
    if (end < 0) this.fail(start, 'Unterminated comment: this /* has no closing */', start + 2);
    this.comments.push({ text: this.text.slice(textStart, block ? end - 2 : end), start, end, textStart });
    this.pos = end;
  }

  private atLineEnd(): boolean {
    if (this.pos >= this.text.length) return true;
    const c = this.text.charCodeAt(this.pos);
    return c === Ch.LF || c === Ch.CR;
  }

  private identifier(): string {
    const text = this.text;
    const start = this.pos;
    this.pos += text.codePointAt(start)! > 0xffff ? 2 : 1;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (!isIdentPart(c, text, this.pos)) break;
      this.pos += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    return text.slice(start, this.pos);
  }

  /** A body: attributes and blocks, each on its own line, up to `}` (nested) or EOF. */
  private body(into: { attributes: HclItem[]; blocks: HclBlock[] }, nested: boolean): void {
    const text = this.text;
    // The names set so far, once there are more than a look through them should cost: a body of 100,000 attributes stays linear.
    let names: Set<string> | undefined;
    for (;;) {
      this.skipTrivia(true);
      if (this.pos >= text.length) return;
      const c = text.charCodeAt(this.pos);
      if (c === Ch.RBrace) {
        if (nested) return;
        this.fail(this.pos, 'Unexpected "}": there is no block to close here');
      }
      if (!isIdentStart(c, text, this.pos)) {
        this.fail(this.pos, 'Argument or block definition required: expected a name here');
      }
      const nameStart = this.pos;
      const name = this.identifier();
      const nameEnd = this.pos;
      this.skipTrivia(false);
      const next = text.charCodeAt(this.pos);
      if (next === Ch.Eq && text.charCodeAt(this.pos + 1) !== Ch.Eq) {
        this.pos++;
        if (names ? names.has(name) : hasAttribute(into.attributes, name)) {
          this.fail(nameStart, `Attribute redefined: "${name}" was already set in this block; each argument may be set only once`, nameEnd);
        }
        into.attributes.push(this.attribute(name, nameStart, nameEnd, nested));
        if (names) names.add(name);
        else if (into.attributes.length > LOOKED_THROUGH) names = new Set(into.attributes.map((a) => a.name));
      } else {
        into.blocks.push(this.block(name, nameStart));
      }
      this.endOfItem(nested);
    }
  }

  /** After an attribute or block: a newline, a comment, EOF, or the enclosing `}`. */
  private endOfItem(nested: boolean): void {
    this.skipTrivia(false);
    if (this.atLineEnd()) return;
    if (nested && this.text.charCodeAt(this.pos) === Ch.RBrace) return;
    this.fail(this.pos, 'Missing newline: each argument and block must be on its own line');
  }

  private attribute(name: string, nameStart: number, nameEnd: number, nested: boolean): HclItem {
    this.skipTrivia(false);
    const exprStart = this.pos;
    if (this.atLineEnd() || (nested && this.text.charCodeAt(this.pos) === Ch.RBrace)) {
      this.fail(exprStart, `Missing value: "${name} =" must be followed by an expression`);
    }
    const items = this.expression(true);
    const item: HclItem = { name, nameStart, nameEnd, exprStart, exprEnd: this.trimmedEnd(exprStart) };
    if (items) item.items = items;
    return item;
  }

  /** End of the expression just scanned, without trailing blanks. */
  private trimmedEnd(from: number): number {
    let end = this.pos;
    while (end > from && (this.text.charCodeAt(end - 1) === Ch.Space || this.text.charCodeAt(end - 1) === Ch.Tab)) end--;
    return end;
  }

  private block(type: string, start: number): HclBlock {
    const text = this.text;
    const labels: string[] = [];
    for (;;) {
      this.skipTrivia(false);
      const c = text.charCodeAt(this.pos);
      if (c === Ch.LBrace) break;
      if (c === Ch.Quote) labels.push(this.quotedLabel());
      else if (isIdentStart(c, text, this.pos)) labels.push(this.identifier());
      else if (this.atLineEnd()) {
        this.fail(start, `Invalid block definition: "${type}" needs "=" for an argument or "{" to open a block`, this.pos);
      } else {
        this.fail(this.pos, `Invalid block definition: unexpected character after "${type}"; a block label must be a quoted string or a name`);
      }
    }
    const open = this.pos;
    this.pos++;
    this.enter(open);
    const headerEnd = this.pos;
    const block: HclBlock = { type, labels, start, headerEnd, end: headerEnd, attributes: [], blocks: [] };
    this.body(block, true);
    if (this.pos >= text.length) {
      this.fail(open, `Unclosed configuration block: the "{" of ${[type, ...labels.map((l) => `"${l}"`)].join(' ')} has no matching "}"`);
    }
    this.pos++;
    this.depth--;
    block.end = this.pos;
    return block;
  }

  private quotedLabel(): string {
    const text = this.text;
    const start = this.pos;
    // The usual label holds no escape: it is a slice of the text, not built a character at a time.
    let plain = start + 1;
    for (;;) {
      const c = text.charCodeAt(plain);
      if (c === Ch.Quote) {
        this.pos = plain + 1;
        return text.slice(start + 1, plain);
      }
      if (c === Ch.Backslash || c === Ch.Dollar || c === Ch.Percent || c === Ch.LF || c === Ch.CR || plain >= text.length) break;
      plain++;
    }
    let out = '';
    this.pos++;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (this.pos >= text.length || c === Ch.LF || c === Ch.CR) this.fail(start, 'Unterminated block label: a quoted label must close on its line', this.pos);
      if (c === Ch.Quote) break;
      if ((c === Ch.Dollar || c === Ch.Percent) && text.charCodeAt(this.pos + 1) === c && text.charCodeAt(this.pos + 2) === Ch.LBrace) {
        out += text.slice(this.pos + 1, this.pos + 3);
        this.pos += 3;
        continue;
      }
      if ((c === Ch.Dollar || c === Ch.Percent) && text.charCodeAt(this.pos + 1) === Ch.LBrace) {
        this.fail(this.pos, 'Invalid block label: template sequences are not allowed in a label (write $${ for a literal "${")', this.pos + 2);
      }
      if (c === Ch.Backslash) {
        const escaped = escapeAt(text, this.pos);
        if (typeof escaped === 'string') this.fail(this.pos, escaped, this.pos + 2);
        out += escaped.value;
        this.pos += escaped.length;
        continue;
      }
      out += text[this.pos];
      this.pos++;
    }
    this.pos++;
    return out;
  }

  /**
   * Scans one expression. At the top of an attribute (`lineEnds`), a newline outside
   * brackets ends it; the enclosing `}` of a one-line block does too. Returns the
   * items when the expression is an object constructor.
   */
  private expression(lineEnds: boolean): HclItem[] | undefined {
    const text = this.text;
    let items: HclItem[] | undefined;
    let first = true;
    for (;;) {
      this.skipTrivia(false);
      if (this.pos >= text.length) return items;
      const c = text.charCodeAt(this.pos);
      if (c === Ch.LF || c === Ch.CR) {
        if (lineEnds) return items;
        this.pos++;
        continue;
      }
      if (c === Ch.RBrace || c === Ch.RBracket || c === Ch.RParen || c === Ch.Comma) return items;
      if (c === Ch.Eq) this.equals();
      else if (c === Ch.Quote) this.template();
      else if (c === Ch.Lt && text.charCodeAt(this.pos + 1) === Ch.Lt) this.heredoc();
      else if (c === Ch.LParen) this.bracketed(Ch.RParen, '(');
      else if (c === Ch.LBracket) this.bracketed(Ch.RBracket, '[');
      else if (c === Ch.LBrace) {
        const objectItems = this.objectOrFor();
        if (first) items = objectItems;
      } else {
        this.pos++;
        while (PLAIN_IN_EXPRESSION[text.charCodeAt(this.pos)] === 1) this.pos++;
      }
      first = false;
    }
  }

  /** `=` inside an expression is only ever part of `==`, `!=`, `<=`, `>=` or `=>`. */
  private equals(): void {
    const text = this.text;
    const next = text.charCodeAt(this.pos + 1);
    const previous = text.charCodeAt(this.pos - 1);
    if (next === Ch.Eq || next === Ch.Gt) {
      this.pos += 2;
      return;
    }
    if (previous === 33 /* ! */ || previous === Ch.Lt || previous === Ch.Gt) {
      this.pos += 1;
      return;
    }
    this.fail(this.pos, 'Unexpected "=": a value cannot hold another assignment (one argument per line, and a one-line block takes a single argument)');
  }

  /** `( … )` or `[ … ]`: newlines inside are insignificant; commas separate elements. */
  private bracketed(close: number, open: string): void {
    const start = this.pos;
    this.pos++;
    this.enter(start);
    for (;;) {
      this.expression(false);
      const c = this.text.charCodeAt(this.pos);
      if (c === close) break;
      if (c === Ch.Comma) {
        this.pos++;
        continue;
      }
      const closer = open === '(' ? ')' : ']';
      if (this.pos >= this.text.length) this.fail(start, `Unclosed "${open}": no matching "${closer}" before the end of the file`);
      this.fail(this.pos, `Mismatched bracket: expected "${closer}" to close the "${open}" opened earlier`);
    }
    this.pos++;
    this.depth--;
  }

  /** `{ key = value, … }` object constructor, or a `{ for … }` expression. */
  private objectOrFor(): HclItem[] | undefined {
    const text = this.text;
    const start = this.pos;
    this.pos++;
    this.enter(start);
    this.skipTrivia(true);
    const isFor = /^for\b/.test(text.slice(this.pos, this.pos + 4));
    const items: HclItem[] = [];
    for (;;) {
      this.skipTrivia(true);
      if (this.pos >= text.length) this.fail(start, 'Unclosed "{": no matching "}" before the end of the file');
      const c = text.charCodeAt(this.pos);
      if (c === Ch.RBrace) break;
      if (c === Ch.Comma) {
        this.pos++;
        continue;
      }
      if (isFor) {
        this.expression(false);
        const d = text.charCodeAt(this.pos);
        if (d === Ch.RBracket || d === Ch.RParen) this.fail(this.pos, 'Mismatched bracket: expected "}" to close the "{" opened earlier');
        continue;
      }
      items.push(this.objectItem(start));
    }
    this.pos++;
    this.depth--;
    return isFor ? undefined : items;
  }

  private objectItem(objectStart: number): HclItem {
    const text = this.text;
    const nameStart = this.pos;
    // A key is a name, a quoted string, or any expression (`(var.k)`, `lower("X")`, `1`) up to "=" or ":".
    for (;;) {
      this.skipTrivia(false);
      const c = text.charCodeAt(this.pos);
      if (this.pos >= text.length) this.fail(objectStart, 'Unclosed "{": no matching "}" before the end of the file');
      if ((c === Ch.Eq && text.charCodeAt(this.pos + 1) !== Ch.Eq) || c === Ch.Colon) break;
      if (c === Ch.LF || c === Ch.CR || c === Ch.Comma || c === Ch.RBrace || c === Ch.RBracket || c === Ch.RParen) {
        this.fail(this.pos, `Missing "=" after the object key "${text.slice(nameStart, this.pos).trim()}"`);
      }
      if (c === Ch.Quote) this.template();
      else if (c === Ch.LParen) this.bracketed(Ch.RParen, '(');
      else if (c === Ch.LBracket) this.bracketed(Ch.RBracket, '[');
      else if (c === Ch.LBrace) this.objectOrFor();
      else this.pos++;
    }
    let keyEnd = this.pos;
    while (keyEnd > nameStart && /\s/.test(text[keyEnd - 1]!)) keyEnd--;
    const written = text.slice(nameStart, keyEnd);
    const name = /^"(?:[^"\\]|\\.)*"$/.test(written) ? unquote(written) : written;
    const nameEnd = keyEnd;
    this.pos++;
    this.skipTrivia(false);
    const exprStart = this.pos;
    const items = this.expression(true);
    const item: HclItem = { name, nameStart, nameEnd, exprStart, exprEnd: this.trimmedEnd(exprStart) };
    if (items) item.items = items;
    const d = text.charCodeAt(this.pos);
    if (d === Ch.RBracket || d === Ch.RParen) this.fail(this.pos, 'Mismatched bracket: expected "}" to close the "{" opened earlier');
    return item;
  }

  /** A quoted template: escapes, `${ … }` and `%{ … }` with their `$${`/`%%{` escapes. */
  private template(): void {
    const text = this.text;
    const start = this.pos;
    this.pos++;
    for (;;) {
      if (this.pos >= text.length) this.fail(start, 'Unterminated string: this quote is never closed', this.pos);
      const c = text.charCodeAt(this.pos);
      if (c === Ch.Quote) {
        this.pos++;
        return;
      }
      if (c === Ch.LF || c === Ch.CR) this.fail(start, 'Unterminated string: a quoted string must close on the line it starts', this.pos);
      if (c === Ch.Backslash) {
        this.pos += 2;
        continue;
      }
      const sequence = templateSequenceAt(text, this.pos);
      if (sequence === 3) this.pos += 3;
      else if (sequence === 'open') this.interpolation();
      else {
        this.pos++;
        while (PLAIN_IN_TEMPLATE[text.charCodeAt(this.pos)] === 1) this.pos++;
      }
    }
  }

  /** `${ … }` inside a template: an expression up to the matching `}`. */
  private interpolation(): void {
    const start = this.pos;
    this.pos += 2;
    this.enter(start);
    for (;;) {
      this.expression(false);
      const c = this.text.charCodeAt(this.pos);
      if (c === Ch.RBrace) break;
      if (c === Ch.Comma) {
        this.pos++;
        continue;
      }
      if (this.pos >= this.text.length) this.fail(start, 'Unterminated template interpolation: "${" has no matching "}"');
      this.fail(this.pos, 'Mismatched bracket inside "${ … }"');
    }
    this.pos++;
    this.depth--;
  }

  /** `<<EOT` / `<<-EOT` … a line holding only `EOT`. */
  private heredoc(): void {
    const start = this.pos;
    const header = heredocHeaderAt(this.text, start);
    if (typeof header === 'string') {
      const nameAt = start + (this.text.charCodeAt(start + 2) === Ch.Minus ? 3 : 2);
      if (header.includes('delimiter name')) this.fail(start, header, nameAt);
      this.fail(nameAt + (/^[A-Za-z_][\w-]*/.exec(this.text.slice(nameAt, nameAt + 256))?.[0].length ?? 0), header);
    }
    const close = heredocClose(this.text, header.bodyStart, header.marker);
    if (!close) this.fail(start, `Unterminated heredoc: no line closes <<${header.marker}`, start + 2 + header.marker.length);
    this.pos = close.end;
  }
}

/** How many attributes a body's names are looked through for a repeat before they are put in a set. */
const LOOKED_THROUGH = 16;

function hasAttribute(attributes: HclItem[], name: string): boolean {
  for (const attribute of attributes) if (attribute.name === name) return true;
  return false;
}

function unquote(quoted: string): string {
  return quoted.slice(1, -1).replace(/\\(.)/g, '$1');
}
