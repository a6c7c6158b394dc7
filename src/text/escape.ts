/**
 * Untrusted text on its way out. Every byte of a scanned tree is written by someone we do
 * not trust, and strata's outputs land where bytes have power: a terminal (escape
 * sequences), GitHub's log (a line that starts with `::`, or holds `##[`, is a workflow
 * command), a job summary (markdown with HTML). Formatters escape each untrusted string for
 * their channel with `printable` and `markdownText`; `guardOutput` then checks every line
 * of the finished output, whoever wrote it, so no new path can slip a command through.
 */

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional
 * overrides that make source read differently from what it is ("Trojan Source").
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/** A UTF-16 code unit as the `\uXXXX` escape JSON and JavaScript read as it. */
export function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One line of plain text: every unsafe character shown as a visible escape (`\e`, `\r`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? unicodeEscape(c));
}

/** Like `printable`, but keeps line breaks: for multi-line messages written to stderr. */
export function printableLines(text: string): string {
  return text
    .split(/\r\n|\n/)
    .map((line) => printable(line))
    .join('\n');
}

/**
 * What makes inline markdown (GitHub's flavour) do something: HTML and entities, code spans,
 * emphasis, links and images, table cells, strikethrough, math. Headings, lists and quotes
 * need a line start, which a cell never has. CommonMark lets a backslash escape each.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&!$]/g;

/**
 * Untrusted text inside a markdown table cell or paragraph: one line, every special character
 * escaped, so nothing can end the table, open HTML or a `<details>`, start a code span or a link.
 */
export function markdownText(text: string): string {
  return (
    printable(text)
      .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
      // GitHub also links bare URLs, `www.` names and e-mail addresses: an escaped `:`, `.` or `@` breaks each.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
  );
}

/** Untrusted text in HTML content or a quoted attribute. */
export function htmlText(text: string): string {
  return printable(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * What XML 1.0 forbids even as a character reference, beyond the controls `printable`
 * already shows: U+FFFE, U+FFFF and a surrogate without its pair.
 */
const XML_FORBIDDEN = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Untrusted text in XML content or a quoted attribute: a well-formed document whatever the text holds. */
export function xmlText(text: string): string {
  return htmlText(printable(text).replace(XML_FORBIDDEN, unicodeEscape));
}

/**
 * The window `[start, end)` of a long line worth showing around `column` (1-based): a code
 * frame of a 200 KB one-line file is one screen, not 200 KB per finding.
 */
export function lineWindow(length: number, column: number, width = 160): { start: number; end: number } {
  if (length <= width) return { start: 0, end: length };
  const start = Math.max(0, Math.min(column - 1 - Math.floor(width / 3), length - width));
  return { start, end: start + width };
}

/** A message or name cut to `length` characters, with `…` where it was cut. */
export function clip(text: string, length = 500): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}

export type Channel = 'text' | 'markdown' | 'html' | 'xml' | 'json' | 'github';

/**
 * The last check on anything strata prints or writes: no line may start (after blanks) with
 * `::` and none may hold `##[` — the two ways GitHub's runner reads a log line as a command —
 * unless strata itself writes a workflow command (`github`, whose data is escaped where it
 * is built). Each channel neutralises them in its own syntax, so the text still reads the same.
 */
export function guardOutput(output: string, channel: Channel): string {
  if (channel === 'github') return output.replace(/\r(?!\n)/g, '\\r');
  // XML takes the same character references as HTML: the output stays well-formed.
  const bracket = { text: '##\\[', markdown: '##\\[', html: '##&#91;', xml: '##&#91;', json: '##\\u005b' }[channel];
  const lineStart = { text: '\\::', markdown: '\\::', html: '&#58;:', xml: '&#58;:', json: '\\u003a:' }[channel];
  // The runner trims what .NET calls white space (NEL included) before looking for `::`.
  let guarded = output.replace(/##\[/g, bracket).replace(/^((?:[^\S\n]|\u0085)*)::/gm, (_, blanks: string) => `${blanks}${lineStart}`);
  // A lone carriage return ends a line for the runner; it never belongs in a report.
  guarded = guarded.replace(/\r(?!\n)/g, channel === 'html' || channel === 'xml' ? '&#13;' : '\\r');
  if (channel === 'json') guarded = guarded.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, unicodeEscape);
  return guarded;
}

/** Characters gathered before a chunk of a report in pieces is guarded and written. */
const CHUNK = 1 << 20;

/**
 * A report in pieces, guarded as `guardOutput` guards it whole: regrouped into chunks of
 * about a megabyte that each end with a line break (the last excepted). Every rule of the
 * guard looks within one line (a lone CR at most at the next character, which a chunk
 * ending in a line break cannot hold), so guarding chunk by chunk is guarding the whole.
 */
export function* guardedChunks(pieces: Iterable<string>, channel: Channel): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  // Gathered again only once it has doubled: a line longer than a chunk is joined a few times, not once per piece.
  let joinAt = CHUNK;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length < joinAt) continue;
    const joined = pending.join('');
    const cut = joined.lastIndexOf('\n') + 1;
    if (cut > 0) yield guardOutput(joined.slice(0, cut), channel);
    const rest = joined.slice(cut);
    pending = rest === '' ? [] : [rest];
    length = rest.length;
    joinAt = Math.max(CHUNK, 2 * length);
  }
  const last = pending.join('');
  if (last !== '') yield guardOutput(last, channel);
}
