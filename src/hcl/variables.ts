/**
 * What resolves `var.x` and `local.x` in a directory of HCL files (a Terraform module, a
 * Packer template): `variable` blocks' defaults, `locals` blocks, and the assignments of a
 * variable file (`.tfvars`, `.pkrvars.hcl`). Values are read on demand: most variables are
 * never needed by a workload.
 */
import { Unknown, type Location, type Value } from '../model.js';
import type { Placed } from '../parsers/types.js';
import { literalValue, LiteralSyntaxError } from './literal.js';
import type { HclBlock, HclItem, HclScan } from './scanner.js';

type Locate = (start: number, end: number) => Location;

/** An item's literal value and where it is written, each read when first asked for. */
export function placedLiteral(text: string, item: HclItem, locate: Locate): Placed {
  let value: Value | undefined;
  let location: Location | undefined;
  return {
    get value() {
      value ??= safeLiteral(text, item);
      return value;
    },
    get location() {
      location ??= locate(item.nameStart, item.exprEnd);
      return location;
    },
  };
}

/** `variable "x" { default = … }` and `locals { x = … }` among top-level blocks. */
export function declarations(blocks: HclBlock[], text: string, locate: Locate): { variables: Map<string, { default?: Placed }>; locals: Map<string, Placed> } {
  const variables = new Map<string, { default?: Placed }>();
  const locals = new Map<string, Placed>();
  for (const block of blocks) {
    if (block.type === 'variable' && block.labels.length === 1) {
      const initial = block.attributes.find((a) => a.name === 'default');
      variables.set(block.labels[0]!, { default: initial ? placedLiteral(text, initial, locate) : undefined });
    } else if (block.type === 'locals') {
      for (const attribute of block.attributes) locals.set(attribute.name, placedLiteral(text, attribute, locate));
    }
  }
  return { variables, locals };
}

/** A variable file's top-level assignments. */
export function assignments(scan: HclScan, text: string, locate: Locate): Map<string, Placed> {
  return new Map(scan.attributes.map((a) => [a.name, { value: safeLiteral(text, a), location: locate(a.nameStart, a.exprEnd) }] as const));
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
