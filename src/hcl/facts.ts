/**
 * What a block of HCL says, for a workload: its header, and its attributes as facts under
 * dotted paths. Shared by Terraform resources and Nomad tasks.
 */
import { Unknown, type Fact, type Location, type Value } from '../model.js';
import type { LineIndex } from '../text/positions.js';
import type { HclBlock, HclItem } from './scanner.js';

/** The header a finding points at: `resource "type" "name"`, without the brace. */
export function header(file: string, block: HclBlock, text: string, lines: LineIndex): Location {
  let end = block.headerEnd - 1;
  while (end > block.start && /\s/.test(text[end - 1]!)) end--;
  return lines.location(file, block.start, end);
}

export type ValueReader = (item: HclItem, raw: unknown) => Value;

export interface FactContext {
  file: string;
  lines: LineIndex;
  read: ValueReader;
}

export function collectFacts(block: HclBlock, value: unknown, prefix: string, context: FactContext, out: Fact[]): void {
  const object = (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  for (const attribute of block.attributes) {
    addFact(`${prefix}${attribute.name}`, attribute, object[attribute.name], context, out);
  }
  const seen = new Map<string, number>();
  const next = (k: string) => {
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n;
  };
  for (const nested of block.blocks) {
    if (nested.type === 'dynamic' && nested.labels.length === 1) {
      const name = nested.labels[0]!;
      const dynamic = (object.dynamic as Record<string, Array<{ content?: unknown[] }>> | undefined)?.[name]?.[next(`dynamic ${name}`)];
      const content = nested.blocks.find((b) => b.type === 'content');
      if (content) collectFacts(content, dynamic?.content?.[0], `${prefix}${name}.`, context, out);
    } else if (nested.labels.length === 0) {
      const occurrence = (object[nested.type] as unknown[] | undefined)?.[next(nested.type)];
      collectFacts(nested, occurrence, `${prefix}${nested.type}.`, context, out);
    }
  }
}

function addFact(path: string, item: HclItem, raw: unknown, context: FactContext, out: Fact[]): void {
  const { file, lines } = context;
  const value = context.read(item, raw);
  const fact: Fact = { path, value, location: lines.location(file, item.nameStart, item.exprEnd) };
  if (item.items) {
    fact.keys = Object.fromEntries(item.items.map((i) => [i.name, lines.location(file, i.nameStart, i.exprEnd)]));
  }
  out.push(fact);
  if (item.items && value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Unknown)) {
    const children = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    for (const child of item.items) addFact(`${path}.${child.name}`, child, children[child.name], context, out);
  }
}
