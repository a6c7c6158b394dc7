/**
 * What resolves `var.x` and `local.x` in a directory of HCL files (a Terraform module, a
 * Packer template): `variable` blocks' defaults, `locals` blocks, and the assignments of a
 * variable file (`.tfvars`, `.pkrvars.hcl`). Values are read on demand: most variables are
 * never needed by a workload.
 */
import { Unknown, type Fact, type Location, type Value } from '../model.js';
import type { Placed } from '../parsers/types.js';
import { literalValue, LiteralSyntaxError } from './literal.js';
import type { LineIndex } from '../text/positions.js';
import type { HclBlock, HclItem, HclScan } from './scanner.js';

/** The file values are read from, and how it is named in reports. */
export interface HclSource {
  file: string;
  lines: LineIndex;
}

/** An item's literal value and where it is written, each read when first asked for. */
export function placedLiteral(source: HclSource, item: HclItem): Placed {
  return new LazyPlaced(source.file, source.lines, item);
}

/**
 * A class, not an object with getters of its own, which would cost several times the memory
 * for each of the thousands a big tree holds, and not a closure, which would keep its maker's
 * whole scope (the file's parse) alive; its fields are private, so a copy of it (a worker
 * thread's answer) holds only what the getters give.
 */
class LazyPlaced implements Placed {
  readonly #file: string;
  readonly #lines: LineIndex;
  readonly #item: HclItem;
  #value: Value | undefined;
  #location: Location | undefined;

  constructor(file: string, lines: LineIndex, item: HclItem) {
    this.#file = file;
    this.#lines = lines;
    this.#item = item;
  }

  get value(): Value {
    this.#value ??= safeLiteral(this.#lines.text, this.#item);
    return this.#value;
  }

  get location(): Location {
    this.#location ??= this.#lines.location(this.#file, this.#item.nameStart, this.#item.exprEnd);
    return this.#location;
  }
}

/** `variable "x" { default = … }` and `locals { x = … }` among top-level blocks. */
export function declarations(blocks: HclBlock[], source: HclSource): { variables: Map<string, { default?: Placed }>; locals: Map<string, Placed> } {
  const variables = new Map<string, { default?: Placed }>();
  const locals = new Map<string, Placed>();
  for (const block of blocks) {
    if (block.type === 'variable' && block.labels.length === 1) {
      const initial = block.attributes.find((a) => a.name === 'default');
      variables.set(block.labels[0]!, { default: initial ? placedLiteral(source, initial) : undefined });
    } else if (block.type === 'locals') {
      for (const attribute of block.attributes) locals.set(attribute.name, placedLiteral(source, attribute));
    }
  }
  return { variables, locals };
}

/** A variable file's top-level assignments. */
export function assignments(scan: HclScan, { file, lines }: HclSource): Map<string, Placed> {
  return new Map(scan.attributes.map((a) => [a.name, { value: safeLiteral(lines.text, a), location: lines.location(file, a.nameStart, a.exprEnd) }] as const));
}

/** A literal outside any workload: a malformed one is unknown here, not an error of the file. */
export function safeLiteral(text: string, item: HclItem): Value {
  try {
    return literalValue(text, item.exprStart, item.exprEnd);
  } catch (e) {
    if (e instanceof LiteralSyntaxError) return new Unknown(`is malformed: ${e.message}`);
    throw e;
  }
}

/** A reference's value, and where it is written when that is not where it is used. */
export interface Resolved {
  value: Value;
  location?: Location;
}

/** How long a chain of references (`var.a` = `local.b` = …), or of module calls, is followed: a hostile tree can chain thousands. */
export const MAX_CHAIN = 256;
/**
 * References one resolution may follow, all branches told: with each branch seeing only its
 * own path, a graph of shared references that also loops could otherwise be walked once per
 * path, and paths multiply.
 */
const MAX_STEPS = 10_000;

/**
 * Resolves `var.x` and `local.x` references, following a value that is itself a reference,
 * within a scope that may change along the chain (Terraform: a module input is read in the
 * calling module). `step` says what one reference is in one scope: a value, or a placed value
 * to follow (through `follow`). A cycle, or a chain longer than MAX_CHAIN, is unknown.
 */
export class ReferenceChain<Scope> {
  /** Whole resolutions, by scope and reference, from a fact down. */
  readonly #resolved = new Map<Scope, Map<string, Resolved>>();
  /**
   * Resolutions met inside a chain that hold wherever a chain meets them: those that met no
   * cycle and no limit. Each branch of a chain (every call that sets a module's input) sees
   * only its own path, so a reference two branches share is resolved once, not once per path.
   */
  readonly #complete = new Map<Scope, Map<string, Resolved>>();
  /** How many answers so far depended on the path that met them (a cycle, or a limit). */
  #pathBound = 0;
  /** Steps left to the resolution under way (see MAX_STEPS). */
  #stepsLeft = 0;

  constructor(
    private readonly step: (kind: 'var' | 'local', name: string, reference: string, scope: Scope, follow: (placed: Placed, scope: Scope) => Resolved) => Resolved,
    /** What a chain goes through, for the message when it is too long: `variables and locals`. */
    private readonly through: string,
    private readonly keyOf: (reference: string, scope: Scope) => string = (reference) => reference,
  ) {}

  /** A fact whose value is a reference, resolved, with where its value is written as its origin. */
  fact(fact: Fact, scope: Scope): Fact {
    if (!(fact.value instanceof Unknown) || !fact.value.reference) return fact;
    const reference = fact.value.reference;
    const inScope = mapOf(this.#resolved, scope);
    let resolved = inScope.get(reference);
    if (!resolved) {
      this.#stepsLeft = MAX_STEPS;
      resolved = this.resolve(reference, scope, new Set());
      inScope.set(reference, resolved);
    }
    if (resolved.value instanceof Unknown && !resolved.location) return { ...fact, value: resolved.value };
    return { ...fact, value: resolved.value, origin: resolved.location };
  }

  /** `seen`: the references on the path from the fact to this one. */
  private resolve(reference: string, scope: Scope, seen: Set<string>): Resolved {
    const key = this.keyOf(reference, scope);
    const complete = this.#complete.get(scope)?.get(key);
    if (complete) return complete;
    const limit = seen.has(key)
      ? `; ${reference} refers back to itself`
      : seen.size >= MAX_CHAIN
        ? `, through more than ${MAX_CHAIN} ${this.through}`
        : --this.#stepsLeft < 0
          ? `, through more than ${MAX_STEPS} references to follow`
          : undefined;
    if (limit !== undefined) {
      this.#pathBound++;
      return { value: new Unknown(`comes from ${reference}${limit}`) };
    }
    const [kind, name] = reference.split('.') as ['var' | 'local', string];
    const follow = (placed: Placed, at: Scope): Resolved =>
      placed.value instanceof Unknown && placed.value.reference ? this.resolve(placed.value.reference, at, seen) : { value: placed.value, location: placed.location };
    const pathBoundBefore = this.#pathBound;
    seen.add(key);
    try {
      const resolved = this.step(kind, name, reference, scope, follow);
      if (this.#pathBound === pathBoundBefore) mapOf(this.#complete, scope).set(key, resolved);
      return resolved;
    } finally {
      seen.delete(key);
    }
  }
}

function mapOf<Scope>(maps: Map<Scope, Map<string, Resolved>>, scope: Scope): Map<string, Resolved> {
  let map = maps.get(scope);
  if (!map) {
    map = new Map();
    maps.set(scope, map);
  }
  return map;
}
