/**
 * A compose service's values: facts for the catalog, tag entries for annotations. A value
 * `.env` supplied any part of also carries the text as written, which is what messages
 * show: `.env` is where secrets live, and reports are public.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { TagEntry } from '../../annotations.js';
import type { Fact, Location, Value } from '../../model.js';
import { Unknown } from '../../model.js';
import { deref, entries, span, type ComposeFile, type Entry } from './document.js';
import { entryLocation } from '../../yaml/document.js';
import { interpolateWritten } from './interpolate.js';

/** An entry of a merged service and the file it is written in; `inherited` when it came through `extends`. */
export type Contribution = { entry: Entry; file: ComposeFile; inherited?: true };

/** A value, and the value as written when `.env` supplied any part of it. */
interface Read {
  value: Value;
  written?: Value;
}

/** Labels in map form (`strata.needs: os`) or list form (`- strata.needs=os`). */
export function labelEntries(contributions: Contribution[]): TagEntry[] {
  const out: TagEntry[] = [];
  for (const { entry: e, file } of contributions) {
    const node = deref(e.value, file);
    if (isMap(node)) {
      for (const item of entries(node, file)) out.push(tagEntry(item.key, item, file));
    } else if (isSeq(node)) {
      for (const raw of node.items) {
        const item = deref(raw as YamlNode, file);
        if (!isScalar(item)) continue;
        const text = String(item.value);
        const equals = text.indexOf('=');
        const [start, end] = span(item) ?? [0, 0];
        out.push({
          key: equals < 0 ? text : text.slice(0, equals),
          ...(equals < 0 ? { value: '' } : scalar(text.slice(equals + 1), file)),
          location: file.lines.location(file.file, start, end),
        });
      }
    }
  }
  return out;
}

export function tagEntry(key: string, item: Entry, file: ComposeFile): TagEntry {
  return { key, ...read(item.value, file), location: entryLocation(item, file) };
}

/**
 * Facts: every attribute of the merged service under its dotted path, list items one by one;
 * and how many of them came through `extends`.
 */
export function factsOf(view: ReadonlyMap<string, Contribution[]>): { facts: Fact[]; inherited: number } {
  const facts: Fact[] = [];
  let inherited = 0;
  for (const [key, contributions] of view) {
    for (const { entry: e, file, inherited: fromBase } of contributions) {
      const start = span(e.keyNode)?.[0] ?? 0;
      const end = span(e.value)?.[1] ?? span(e.keyNode)?.[1] ?? start;
      const before = facts.length;
      collect(key, e.value, file.lines.location(file.file, start, end), file, facts);
      if (fromBase) inherited += facts.length - before;
    }
  }
  return { facts, inherited };
}

function collect(path: string, raw: YamlNode | null, location: Location, file: ComposeFile, out: Fact[]): void {
  const node = deref(raw, file);
  if (isSeq(node)) {
    for (const rawItem of node.items) {
      const item = deref(rawItem as YamlNode, file);
      const [start, end] = span(item) ?? [0, 0];
      const itemLocation = file.lines.location(file.file, start, end);
      if (isMap(item)) collect(path, item, itemLocation, file, out);
      else out.push({ path, ...read(item, file), location: itemLocation });
    }
    return;
  }
  if (isMap(node)) {
    const items = entries(node, file);
    const keys: Record<string, Location> = Object.create(null);
    for (const item of items) {
      const start = span(item.keyNode)?.[0] ?? 0;
      keys[item.key] = file.lines.location(file.file, start, span(item.value)?.[1] ?? start);
    }
    out.push({ path, ...read(node, file), location, keys });
    for (const item of items) collect(`${path}.${item.key}`, item.value, keys[item.key]!, file, out);
    return;
  }
  out.push({ path, ...read(node, file), location });
}

function read(raw: YamlNode | null | undefined, file: ComposeFile): Read {
  const node = deref(raw, file);
  if (node === null) return { value: null };
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'string') return scalar(v, file);
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) return { value: v };
    return { value: String(v) };
  }
  if (isSeq(node)) {
    const items = node.items.map((i) => read(i as YamlNode, file));
    const value = items.map((i) => i.value);
    return items.some((i) => 'written' in i) ? { value, written: items.map((i) => ('written' in i ? i.written! : i.value)) } : { value };
  }
  if (isMap(node)) {
    const value: Record<string, Value> = Object.create(null); // no prototype: a key named __proto__ is just a key
    const written: Record<string, Value> = Object.create(null);
    let fromEnv = false;
    for (const item of entries(node as YAMLMap, file)) {
      const r = read(item.value, file);
      value[item.key] = r.value;
      written[item.key] = 'written' in r ? r.written! : r.value;
      fromEnv ||= 'written' in r;
    }
    return fromEnv ? { value, written } : { value };
  }
  return { value: new Unknown('is a YAML value strata does not read') };
}

function scalar(text: string, file: ComposeFile): Read {
  const { value, fromEnv } = interpolateWritten(text, file.env);
  return fromEnv ? { value, written: text } : { value };
}
