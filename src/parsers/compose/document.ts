/**
 * A compose file as a positioned YAML 1.2 tree: maps with `<<` merge keys resolved,
 * aliases followed under a budget (no "billion laughs"), comments with their offsets,
 * and every problem as a located diagnostic.
 */
import { dirname } from 'node:path';
import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, parseAllDocuments, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { SourceComment } from '../../attach.js';
import type { Diagnostic } from '../../model.js';
import { LineIndex } from '../../text/positions.js';
import { parseDotEnv, type Environment } from './interpolate.js';
import type { ParseContext } from '../types.js';

/** Alias dereferences allowed per file: far beyond any real compose file, far below a bomb. */
export const ALIAS_BUDGET = 10_000;


export interface ComposeFile {
  absolutePath: string;
  file: string;
  lines: LineIndex;
  root: YAMLMap | undefined;
  document: Document.Parsed | undefined;
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
  const documents = parseAllDocuments(text, { version: '1.2', merge: true, uniqueKeys: true, prettyErrors: false, strict: true });
  const list = Array.isArray(documents) ? documents : [];
  const doc = list[0];
  for (const error of doc?.errors ?? []) diagnostics.push(at(error.pos[0], error.pos[1], yamlMessage(error.message)));
  if (list.length > 1) {
    const second = list[1]!;
    diagnostics.push(at(second.range[0], second.range[0] + 3, 'A compose file holds one YAML document; this file has more, and compose reads only the first'));
  }
  const contents = doc?.contents ?? null;
  let root: YAMLMap | undefined;
  if (doc && doc.errors.length === 0) {
    if (isMap(contents)) root = contents;
    else if (contents !== null && !(isScalar(contents) && contents.value === null)) {
      diagnostics.push(at(contents.range?.[0] ?? 0, contents.range?.[1] ?? 1, 'A compose file must be a mapping (services:, volumes:, …) at the top level'));
    }
  }
  const envResult = context.read(`${dirname(absolutePath)}/.env`);
  const env = envResult.ok ? parseDotEnv(envResult.text) : new Map<string, string>();
  return { absolutePath, file, lines, root, document: doc, comments: comments(text), env, diagnostics, aliases: { left: ALIAS_BUDGET } };
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

export class AliasBombError extends Error {
  constructor(
    message: string,
    /** Where the budget ran out. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Follows an alias to its anchor, counting against the file's budget. */
export function deref(node: YamlNode | null | undefined, file: ComposeFile): YamlNode | null {
  let current = node ?? null;
  while (current && isAlias(current)) {
    if (--file.aliases.left < 0) {
      throw new AliasBombError('Too many alias references (a YAML "billion laughs" bomb?): the file is not scanned', current.range?.[0] ?? 0);
    }
    const target = file.document ? (current.resolve(file.document) as YamlNode | undefined) : undefined;
    current = target ?? null;
  }
  return current;
}

function isMergeKey(pair: Pair): boolean {
  const key = pair.key;
  return isScalar(key) && (key.value === '<<' || (typeof key.value === 'symbol' && String(key.value) === 'Symbol(<<)'));
}

/** A map's entries, `<<` merges included: explicit keys win, then earlier merge sources. */
export function entries(map: YAMLMap, file: ComposeFile): Entry[] {
  const explicit: Entry[] = [];
  const merged: Entry[] = [];
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    if (isMergeKey(pair)) {
      const source = deref(pair.value as YamlNode, file);
      const sources = isSeq(source) ? source.items.map((i) => deref(i as YamlNode, file)) : [source];
      for (const s of sources) if (isMap(s)) merged.push(...entries(s, file));
      continue;
    }
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    explicit.push({ key, keyNode, value: (pair.value as YamlNode | null) ?? null, pair });
  }
  const seen = new Set(explicit.map((e) => e.key));
  const out = [...explicit];
  for (const entry of merged) {
    if (seen.has(entry.key)) continue;
    seen.add(entry.key);
    out.push(entry);
  }
  return out;
}

export function entry(map: YAMLMap | undefined, key: string, file: ComposeFile): Entry | undefined {
  return map ? entries(map, file).find((e) => e.key === key) : undefined;
}

/** A node's range as [start, end) offsets. */
export function span(node: YamlNode | null | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}
