/**
 * Loops in a Vagrantfile: what they iterate over where the file fixes it (ranges,
 * `n.times`, `upto`/`downto`, arrays, hashes), and how one pass binds the block's
 * parameters. The reader expands a loop pass by pass within EXPANSION_BOUND.
 */
import { Unknown, type Value } from '../../model.js';
import { child, children, type RubyNode } from './prism.js';

/** Machines one define may stand for before one workload, named by its pattern, stands for them all. */
export const EXPANSION_BOUND = 64;
export const LOOPS = new Set(['each', 'each_with_index', 'each_with_object', 'times', 'upto', 'downto', 'map', 'each_pair', 'each_key', 'each_value', 'step']);

/** The values a loop passes, where known; a count alone beyond the bound; neither when unknown. */
type Iterations = { items: Value[]; count: number } | { items: null; count: number | null };

/** What a loop iterates over, where that is known: `value` evaluates a node where the loop stands. */
export function iterations(name: string, receiver: RubyNode | null, args: RubyNode[], value: (node: RubyNode | null) => Value): Iterations {
  const unknown: Iterations = { items: null, count: null };
  if (!receiver) return unknown;
  const integers = (from: Value, to: Value, step: number): Iterations => {
    if (typeof from !== 'number' || typeof to !== 'number') return unknown;
    const count = Math.max(0, Math.floor((to - from) / step) + 1);
    // The values themselves only where they will be expanded.
    if (count > EXPANSION_BOUND) return { items: null, count };
    return { items: Array.from({ length: count }, (_, i) => from + i * step), count };
  };
  if (name === 'times') return integers(0, shifted(value(receiver), -1), 1);
  if (name === 'upto' && args[0]) return integers(value(receiver), value(args[0]), 1);
  if (name === 'downto' && args[0]) return integers(value(receiver), value(args[0]), -1);
  if (name === 'step') return unknown;
  let collection = receiver;
  while (collection.constructor.name === 'ParenthesesNode') {
    const body = child(collection, 'body');
    const first = body?.constructor.name === 'StatementsNode' ? children(body, 'body')[0] : body;
    if (!first) return unknown;
    collection = first;
  }
  if (collection.constructor.name === 'RangeNode') {
    const exclusive = (collection as unknown as { isExcludeEnd(): boolean }).isExcludeEnd();
    return integers(value(child(collection, 'left')), shifted(value(child(collection, 'right')), exclusive ? -1 : 0), 1);
  }
  const all = value(collection);
  if (Array.isArray(all)) return { items: all, count: all.length };
  if (all !== null && typeof all === 'object' && !(all instanceof Unknown)) {
    // A hash passes [key, value] pairs; each_key and each_value one of them.
    const items: Value[] = name === 'each_key' ? Object.keys(all) : name === 'each_value' ? Object.values(all) : Object.entries(all);
    return { items, count: items.length };
  }
  return unknown;
}

/** An integer bound, shifted (an exclusive range end, `n.times` counting from 0). */
function shifted(bound: Value, shift: number): Value {
  return typeof bound === 'number' ? bound + shift : bound;
}

/** Binds a loop's block parameters for one pass: `|name, ip|` destructures a hash entry, `|item, i|` takes the index. */
export function bind(params: string[], loop: string, item: Value, index: number | null, bindings: Map<string, Value>): void {
  const [first, second] = params;
  if (!first) return;
  if (loop === 'each_with_index' && second) {
    bindings.set(first, item);
    bindings.set(second, index ?? new Unknown(`is a loop index: ${second}`));
    return;
  }
  if (params.length > 1 && Array.isArray(item)) {
    for (const [i, p] of params.entries()) bindings.set(p, item[i] ?? null);
    return;
  }
  for (const p of params) bindings.set(p, item instanceof Unknown ? item : new Unknown(`is a block parameter: ${p}`));
  bindings.set(first, item);
}
