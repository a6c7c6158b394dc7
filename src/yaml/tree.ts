/**
 * One pass over a parsed YAML tree, in document order, without recursion (a hostile file
 * may nest deeper than the stack): each alias's anchor, how many nodes every alias stands
 * for, and duplicate keys.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, type Node as YamlNode } from 'yaml';

/** An alias's anchor (null when no earlier node has that anchor) and the nodes it expands to, its own aliases expanded. */
export type AliasTable = Map<YamlNode, { target: YamlNode | null; size: number }>;

/**
 * YAML semantics: an alias refers to the most recent preceding node with that anchor, so
 * the table is built in one walk — the `yaml` library's `Alias.resolve` walks the whole
 * document for every alias. An alias inside the node it names would expand forever: its
 * size is infinite, which no budget allows.
 */
export function anchorTable(root: YamlNode): AliasTable {
  const table: AliasTable = new Map();
  const anchors = new Map<string, YamlNode>();
  const sizes = new Map<YamlNode, number>();
  const open = new Set<YamlNode>();
  // Post-order without recursion: a node is pushed again, marked, to be closed after its children.
  const stack: Array<{ node: YamlNode; closing: boolean }> = [{ node: root, closing: false }];
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    if (closing) {
      let size = 1;
      for (const child of children(node)) size += sizeOf(child, table, sizes);
      sizes.set(node, size);
      open.delete(node);
      continue;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source) ?? null;
      const size = target === null ? 1 : open.has(target) ? Infinity : (sizes.get(target) ?? 1);
      table.set(node, { target, size });
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (!isCollection(node)) continue;
    open.add(node);
    stack.push({ node, closing: true });
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, closing: false });
  }
  return table;
}

function sizeOf(node: YamlNode, table: AliasTable, sizes: Map<YamlNode, number>): number {
  return table.get(node)?.size ?? sizes.get(node) ?? 1;
}

/** A collection's child nodes in document order: a map's keys and values, a sequence's items. */
function children(node: YamlNode): YamlNode[] {
  if (!isCollection(node)) return [];
  const out: YamlNode[] = [];
  for (const item of node.items) {
    if (isPair(item)) {
      if (item.key && typeof item.key === 'object') out.push(item.key as YamlNode);
      if (item.value && typeof item.value === 'object') out.push(item.value as YamlNode);
    } else if (item && typeof item === 'object') out.push(item as YamlNode);
  }
  return out;
}

/**
 * Duplicate scalar keys, as the `yaml` library's `uniqueKeys` reported them (same message,
 * at the repeated key), in one pass with a set per map instead of its scan per key.
 */
export function duplicateKeys(root: YamlNode | null): Array<{ pos: [number, number]; message: string }> {
  const found: Array<{ pos: [number, number]; message: string }> = [];
  const stack: YamlNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        // The library compares scalar values with ===: NaN is never a duplicate.
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) {
          const start = key.range?.[0] ?? 0;
          found.push({ pos: [start, start + 1], message: 'Map keys must be unique' });
        }
        seen.add(key.value);
      }
    }
    for (const child of children(node)) stack.push(child);
  }
  return found;
}
