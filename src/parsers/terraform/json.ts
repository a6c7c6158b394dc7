/**
 * Terraform JSON syntax (.tf.json): `resource.<type>.<name>` objects (or arrays of
 * them), with `"//"` properties as comments — where annotations stand.
 */
import { append } from '../../arrays.js';
import { collectJsonFacts, commentsIn, jsonAssignments, labelledBlocks, parseJsonFile, type JsonNode } from '../../json/tree.js';
import type { Annotation, Fact, Workload } from '../../model.js';
import { LineIndex } from '../../text/positions.js';
import type { ParseContext, ParsedFile } from '../types.js';
import { hclJsonValue } from '../../hcl/json-value.js';
import { needFromTerraformTags } from './values.js';

export function parseTerraformJson(file: string, text: string, context: ParseContext): ParsedFile {
  const lines = new LineIndex(text);
  const tree = parseJsonFile(text, file, lines, 'A Terraform JSON file');
  if ('diagnostic' in tree) return { workloads: [], fileAnnotations: [], diagnostics: [tree.diagnostic] };
  const { root } = tree;

  const workloads: Workload[] = [];
  const fileAnnotations: Annotation[] = [];
  const annotationsIn = (node: JsonNode | undefined, deep: boolean): Annotation[] => commentsIn(node, deep, file, lines, context.annotations);

  append(fileAnnotations, annotationsIn(root, false));
  const { blocks, typeLevels } = labelledBlocks(root, 'resource');
  for (const typeNode of typeLevels) append(fileAnnotations, annotationsIn(typeNode, false));
  for (const { type, name, nameKey, nameProperty, bodies } of blocks) {
    if (!context.knows('terraform', type)) {
      append(
        fileAnnotations,
        bodies.flatMap((b) => annotationsIn(b, true)),
      );
      continue;
    }
    const facts: Fact[] = [];
    for (const body of bodies) collectJsonFacts(body, '', file, lines, hclJsonValue, facts);
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
  // In JSON nothing comes "before the first block": a default is a top-level "//".
  return { workloads, fileAnnotations, diagnostics: [] };
}

/** A .tfvars.json file: one object of variable values. */
export function parseTfvarsJson(file: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const tree = parseJsonFile(text, file, lines, 'A .tfvars.json file');
  if ('diagnostic' in tree) return { workloads: [], fileAnnotations: [], diagnostics: [tree.diagnostic] };
  const tfvars = jsonAssignments(tree.root, file, lines, hclJsonValue);
  return { workloads: [], fileAnnotations: [], diagnostics: [], terraform: { variables: new Map(), locals: new Map(), calls: [], tfvars } };
}
