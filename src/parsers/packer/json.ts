/**
 * Packer's JSON files. Legacy templates (`builders` array): each builder is a workload,
 * `builder.<name or type>`; `{{user \`x\`}}` is resolved from the template's own
 * `variables`, any other `{{ … }}` is known only when Packer runs. Needs: a `strata:needs`
 * key on the builder, or a directive in a root-level `_comment` (Packer ignores root keys
 * that start with `_`). HCL2 JSON templates (`*.pkr.json`): `source.<type>.<name>` objects,
 * `"//"` comments, `${…}` expressions; and `*.pkrvars.json` variable files.
 */
import { append } from '../../arrays.js';
import { needFromTags, type TagEntry } from '../../annotations.js';
import { hclJsonValue } from '../../hcl/json-value.js';
import { shownExpression } from '../../hcl/literal.js';
import {
  collectJsonFacts,
  commentsIn,
  jsonAssignments,
  labelledBlocks,
  objects,
  parseJsonFile,
  placedProperty,
  plain,
  properties,
  property,
  type JsonNode,
} from '../../json/tree.js';
import { Unknown, type Diagnostic, type Fact, type Location, type Value, type Workload } from '../../model.js';
import { LineIndex } from '../../text/positions.js';
import type { PackerFileFacts, ParseContext, ParsedFile, Placed } from '../types.js';
import { uncatalogued } from './builders.js';

/** `{{user \`x\`}}` (or `{{ user "x" }}`): a user variable; alone in a value, or anywhere in a name. */
const USER_REFERENCE = '\\{\\{\\s*user\\s+[`"]([^`"]+)[`"]\\s*\\}\\}';
const USER_VARIABLE = new RegExp(`^${USER_REFERENCE}$`);
const USER_VARIABLES = new RegExp(USER_REFERENCE, 'g');
const TEMPLATE = '{{';

export function parseLegacyTemplate(file: string, text: string, context: ParseContext): ParsedFile {
  const lines = new LineIndex(text);
  const tree = parseJsonFile(text, file, lines, 'A Packer template');
  if ('diagnostic' in tree) return { workloads: [], fileAnnotations: [], diagnostics: [tree.diagnostic] };
  const { root } = tree;
  const builders = property(root, 'builders');
  // Sniffed from its first bytes, a file that turns out to hold no builders array is not a template.
  if (builders?.type !== 'array') return { workloads: [], fileAnnotations: [], diagnostics: [] };

  const variables = new Map<string, Placed>();
  for (const p of properties(property(root, 'variables'))) {
    const [key, value] = p.children as [JsonNode, JsonNode];
    variables.set(String(key.value), { value: legacyValue(plain(value)), location: lines.location(file, p.offset, p.offset + p.length) });
  }
  const fileAnnotations = commentsIn(root, false, file, lines, context.annotations, (key) => key.startsWith('_'));
  const workloads: Workload[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const builder of objects(builders)) {
    const type = property(builder, 'type');
    if (type?.type !== 'string') continue;
    const named = property(builder, 'name');
    const typeProperty = type.parent!;
    const address = `builder.${named?.type === 'string' ? builderName(String(named.value), variables) : String(type.value)}`;
    const header = lines.location(file, typeProperty.offset, typeProperty.offset + typeProperty.length);
    if (!context.knows('packer', String(type.value))) {
      append(diagnostics, uncatalogued(String(type.value), address, header));
      continue;
    }
    const facts: Fact[] = [];
    collectJsonFacts(builder, '', file, lines, legacyValue, facts, () => false);
    const tags: TagEntry[] = properties(builder).map((p) => ({
      key: String(p.children![0]!.value),
      value: legacyValue(plain(p.children![1]!)),
      location: lines.location(file, p.offset, p.offset + p.length),
    }));
    const need = needFromTags(tags, 'tag', context.annotations);
    workloads.push({
      format: 'packer',
      kind: String(type.value),
      address,
      file,
      location: lines.location(file, builder.offset, builder.offset + builder.length),
      header,
      facts: facts.map((fact) => userVariable(fact, variables)),
      annotations: need ? [need] : [],
    });
  }
  return { workloads, fileAnnotations, diagnostics };
}

/** What a builder's name may gain from its user variables: each name stays linear in the file, never a variable's length times its uses. */
const NAME_GROWTH = 1024;

/**
 * A builder's name as Packer names the build: its user variables replaced by the template's
 * values where they are literal; kept as written when they would make it grow past NAME_GROWTH.
 */
function builderName(name: string, variables: Map<string, Placed>): string {
  let room = NAME_GROWTH;
  const replaced = name.replace(USER_VARIABLES, (written, variable: string) => {
    const value = variables.get(variable)?.value;
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : written;
    room -= text.length;
    return room < 0 ? '' : text;
  });
  return room < 0 ? name : replaced;
}

/** A legacy value: a string holding a `{{ … }}` template is known only when Packer runs (a user variable, by the link below). */
function legacyValue(raw: unknown): Value {
  if (typeof raw === 'string' && raw.includes(TEMPLATE)) {
    const user = USER_VARIABLE.exec(raw.trim());
    if (user) return new Unknown(`comes from the user variable ${user[1]}, which the template does not set`, `user.${user[1]}`);
    return new Unknown(`is the template ${shownExpression(raw)}, known only when Packer runs`);
  }
  if (Array.isArray(raw)) return raw.map(legacyValue);
  if (raw !== null && typeof raw === 'object') {
    const out: Record<string, Value> = Object.create(null); // no prototype: a key named __proto__ is just a key
    for (const [k, v] of Object.entries(raw)) out[k] = legacyValue(v);
    return out;
  }
  return raw as Value;
}

/** A fact that is a user variable takes the template's default for it, and says where that is written. */
function userVariable(fact: Fact, variables: Map<string, Placed>): Fact {
  if (!(fact.value instanceof Unknown) || !fact.value.reference?.startsWith('user.')) return fact;
  const set = variables.get(fact.value.reference.slice('user.'.length));
  return set ? { ...fact, value: set.value, origin: set.location } : fact;
}

/** An HCL2 template in JSON syntax (`*.pkr.json`). */
export function parsePackerHclJson(file: string, text: string, context: ParseContext): ParsedFile {
  const lines = new LineIndex(text);
  const tree = parseJsonFile(text, file, lines, 'A Packer JSON template');
  if ('diagnostic' in tree) return { workloads: [], fileAnnotations: [], diagnostics: [tree.diagnostic] };
  const { root } = tree;
  const locate = (node: JsonNode): Location => lines.location(file, node.offset, node.offset + node.length);
  const placed = (node: JsonNode): Placed => placedProperty(node, file, lines, hclJsonValue);

  const workloads: Workload[] = [];
  const diagnostics: Diagnostic[] = [];
  const annotationsIn = (node: JsonNode, deep: boolean) => commentsIn(node, deep, file, lines, context.annotations);
  const fileAnnotations = annotationsIn(root, false);
  // Its build blocks are not read: with one, what the template's builds name is not known.
  const packer: PackerFileFacts = { variables: new Map(), locals: new Map(), builds: property(root, 'build') ? undefined : [] };
  for (const block of properties(root)) {
    const [key, value] = block.children as [JsonNode, JsonNode];
    if (key.value === 'variable') {
      for (const body of objects(value))
        for (const variable of properties(body)) {
          const initial = properties(variable.children![1]).find((p) => p.children![0]!.value === 'default');
          packer.variables.set(String(variable.children![0]!.value), { default: initial ? placed(initial) : undefined });
        }
    } else if (key.value === 'locals') {
      for (const body of objects(value)) for (const local of properties(body)) packer.locals.set(String(local.children![0]!.value), placed(local));
    }
  }
  const { blocks, typeLevels } = labelledBlocks(root, 'source');
  for (const typeNode of typeLevels) append(fileAnnotations, annotationsIn(typeNode, false));
  for (const { type, name, nameKey, nameProperty, bodies } of blocks) {
    const annotations = bodies.flatMap((b) => annotationsIn(b, true));
    if (!context.knows('packer', type)) {
      append(fileAnnotations, annotations);
      append(diagnostics, uncatalogued(type, `source.${type}.${name}`, locate(nameKey)));
      continue;
    }
    const facts: Fact[] = [];
    for (const body of bodies) collectJsonFacts(body, '', file, lines, hclJsonValue, facts);
    workloads.push({ format: 'packer', kind: type, address: `source.${type}.${name}`, file, location: locate(nameProperty), header: locate(nameKey), facts, annotations });
  }
  return { workloads, packer, fileAnnotations, diagnostics };
}

/** A `*.pkrvars.json` file: one object of variable values. */
export function parseVarFileJson(file: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const tree = parseJsonFile(text, file, lines, 'A Packer variable file');
  if ('diagnostic' in tree) return { workloads: [], fileAnnotations: [], diagnostics: [tree.diagnostic] };
  const assigned = jsonAssignments(tree.root, file, lines, hclJsonValue);
  return { workloads: [], fileAnnotations: [], diagnostics: [], packer: { variables: new Map(), locals: new Map(), assigned } };
}
