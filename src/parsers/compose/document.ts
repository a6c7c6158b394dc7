/**
 * A compose file as a positioned YAML 1.2 tree: maps with `<<` merge keys resolved,
 * aliases followed under a budget (no "billion laughs"), comments with their offsets,
 * and every problem as a located diagnostic. Everything here is linear in the file's
 * size: pull requests are untrusted input.
 */
import { dirname } from 'node:path';
import { isMap, isPair, isScalar, isSeq, Lexer, parseAllDocuments, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { SourceComment } from '../../attach.js';
import type { Diagnostic } from '../../model.js';
import { LineIndex } from '../../text/positions.js';
import { parseDotEnv, type Environment } from './interpolate.js';
import { anchorTable, duplicateKeys, type AliasTable } from './tree.js';
import type { ParseContext } from '../types.js';

/**
 * YAML nodes aliases may expand to per reading of a file, counted by the size of what
 * each alias stands for: far beyond any real compose file, far below a bomb.
 */
export const ALIAS_BUDGET = 250_000;
/** `<<` merges of merges: real files nest two or three; a chain of thousands is an attack on the stack. */
const MERGE_DEPTH = 32;

export interface ComposeFile {
  absolutePath: string;
  file: string;
  lines: LineIndex;
  root: YAMLMap | undefined;
  document: Document.Parsed | undefined;
  /** Every alias's anchor, and how many nodes it stands for. */
  anchors: AliasTable;
  comments: SourceComment[];
  env: Environment;
  diagnostics: Diagnostic[];
  aliases: { left: number };
}

export interface Entry {
  key: string;
  keyNode: YamlNode;
  value: YamlNode | null;
  pair: Pair;
}

export function loadComposeFile(absolutePath: string, text: string, context: ParseContext): ComposeFile {
  const file = context.displayPath(absolutePath);
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const at = (start: number, end: number, message: string): Diagnostic => ({ file, location: lines.location(file, start, end), message, level: 'error' });
  // The library's own duplicate-key check is quadratic in a map's size; duplicateKeys is not.
  const documents = parseAllDocuments(text, { version: '1.2', merge: true, uniqueKeys: false, prettyErrors: false, strict: true });
  const list = Array.isArray(documents) ? documents : [];
  const doc = list[0];
  const errors = [...(doc?.errors ?? []).map((e) => ({ pos: e.pos, message: yamlMessage(e.message) })), ...duplicateKeys(doc?.contents ?? null)];
  errors.sort((a, b) => a.pos[0] - b.pos[0]);
  for (const error of errors) diagnostics.push(at(error.pos[0], error.pos[1], error.message));
  if (list.length > 1) {
    const second = list[1]!;
    diagnostics.push(at(second.range[0], second.range[0] + 3, 'A compose file holds one YAML document; this file has more, and compose reads only the first'));
  }
  const contents = doc?.contents ?? null;
  let root: YAMLMap | undefined;
  if (doc && errors.length === 0) {
    if (isMap(contents)) root = contents;
    else if (contents !== null && !(isScalar(contents) && contents.value === null)) {
      diagnostics.push(at(contents.range?.[0] ?? 0, contents.range?.[1] ?? 1, 'A compose file must be a mapping (services:, volumes:, …) at the top level'));
    }
  }
  const envResult = context.read(`${dirname(absolutePath)}/.env`);
  const env = envResult.ok ? parseDotEnv(envResult.text) : new Map<string, string>();
  const anchors = root ? anchorTable(root) : new Map();
  return { absolutePath, file, lines, root, document: doc, anchors, comments: comments(text), env, diagnostics, aliases: { left: ALIAS_BUDGET } };
}

function yamlMessage(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
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

/** A file that would cost more to read than its size allows: reported at `offset` in `where`, the file not scanned. */
export class LimitError extends Error {
  constructor(
    message: string,
    readonly where: ComposeFile,
    readonly offset: number,
  ) {
    super(message);
  }

  get diagnostic(): Diagnostic {
    const { file, lines } = this.where;
    return { file, location: lines.location(file, this.offset, this.offset + 1), message: this.message, level: 'error' };
  }
}

/** Follows an alias to its anchor, charging the file's budget with the size of what it stands for. */
export function deref(node: YamlNode | null | undefined, file: ComposeFile): YamlNode | null {
  const current = node ?? null;
  const alias = current ? file.anchors.get(current) : undefined;
  if (!alias) return current;
  file.aliases.left -= alias.size;
  if (file.aliases.left < 0) {
    throw new LimitError('Too many alias expansions (a YAML "billion laughs" bomb?): the file is not scanned', file, current!.range?.[0] ?? 0);
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

/** Each map is indexed once: services look each other up by name, thousands of times. */
const indexes = new WeakMap<YAMLMap, Indexed>();

function indexed(map: YAMLMap, file: ComposeFile, nesting: number): Indexed {
  const known = indexes.get(map);
  if (known) return known;
  const tooDeep = (at: Pair) => new LimitError(`Merge keys (<<) nest more than ${MERGE_DEPTH} levels deep: the file is not scanned`, file, span(at.key as YamlNode)?.[0] ?? 0);
  const list: Entry[] = [];
  const byKey = new Map<string, Entry>();
  const merged: Entry[] = [];
  let depth = 0;
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    if (isMergeKey(pair)) {
      if (nesting >= MERGE_DEPTH) throw tooDeep(pair);
      const source = deref(pair.value as YamlNode, file);
      const sources = isSeq(source) ? source.items.map((i) => deref(i as YamlNode, file)) : [source];
      for (const s of sources) {
        if (!isMap(s)) continue;
        const inner = indexed(s, file, nesting + 1);
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
export function entries(map: YAMLMap, file: ComposeFile): Entry[] {
  return indexed(map, file, 0).list;
}

export function entry(map: YAMLMap | undefined, key: string, file: ComposeFile): Entry | undefined {
  return map ? indexed(map, file, 0).byKey.get(key) : undefined;
}

/** A node's range as [start, end) offsets. */
export function span(node: YamlNode | null | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}
