/**
 * Terraform JSON syntax (.tf.json): `resource.<type>.<name>` objects (or arrays of
 * them), with `"//"` properties as comments — where annotations stand.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { append } from '../../arrays.js';
import { findDirective, parseDirective } from '../../annotations.js';
import type { Annotation, Fact, Workload } from '../../model.js';
import { LineIndex } from '../../text/positions.js';
import type { ParseContext, ParsedFile } from '../types.js';
import { needFromTerraformTags, terraformValue } from './values.js';

export function parseTerraformJson(file: string, text: string, context: ParseContext): ParsedFile {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const list = errors.length > 0 ? errors : [{ error: 0, offset: 0, length: 0 }];
    return {
      workloads: [],
      fileAnnotations: [],
      diagnostics: list.slice(0, 1).map((e) => ({
        file,
        location: lines.location(file, e.offset, e.offset + Math.max(e.length, 1)),
        message: errors.length > 0 ? `Invalid JSON: ${describeJsonError(printParseErrorCode(e.error))}` : 'Invalid JSON: the file is empty',
        level: 'error' as const,
      })),
    };
  }
  if (root.type !== 'object') {
    return {
      workloads: [],
      fileAnnotations: [],
      diagnostics: [{ file, location: lines.location(file, root.offset, root.offset + 1), message: 'A Terraform JSON file must hold one object', level: 'error' }],
    };
  }

  const workloads: Workload[] = [];
  const fileAnnotations: Annotation[] = [];
  const annotationsIn = (node: JsonNode | undefined, deep: boolean): Annotation[] => commentsIn(node, deep, file, lines, context);

  append(fileAnnotations, annotationsIn(root, false));
  for (const block of properties(root)) {
    const [blockKey, blockValue] = block.children as [JsonNode, JsonNode];
    if (blockKey.value !== 'resource') continue;
    for (const typeNode of objects(blockValue)) {
      append(fileAnnotations, annotationsIn(typeNode, false));
      for (const typeProperty of properties(typeNode)) {
        const [typeKey, typeValue] = typeProperty.children as [JsonNode, JsonNode];
        const type = String(typeKey.value);
        if (type === '//') continue;
        for (const namesNode of objects(typeValue)) {
          for (const nameProperty of properties(namesNode)) {
            const [nameKey, nameValue] = nameProperty.children as [JsonNode, JsonNode];
            const name = String(nameKey.value);
            if (name === '//') continue;
            const bodies = objects(nameValue);
            if (!context.knows('terraform', type)) {
              append(
                fileAnnotations,
                bodies.flatMap((b) => annotationsIn(b, true)),
              );
              continue;
            }
            const facts: Fact[] = [];
            for (const body of bodies) collectFacts(body, '', file, lines, facts);
            const annotations = bodies.flatMap((b) => annotationsIn(b, true));
            const tagged = needFromTerraformTags(facts, context.annotations);
            if (tagged) annotations.push(tagged);
            workloads.push({
              format: 'terraform',
              kind: type,
              address: `${type}.${name}`,
              file,
              location: lines.location(file, nameProperty.offset, nameProperty.offset + nameProperty.length),
              header: lines.location(file, nameKey.offset, nameKey.offset + nameKey.length),
              facts,
              annotations,
            });
          }
        }
      }
    }
  }
  // In JSON nothing comes "before the first block": a default is a top-level "//".
  return { workloads, fileAnnotations, diagnostics: [] };
}

function properties(node: JsonNode | undefined): JsonNode[] {
  return node?.type === 'object' ? (node.children ?? []).filter((c) => c.children?.length === 2) : [];
}

/** A block body may be one object or an array of objects. */
function objects(node: JsonNode | undefined): JsonNode[] {
  if (node?.type === 'object') return [node];
  if (node?.type === 'array') return (node.children ?? []).filter((c) => c.type === 'object');
  return [];
}

/** `"//": "strata: …"` properties of an object (and of its nested objects when `deep`). */
function commentsIn(node: JsonNode | undefined, deep: boolean, file: string, lines: LineIndex, context: ParseContext): Annotation[] {
  const found: Annotation[] = [];
  for (const property of properties(node)) {
    const [key, value] = property.children as [JsonNode, JsonNode];
    if (key.value === '//') {
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
        found.push(parseDirective(text.slice(span.start, span.end), lines.location(file, start, end), context.annotations));
      }
    } else if (deep) {
      for (const child of objects(value)) append(found, commentsIn(child, true, file, lines, context));
    }
  }
  return found;
}

function collectFacts(node: JsonNode, prefix: string, file: string, lines: LineIndex, out: Fact[]): void {
  for (const property of properties(node)) {
    const [key, value] = property.children as [JsonNode, JsonNode];
    const name = String(key.value);
    if (name === '//') continue;
    const path = `${prefix}${name}`;
    const location = lines.location(file, property.offset, property.offset + property.length);
    if (value.type === 'object') {
      const keys = Object.fromEntries(properties(value).map((p) => [String(p.children![0]!.value), lines.location(file, p.offset, p.offset + p.length)]));
      out.push({ path, value: terraformValue(plain(value)), location, keys });
      collectFacts(value, `${path}.`, file, lines, out);
    } else if (value.type === 'array' && (value.children ?? []).some((c) => c.type === 'object')) {
      for (const element of objects(value)) collectFacts(element, `${path}.`, file, lines, out);
    } else {
      out.push({ path, value: terraformValue(plain(value)), location });
    }
  }
}

function plain(node: JsonNode): unknown {
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

/** A .tfvars.json file: one object of variable values. */
export function parseTfvarsJson(file: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || root?.type !== 'object') {
    const offset = errors[0]?.offset ?? 0;
    const message = errors[0] ? `Invalid JSON: ${describeJsonError(printParseErrorCode(errors[0].error))}` : 'A .tfvars.json file must hold one object';
    return { workloads: [], fileAnnotations: [], diagnostics: [{ file, location: lines.location(file, offset, offset + 1), message, level: 'error' }] };
  }
  const tfvars = new Map(
    properties(root).map(
      (p) => [String(p.children![0]!.value), { value: terraformValue(plain(p.children![1]!)), location: lines.location(file, p.offset, p.offset + p.length) }] as const,
    ),
  );
  return { workloads: [], fileAnnotations: [], diagnostics: [], terraform: { variables: new Map(), locals: new Map(), calls: [], tfvars } };
}
