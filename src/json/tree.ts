/**
 * JSON with positions (jsonc-parser's tree), for formats written in JSON: Terraform's
 * `.tf.json`, Packer's templates. Objects' properties, block bodies, plain values, facts
 * under dotted paths, and `"//"` comment properties — where HCL's JSON syntax keeps comments,
 * and where annotations stand.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { append } from '../arrays.js';
import { findDirective, parseDirective, type AnnotationContext } from '../annotations.js';
import { Unknown, type Annotation, type Diagnostic, type Fact, type Value } from '../model.js';
import type { LineIndex } from '../text/positions.js';
import type { Placed } from '../parsers/types.js';

export type { JsonNode };

/** A file's tree, or the located diagnostic of why it has none (`what` names the file: `A Terraform JSON file`). */
export function parseJsonFile(text: string, file: string, lines: LineIndex, what: string): { root: JsonNode } | { diagnostic: Diagnostic } {
  const located = (offset: number, length: number, message: string): { diagnostic: Diagnostic } => ({
    diagnostic: { file, location: lines.location(file, offset, offset + Math.max(length, 1)), message, level: 'error' },
  });
  const tooDeep = depthBeyond(text, MAX_DEPTH);
  if (tooDeep >= 0) return located(tooDeep, 1, `JSON nests more than ${MAX_DEPTH} levels deep: the file is not scanned`);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors[0]) return located(errors[0].offset, errors[0].length, `Invalid JSON: ${describeJsonError(printParseErrorCode(errors[0].error))}`);
  if (!root) return located(0, 0, 'Invalid JSON: the file is empty');
  if (root.type !== 'object') return located(root.offset, 1, `${what} must hold one object`);
  return { root };
}

/** Deeper than any real template or configuration; the parser and the walks over its tree recurse. */
const MAX_DEPTH = 64;

/** The offset of the first bracket that opens level `max + 1` (strings skipped), or -1: one linear pass. */
function depthBeyond(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/** An object's complete properties (key and value). */
export function properties(node: JsonNode | undefined): JsonNode[] {
  return node?.type === 'object' ? (node.children ?? []).filter((c) => c.children?.length === 2) : [];
}

/** The value of an object's property, by key. */
export function property(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return properties(node).find((p) => p.children![0]!.value === key)?.children?.[1];
}

/** A block body may be one object or an array of objects. */
export function objects(node: JsonNode | undefined): JsonNode[] {
  if (node?.type === 'object') return [node];
  if (node?.type === 'array') return (node.children ?? []).filter((c) => c.type === 'object');
  return [];
}

export function plain(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(properties(node).map((p) => [String(p.children![0]!.value), plain(p.children![1]!)]));
    case 'array':
      return (node.children ?? []).map(plain);
    default:
      return node.value;
  }
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** `"//": "strata: …"` properties of an object (and of its nested objects when `deep`). */
export function commentsIn(
  node: JsonNode | undefined,
  deep: boolean,
  file: string,
  lines: LineIndex,
  context: AnnotationContext,
  isComment: (key: string) => boolean = (key) => key === '//',
): Annotation[] {
  const found: Annotation[] = [];
  for (const p of properties(node)) {
    const [key, value] = p.children as [JsonNode, JsonNode];
    if (isComment(String(key.value))) {
      const comments = value.type === 'array' ? (value.children ?? []) : [value];
      for (const comment of comments) {
        if (comment.type !== 'string') continue;
        const text = String(comment.value);
        const span = findDirective(text);
        if (!span) continue;
        // Inside a JSON string, escapes shift columns: point at the string as a whole unless it is plain.
        const raw = lines.text.slice(comment.offset + 1, comment.offset + comment.length - 1);
        const start = raw === text ? comment.offset + 1 + span.start : comment.offset;
        const end = raw === text ? comment.offset + 1 + span.end : comment.offset + comment.length;
        found.push(parseDirective(text.slice(span.start, span.end), lines.location(file, start, end), context));
      }
    } else if (deep) {
      for (const child of objects(value)) append(found, commentsIn(child, true, file, lines, context, isComment));
    }
  }
  return found;
}

/**
 * Facts of an object: every property under its dotted path, objects' keys located, arrays of
 * objects as repeated blocks; `convert` turns a plain JSON value into what the format means by it.
 * Converters map an object to an object of its keys' values and an array element by element,
 * so a nested property's value is taken from its parent's where that holds it: an object
 * nested 60 deep is converted once, not once per level, and its facts share one copy.
 */
export function collectJsonFacts(
  node: JsonNode,
  prefix: string,
  file: string,
  lines: LineIndex,
  convert: (raw: unknown) => Value,
  out: Fact[],
  skip: (key: string) => boolean = (key) => key === '//',
  converted?: Value,
): void {
  const own = properties(node);
  // Where a key is written twice, the parent's value holds the last one's: only that one may take it.
  const last = new Map(own.map((p, i) => [String(p.children![0]!.value), i]));
  for (const [i, p] of own.entries()) {
    const [key, value] = p.children as [JsonNode, JsonNode];
    const name = String(key.value);
    if (skip(name)) continue;
    const path = `${prefix}${name}`;
    const location = lines.location(file, p.offset, p.offset + p.length);
    const taken = last.get(name) === i ? valueAt(converted, name) : undefined;
    if (value.type === 'object') {
      const keys = Object.fromEntries(properties(value).map((k) => [String(k.children![0]!.value), lines.location(file, k.offset, k.offset + k.length)]));
      const objectValue = taken ?? convert(plain(value));
      out.push({ path, value: objectValue, location, keys });
      collectJsonFacts(value, `${path}.`, file, lines, convert, out, skip, objectValue);
    } else if (value.type === 'array' && (value.children ?? []).some((c) => c.type === 'object')) {
      for (const [index, element] of (value.children ?? []).entries()) {
        if (element.type === 'object') collectJsonFacts(element, `${path}.`, file, lines, convert, out, skip, Array.isArray(taken) ? taken[index] : undefined);
      }
    } else {
      out.push({ path, value: taken ?? convert(plain(value)), location });
    }
  }
}

/** The value a converted object holds under `key`, if it is one and holds it. */
function valueAt(converted: Value | undefined, key: string): Value | undefined {
  const isRecord = converted !== null && typeof converted === 'object' && !Array.isArray(converted) && !(converted instanceof Unknown);
  return isRecord && Object.hasOwn(converted, key) ? (converted as Record<string, Value>)[key] : undefined;
}

/** One labelled block of HCL's JSON syntax: `"<type>": {"<name>": {…}}` under a block key. */
export interface LabelledBlock {
  type: string;
  name: string;
  nameKey: JsonNode;
  /** The whole `"<name>": …` property. */
  nameProperty: JsonNode;
  /** Its bodies (one object, or each object of an array). */
  bodies: JsonNode[];
}

/**
 * The labelled blocks under `block` (`resource`, `source`): objects or arrays of objects at
 * every level, as HCL's JSON syntax allows; `"//"` properties are comments, not labels.
 * `typeLevels` are the objects that hold the types: their own `"//"` comments belong to the file.
 */
export function labelledBlocks(root: JsonNode, block: string): { blocks: LabelledBlock[]; typeLevels: JsonNode[] } {
  const blocks: LabelledBlock[] = [];
  const typeLevels: JsonNode[] = [];
  for (const blockProperty of properties(root)) {
    const [blockKey, blockValue] = blockProperty.children as [JsonNode, JsonNode];
    if (blockKey.value !== block) continue;
    for (const typeNode of objects(blockValue)) {
      typeLevels.push(typeNode);
      for (const typeProperty of properties(typeNode)) {
        const [typeKey, typeValue] = typeProperty.children as [JsonNode, JsonNode];
        const type = String(typeKey.value);
        if (type === '//') continue;
        for (const namesNode of objects(typeValue)) {
          for (const nameProperty of properties(namesNode)) {
            const [nameKey, nameValue] = nameProperty.children as [JsonNode, JsonNode];
            const name = String(nameKey.value);
            if (name !== '//') blocks.push({ type, name, nameKey, nameProperty, bodies: objects(nameValue) });
          }
        }
      }
    }
  }
  return { blocks, typeLevels };
}

/** A property as a placed value: its value as `read` gives it, and the whole property as where it is written. */
export function placedProperty(property: JsonNode, file: string, lines: LineIndex, read: (raw: unknown) => Value): Placed {
  return { value: read(plain(property.children![1]!)), location: lines.location(file, property.offset, property.offset + property.length) };
}

/** A variable file in JSON (`.tfvars.json`, `.pkrvars.json`): one object of assignments. */
export function jsonAssignments(root: JsonNode, file: string, lines: LineIndex, read: (raw: unknown) => Value): Map<string, Placed> {
  return new Map(properties(root).map((p) => [String(p.children![0]!.value), placedProperty(p, file, lines, read)] as const));
}
