/**
 * A YAML node's values as facts under dotted paths, for the formats written in YAML
 * (Kubernetes specs, CloudFormation properties): list items one by one, under their list's
 * path; a map present as a value of its own (a `hyperv: {}` block counts), its entries
 * below it; no deeper than the walk's budget.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Fact, Location, Value } from '../model.js';
import { deref, entries, entryLocation, LimitError, scalarValue, span, type Readable } from './document.js';

export interface FactWalk {
  doc: Readable;
  /** How deep the walk may go; deeper is a FactsTooDeep, which costs the object being read. */
  maxDepth: number;
  /** The message of that error: `The spec nests more than 64 levels deep: this object is not read`. */
  tooDeep: string;
  /** A node the format reads as one value of its own (CloudFormation's `!Ref`), or undefined to walk it. */
  ownValue?(node: YamlNode): { value: Value; origin?: Location } | undefined;
}

/** Nesting past a walk's budget, located at the value that went too deep. */
export class FactsTooDeep extends LimitError {}

export function collectFacts(path: string, raw: YamlNode | null | undefined, location: Location, walk: FactWalk, out: Fact[], depth = 1): void {
  const { doc } = walk;
  if (depth > walk.maxDepth) throw new FactsTooDeep(walk.tooDeep, doc, location.startLine > 0 ? doc.lines.lineStart(location.startLine) : 0);
  const node = deref(raw, doc);
  const own = node === null ? undefined : walk.ownValue?.(node);
  if (own) {
    out.push({ path, value: own.value, location, ...(own.origin ? { origin: own.origin } : {}) });
    return;
  }
  if (isSeq(node)) {
    for (const rawItem of node.items) {
      const item = deref(rawItem as YamlNode, doc);
      const [start, end] = span(item) ?? [0, 0];
      collectFacts(path, item, doc.lines.location(doc.file, start, end), walk, out, depth + 1);
    }
    return;
  }
  if (isMap(node)) {
    out.push({ path, value: Object.create(null) as Record<string, Value>, location });
    for (const item of entries(node, doc)) collectFacts(`${path}.${item.key}`, item.value, entryLocation(item, doc), walk, out, depth + 1);
    return;
  }
  out.push({ path, value: isScalar(node) ? scalarValue(node.value) : null, location });
}
