/**
 * JSON as the reports write it: `JSON.stringify(value, null, 2)` and a newline, but ASCII
 * only, every character past `~` written as the `\u` escape JSON reads as that character.
 * A report whose text held one character past U+00FF (an ellipsis in a message, a name
 * from the tree) would be held by V8 at two bytes per character, the whole of it; and a
 * report's long list (SARIF's results, the findings) is made item by item as the text is
 * taken (a `ReportText` in pieces): the text of a big report never exists whole, inside
 * `JSON.stringify` or out of it.
 */
import { unicodeEscape } from '../text/escape.js';

/**
 * An array in the report written item by item: `key`'s value is written as `[]` in the value,
 * and `items` take its place, each as `toJson` makes it (when given) just before it is written:
 * what it makes dies young, never all of it at once.
 */
export interface Spread<T = unknown> {
  key: string;
  items: readonly T[];
  toJson?: (item: T) => unknown;
}

/** A character JSON may carry escaped, and that this text escapes: DEL and everything past ASCII. */
const NOT_ASCII = /[\u007f-\uffff]/g;
const HAS_NOT_ASCII = /[\u007f-\uffff]/;

/**
 * `value` as indented, ASCII-only JSON text, in pieces made as they are taken: an array item by
 * item; else `spread`'s items in place of the empty array its key holds.
 */
export function* jsonText<T>(value: unknown, spread?: Spread<T>): Generator<string> {
  if (Array.isArray(value)) {
    yield* listPieces(value, '');
    yield '\n';
    return;
  }
  const text = ascii(JSON.stringify(value, null, 2));
  if (!spread || spread.items.length === 0) {
    yield `${text}\n`;
    return;
  }
  // A key is the one place a quote stands unescaped, so the empty array under it is found exactly.
  const slot = new RegExp(`\\n( *)${JSON.stringify(spread.key)}: \\[\\]`).exec(text);
  if (!slot) throw new Error(`jsonText: no empty array under ${spread.key}`);
  const at = slot.index + slot[0].length - 2;
  yield text.slice(0, at);
  yield* listPieces(spread.items, slot[1]!, spread.toJson);
  yield `${text.slice(at + 2)}\n`;
}

/** An array as JSON.stringify indents it at `indent` (spaces, an even number), in pieces: each item stringified on its own, when it is taken. */
function* listPieces<T>(items: readonly T[], indent: string, toJson: (item: T) => unknown = (item) => item): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  yield '[';
  for (const [i, item] of items.entries()) {
    yield i === 0 ? `\n${inner}` : `,\n${inner}`;
    yield ascii(indented(toJson(item), inner.length / 2));
  }
  yield `\n${indent}]`;
}

/**
 * An item as JSON.stringify writes it `depth` levels down, from its first character to its
 * last: stringified inside that many arrays, which indent it, and cut out of them (a slice,
 * not a copy). Indenting its text afterwards would copy it again, in pieces.
 */
function indented(item: unknown, depth: number): string {
  let wrapped: unknown = item === undefined ? null : item;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each level opens with "[", a newline and its indent, and closes with a newline, its parent's indent and "]".
  const opening = 2 * depth + depth * (depth + 1);
  const closing = 2 * depth + depth * (depth - 1);
  return text.slice(opening, text.length - closing);
}

function ascii(text: string): string {
  if (!HAS_NOT_ASCII.test(text)) return text;
  const escaped = text.replace(NOT_ASCII, unicodeEscape);
  // What replace makes of a two-byte string stays two-byte, ASCII as it now is: through latin1 it is one byte per character again.
  return Buffer.from(escaped, 'latin1').toString('latin1');
}
