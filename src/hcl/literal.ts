/**
 * The value of an HCL expression when it is a literal — a string without template
 * sequences, a heredoc, a number, a bool, null, or a tuple or object of those — read
 * straight from the source. Anything else (a reference, a function call, a template, an
 * operator) is `Unknown`: known only when the tool runs. This is what hcl2json would
 * answer for the same text (tests/terraform-values.test.ts holds the two to each other),
 * without a WASM call per file.
 */
import { Unknown, type Value } from '../model.js';
import { commentAt, escapeAt, heredocClose, heredocHeaderAt, templateSequenceAt } from './lexer.js';

/** `var.x` or `local.x`, or the template `"${var.x}"` that means the same. */
const REFERENCE = /^(?:((?:var|local)\.[A-Za-z_][\w-]*)|"\$\{\s*((?:var|local)\.[A-Za-z_][\w-]*)\s*\}")$/;

export class LiteralSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * `text` is the source; `[start, end)` the expression. Throws LiteralSyntaxError for a malformed literal.
 * `items`, when given, records the value of each object item read, by where its expression starts.
 */
export function literalValue(text: string, start: number, end: number, items?: Map<number, Value>): Value {
  const reader = new Reader(text, start, end, items);
  reader.skip();
  const value = reader.value();
  reader.skip();
  if (value === NOT_LITERAL || reader.pos < end) return unknownFor(text.slice(start, end));
  return value;
}

function unknownFor(raw: string): Unknown {
  const expression = raw.trim();
  const reference = REFERENCE.exec(expression);
  if (reference) {
    const name = reference[1] ?? reference[2]!;
    return new Unknown(`comes from ${name}, which strata does not resolve`, name);
  }
  return unknownExpression(expression);
}

/**
 * Literals of one source, each read once: an object item of an attribute read before is the
 * value that read found for it, not a read of its own (which, level after level of a deeply
 * nested object, would read the same text again at every level).
 */
export function literalReader(text: string): (expression: { exprStart: number; exprEnd: number }) => Value {
  const items = new Map<number, Value>();
  return ({ exprStart, exprEnd }) => (items.has(exprStart) ? items.get(exprStart)! : literalValue(text, exprStart, exprEnd, items));
}

/** What strata says of an expression only Terraform can evaluate (shown clipped). */
export function unknownExpression(expression: string): Unknown {
  return new Unknown(`is the expression ${shownExpression(expression)}, known only at run time`);
}

/** An expression as a message shows it: clipped to 60 characters. */
export function shownExpression(expression: string): string {
  return expression.length > 60 ? `${expression.slice(0, 57)}...` : expression;
}

const NOT_LITERAL = Symbol('not a literal');
type Read = Value | typeof NOT_LITERAL;

class Reader {
  pos: number;

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
    private readonly items?: Map<number, Value>,
  ) {
    this.pos = start;
  }

  skip(): void {
    const text = this.text;
    while (this.pos < this.end) {
      const c = text[this.pos]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else {
        const comment = commentAt(text, this.pos);
        if (!comment) return;
        this.pos = comment.end < 0 ? this.end : Math.min(comment.end, this.end);
      }
    }
  }

  value(): Read {
    const text = this.text;
    const c = text[this.pos];
    if (c === '"') return this.string();
    if (c === '<' && text[this.pos + 1] === '<') return this.heredoc();
    if (c === '[') return this.tuple();
    if (c === '{') return this.object();
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(this.pos, Math.min(this.end, this.pos + 64)));
    if (number) {
      const after = text[this.pos + number[0].length];
      if (after !== undefined && /[\w.]/.test(after) && this.pos + number[0].length < this.end) return NOT_LITERAL;
      this.pos += number[0].length;
      return Number(number[0]);
    }
    const word = /^[A-Za-z_][\w-]*/.exec(text.slice(this.pos, Math.min(this.end, this.pos + 64)))?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      const after = text[this.pos + word.length];
      if (after !== undefined && this.pos + word.length < this.end && /[\w.([]/.test(after)) return NOT_LITERAL;
      this.pos += word.length;
      return word === 'null' ? null : word === 'true';
    }
    return NOT_LITERAL;
  }

  /** A quoted template; a literal only when it holds no `${`/`%{` sequence. */
  private string(): Read {
    const text = this.text;
    let out = '';
    let literal = true;
    this.pos++;
    while (this.pos < this.end && text[this.pos] !== '"') {
      const c = text[this.pos]!;
      if (c === '\\') {
        const escaped = escapeAt(text, this.pos);
        if (typeof escaped === 'string') throw new LiteralSyntaxError(escaped, this.pos);
        out += escaped.value;
        this.pos += escaped.length;
        continue;
      }
      const sequence = templateSequenceAt(text, this.pos);
      if (sequence === 3) {
        out += `${c}{`;
        this.pos += 3;
        continue;
      }
      if (sequence === 'open') {
        literal = false;
        this.skipInterpolation();
        continue;
      }
      out += c;
      this.pos++;
    }
    this.pos++;
    return literal ? out : NOT_LITERAL;
  }

  /** Past a `${ … }` (strings and braces inside it included). */
  private skipInterpolation(): void {
    let depth = 0;
    while (this.pos < this.end) {
      const c = this.text[this.pos]!;
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        this.pos++;
        return;
      } else if (c === '"') {
        this.pos++;
        while (this.pos < this.end && this.text[this.pos] !== '"') this.pos += this.text[this.pos] === '\\' ? 2 : 1;
      }
      this.pos++;
    }
  }

  private heredoc(): Read {
    const text = this.text;
    const header = heredocHeaderAt(text, this.pos);
    if (typeof header === 'string') return NOT_LITERAL;
    const { strip } = header;
    const close = heredocClose(text, header.bodyStart, header.marker, this.end);
    const bodyEnd = close ? close.lineStart : this.end;
    this.pos = close ? close.end : this.end;
    const lines = text.slice(header.bodyStart, bodyEnd).split(/\r?\n/);
    // The body ends with the line break before the closing line: no empty last line of its own.
    if (close && lines[lines.length - 1] === '') lines.pop();
    const body = lines.join('\n');
    if (/(^|[^$])\$\{|(^|[^%])%\{/.test(body)) return NOT_LITERAL;
    let kept = lines;
    if (strip) {
      const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
      const cut = indents.length > 0 ? indents.reduce((a, b) => Math.min(a, b)) : 0;
      kept = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)));
    }
    return kept
      .map((l) => `${l}\n`)
      .join('')
      .replace(/\$\$\{/g, '${')
      .replace(/%%\{/g, '%{');
  }

  private tuple(): Read {
    const items: Value[] = [];
    const open = this.pos;
    this.pos++;
    for (;;) {
      this.skip();
      if (this.pos >= this.end) throw new LiteralSyntaxError('Unclosed "[": no matching "]"', open);
      if (this.text[this.pos] === ']') {
        this.pos++;
        return items;
      }
      items.push(this.element(']', false));
      this.skip();
      if (this.text[this.pos] === ',') this.pos++;
    }
  }

  private object(): Read {
    const out: Record<string, Value> = Object.create(null); // no prototype: a key named __proto__ is just a key
    const text = this.text;
    this.pos++;
    this.skip();
    if (/^for\b/.test(text.slice(this.pos, this.pos + 4))) return NOT_LITERAL;
    for (;;) {
      this.skip();
      if (this.pos >= this.end) return NOT_LITERAL;
      if (text[this.pos] === '}') {
        this.pos++;
        return out;
      }
      let key: string | undefined;
      if (text[this.pos] === '"') {
        const read = this.string();
        key = typeof read === 'string' ? read : undefined;
      } else {
        key = /^[A-Za-z_][\w-]*/.exec(text.slice(this.pos, this.pos + 256))?.[0];
        if (key) this.pos += key.length;
      }
      if (key === undefined) {
        // A computed key, as hcl2json renders it, is no key strata can name: skip the item.
        this.skipExpression('}', true, true);
        this.pos++;
        this.skipExpression('}', true, false);
        continue;
      }
      this.skip();
      const separator = text[this.pos];
      if ((separator !== '=' && separator !== ':') || text[this.pos + 1] === '=') return NOT_LITERAL;
      this.pos++;
      this.skip();
      out[key] = this.element('}', true);
      this.skip();
      if (text[this.pos] === ',') this.pos++;
    }
  }

  /** One element of a tuple or object: its literal value, or Unknown for an expression. */
  private element(closer: string, newlineEnds: boolean): Value {
    const start = this.pos;
    const value = this.value();
    const afterValue = this.pos;
    this.skipInline(newlineEnds);
    const next = this.text[this.pos];
    const ended = next === ',' || next === closer || next === undefined || this.pos >= this.end || (newlineEnds && (next === '\n' || next === '\r'));
    if (value !== NOT_LITERAL && ended) {
      // Only literals are kept: an item that is an expression is read again on its own, to show it as its item ends.
      if (closer === '}') this.items?.set(start, value);
      return value;
    }
    if (value !== NOT_LITERAL && next !== undefined && /["\w[{]/.test(next) && afterValue < this.pos) {
      throw new LiteralSyntaxError(
        closer === ']'
          ? 'Missing item separator: expected a comma between the elements of this list'
          : 'Missing item separator: expected a newline or comma between the attributes of this object',
        this.pos,
      );
    }
    this.pos = start;
    this.skipExpression(closer, newlineEnds, false);
    return unknownFor(this.text.slice(start, this.pos));
  }

  /** Blanks and comments, but not line breaks when they end an element. */
  private skipInline(newlineEnds: boolean): void {
    if (!newlineEnds) return this.skip();
    while (this.pos < this.end && (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')) this.pos++;
  }

  /** Past an expression: up to a `,`, the closer or (in objects) a line break, outside brackets and strings. */
  private skipExpression(closer: string, newlineEnds: boolean, toSeparator: boolean): void {
    const text = this.text;
    let depth = 0;
    while (this.pos < this.end) {
      const c = text[this.pos]!;
      if (depth === 0) {
        if (c === ',' || c === closer || (newlineEnds && (c === '\n' || c === '\r'))) return;
        if (toSeparator && (c === '=' || c === ':') && text[this.pos + 1] !== '=' && text[this.pos - 1] !== '=' && text[this.pos - 1] !== '!') return;
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      else if (c === '"') {
        this.pos++;
        while (this.pos < this.end && text[this.pos] !== '"') {
          if (text[this.pos] === '\\') this.pos++;
          else if (text[this.pos] === '$' && text[this.pos + 1] === '{') {
            this.skipInterpolation();
            continue;
          }
          this.pos++;
        }
      } else if (c === '<' && text[this.pos + 1] === '<') {
        const header = heredocHeaderAt(text, this.pos);
        if (typeof header !== 'string') {
          this.pos = heredocClose(text, header.bodyStart, header.marker, this.end)?.end ?? this.end;
          continue;
        }
      } else if (c === '#' || (c === '/' && (text[this.pos + 1] === '/' || text[this.pos + 1] === '*'))) {
        const end = commentAt(text, this.pos)!.end;
        this.pos = end < 0 ? this.end : Math.min(end, this.end);
        continue;
      }
      this.pos++;
    }
  }
}
