/**
 * The YAML front end every YAML format shares (compose today; Kubernetes and CloudFormation
 * next): a file as positioned YAML 1.2 documents, comments with their offsets, every
 * problem a located diagnostic — and, for reading a document, maps with `<<` merge keys
 * resolved and aliases followed under a budget counted by what they expand to. Everything
 * here is linear in the file's size: pull requests are untrusted input.
 */
import { isMap, isPair, isScalar, isSeq, Lexer, parseAllDocuments, type CollectionTag, type Document, type Node as YamlNode, type Pair, type ScalarTag, type YAMLMap } from 'yaml';
import type { SourceComment } from '../attach.js';
import type { Diagnostic, Location, Value } from '../model.js';
import { LineIndex } from '../text/positions.js';
import { anchorTable, duplicateKeys, type AliasTable } from './tree.js';

/**
 * YAML nodes aliases may expand to per reading of a document, counted by the size of what
 * each alias stands for: far beyond any real file, far below a bomb.
 */
export const ALIAS_BUDGET = 250_000;
/** `<<` merges of merges: real files nest two or three; a chain of thousands is an attack on the stack. */
const MERGE_DEPTH = 32;

/** A YAML file: its documents, with what reading them needs. */
export interface YamlFile {
  file: string;
  lines: LineIndex;
  comments: SourceComment[];
  documents: YamlDocument[];
}

/** One document, ready to be read: its contents, its anchors, its problems, its alias budget. */
export interface YamlDocument {
  file: string;
  lines: LineIndex;
  document: Document.Parsed;
  contents: YamlNode | null;
  /** Every alias's anchor, and how many nodes it stands for. */
  anchors: AliasTable;
  /** Syntax errors and duplicate keys, located, in order. */
  errors: Diagnostic[];
  /**
   * No syntax error: every one of `errors` (if any) is a duplicate key. A reader whose tool
   * takes such files (CloudFormation does) may read on; the first of each key counts.
   */
  whole: boolean;
  /** With `tags` given: each tag outside them, located (the node keeps the tag and is read as written). */
  unknownTags: Diagnostic[];
  aliases: { left: number };
}

export interface LoadOptions {
  /**
   * Local tags the format defines (CloudFormation's `!Ref`, `!Sub`, …), on scalars, sequences
   * and maps alike: each node keeps its tag (`node.tag`) for the format to read. Without
   * them every tag is kept too, unremarked; with them, any other tag is reported in `unknownTags`.
   */
  tags?: readonly string[];
}

export interface Entry {
  key: string;
  keyNode: YamlNode;
  value: YamlNode | null;
  pair: Pair;
}

export function loadYaml(file: string, text: string, options: LoadOptions = {}): YamlFile {
  const lines = new LineIndex(text);
  const customTags = options.tags ? localTags(options.tags) : [];
  // The library's own duplicate-key check is quadratic in a map's size; duplicateKeys is not.
  const parsed = parseAllDocuments(text, { version: '1.2', merge: true, uniqueKeys: false, prettyErrors: false, strict: true, customTags });
  const documents = (Array.isArray(parsed) ? parsed : []).map((document): YamlDocument => {
    const contents = (document.contents as YamlNode | null) ?? null;
    const problems = [...document.errors.map((e) => ({ pos: e.pos, message: yamlMessage(e.message) })), ...duplicateKeys(contents)];
    problems.sort((a, b) => a.pos[0] - b.pos[0]);
    const errors = problems.map((p): Diagnostic => ({ file, location: lines.location(file, p.pos[0], p.pos[1]), message: p.message, level: 'error' }));
    const whole = document.errors.length === 0;
    const anchors = contents && whole ? anchorTable(contents) : new Map();
    const unknownTags = options.tags
      ? document.warnings
          .filter((w) => w.code === 'TAG_RESOLVE_FAILED')
          .map((w): Diagnostic => ({ file, location: lines.location(file, w.pos[0], w.pos[1]), message: unknownTagMessage(w.message), level: 'warning' }))
      : [];
    return { file, lines, document, contents, anchors, errors, whole, unknownTags, aliases: { left: ALIAS_BUDGET } };
  });
  return { file, lines, comments: comments(text), documents };
}

/** A format's tags, made once per list (a format passes the same list for every file). */
const madeTags = new WeakMap<readonly string[], Array<ScalarTag | CollectionTag>>();

/** Each tag as the library resolves it on a scalar, a sequence and a map: the node as written, tag kept. */
function localTags(tags: readonly string[]): Array<ScalarTag | CollectionTag> {
  let made = madeTags.get(tags);
  if (!made) {
    made = tagsFor(tags);
    madeTags.set(tags, made);
  }
  return made;
}

function tagsFor(tags: readonly string[]): Array<ScalarTag | CollectionTag> {
  return tags.flatMap(
    (tag): Array<ScalarTag | CollectionTag> => [
      { tag, resolve: (value: string) => value },
      { tag, collection: 'seq', resolve: (value) => value },
      { tag, collection: 'map', resolve: (value) => value },
    ],
  );
}

function unknownTagMessage(message: string): string {
  const tag = /^Unresolved tag: (.*)$/.exec(yamlMessage(message))?.[1];
  return tag === undefined ? yamlMessage(message) : `Unknown tag ${tag}: not one this format defines, so the value it marks is read as unknown`;
}

function yamlMessage(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  // The library reports its own stack overflow as an error of the document: say what the file did.
  return first === 'Maximum call stack size exceeded' ? 'The YAML nests too deeply to be read (the parser ran out of stack): the file is not scanned' : first;
}

/** Comment tokens, with offsets: the lexer's control tokens take no room in the source. */
function comments(text: string): SourceComment[] {
  const found: SourceComment[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    if (token.startsWith('#')) found.push({ text: token.slice(1), start: offset, end: offset + token.length, textStart: offset + 1 });
    offset += token.length;
  }
  return found;
}

/** A document that would cost more to read than its size allows: reported at `offset` in `where`. */
export class LimitError extends Error {
  constructor(
    message: string,
    readonly where: Pick<YamlDocument, 'file' | 'lines'>,
    readonly offset: number,
  ) {
    super(message);
  }

  get diagnostic(): Diagnostic {
    const { file, lines } = this.where;
    return { file, location: lines.location(file, this.offset, this.offset + 1), message: this.message, level: 'error' };
  }
}

/** What reading a document needs: where it is, its anchors and its alias budget. */
export type Readable = Pick<YamlDocument, 'file' | 'lines' | 'anchors' | 'aliases'>;

/** Follows an alias to its anchor, charging the budget with the size of what it stands for. */
export function deref(node: YamlNode | null | undefined, doc: Readable): YamlNode | null {
  const current = node ?? null;
  const alias = current ? doc.anchors.get(current) : undefined;
  if (!alias) return current;
  doc.aliases.left -= alias.size;
  if (doc.aliases.left < 0) {
    throw new LimitError('Too many alias expansions (a YAML "billion laughs" bomb?): the file is not scanned', doc, current!.range?.[0] ?? 0);
  }
  return alias.target;
}

function isMergeKey(pair: Pair): boolean {
  const key = pair.key;
  return isScalar(key) && (key.value === '<<' || (typeof key.value === 'symbol' && String(key.value) === 'Symbol(<<)'));
}

interface Indexed {
  list: Entry[];
  byKey: Map<string, Entry>;
  /** How many `<<` levels this map's entries come through. */
  depth: number;
}

/** Each map is indexed once: entries look each other up by name, thousands of times. */
const indexes = new WeakMap<YAMLMap, Indexed>();

function indexed(map: YAMLMap, doc: Readable, nesting: number): Indexed {
  const known = indexes.get(map);
  if (known) return known;
  const tooDeep = (at: Pair) => new LimitError(`Merge keys (<<) nest more than ${MERGE_DEPTH} levels deep: the file is not scanned`, doc, span(at.key as YamlNode)?.[0] ?? 0);
  const list: Entry[] = [];
  const byKey = new Map<string, Entry>();
  const merged: Entry[] = [];
  let depth = 0;
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    if (isMergeKey(pair)) {
      if (nesting >= MERGE_DEPTH) throw tooDeep(pair);
      const source = deref(pair.value as YamlNode, doc);
      const sources = isSeq(source) ? source.items.map((i) => deref(i as YamlNode, doc)) : [source];
      for (const s of sources) {
        if (!isMap(s)) continue;
        const inner = indexed(s, doc, nesting + 1);
        depth = Math.max(depth, inner.depth + 1);
        // Checked on the stored depth too, so the answer does not depend on which map was read first.
        if (depth > MERGE_DEPTH) throw tooDeep(pair);
        for (const e of inner.list) merged.push(e);
      }
      continue;
    }
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const e: Entry = { key, keyNode, value: (pair.value as YamlNode | null) ?? null, pair };
    list.push(e);
    if (!byKey.has(key)) byKey.set(key, e);
  }
  // Explicit keys win, then earlier merge sources.
  for (const e of merged) {
    if (byKey.has(e.key)) continue;
    byKey.set(e.key, e);
    list.push(e);
  }
  const result = { list, byKey, depth };
  indexes.set(map, result);
  return result;
}

/** A map's entries, `<<` merges included: explicit keys win, then earlier merge sources. */
export function entries(map: YAMLMap, doc: Readable): Entry[] {
  return indexed(map, doc, 0).list;
}

export function entry(map: YAMLMap | undefined, key: string, doc: Readable): Entry | undefined {
  return map ? indexed(map, doc, 0).byKey.get(key) : undefined;
}

/** A node's range as [start, end) offsets. */
export function span(node: YamlNode | null | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}

/** The map at a path of keys below a node (aliases followed), if every step is a map. */
export function mapAt(node: YamlNode | null | undefined, path: readonly string[], doc: Readable): YAMLMap | undefined {
  let current = deref(node, doc);
  for (const key of path) {
    if (!isMap(current)) return undefined;
    current = deref(entry(current, key, doc)?.value, doc);
  }
  return isMap(current) ? current : undefined;
}

/** A string scalar's text (aliases followed); anything else is undefined. */
export function stringAt(node: YamlNode | null | undefined, doc: Readable): string | undefined {
  const value = deref(node, doc);
  return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
}

/** Where an entry is written: its key to the end of its value. */
export function entryLocation(e: Pick<Entry, 'keyNode' | 'value'>, doc: Readable): Location {
  const start = span(e.keyNode)?.[0] ?? 0;
  return doc.lines.location(doc.file, start, span(e.value)?.[1] ?? span(e.keyNode)?.[1] ?? start);
}

/** A scalar's value as strata's `Value`: what YAML reads as something else (a date, a binary) as its text. */
export function scalarValue(value: unknown): Value {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return String(value);
}
