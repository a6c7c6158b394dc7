/**
 * CloudFormation and SAM templates, YAML (short-form tags read as tagged values) and JSON
 * (YAML 1.2 reads JSON: one front end, one walk, the same budgets), on the shared YAML front
 * end. Each resource whose `Type` the catalog knows is a workload, addressed by its logical
 * id and located at its key; its `Properties` become facts under their dotted paths (a SAM
 * function's `Globals.Function` fills what it does not set); needs come from comments, its
 * `Metadata.strata` and its `Tags`.
 */
import { isMap, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import { append } from '../../arrays.js';
import { attachAnnotations, commentOnlyLines, placeDirectives, type Anchor } from '../../attach.js';
import type { Annotation, Diagnostic, Fact, Location, Workload } from '../../model.js';
import { nearestNeeds } from '../../needs.js';
import { ALIAS_BUDGET, deref, entries, entry, entryLocation, LimitError, loadYaml, mapAt, span, stringAt, type Entry, type Readable } from '../../yaml/document.js';
import type { ParseContext, ParsedFile } from '../types.js';
import { metadataNeed, tagsNeed } from './needs.js';
import { collectFacts, FactsTooDeep } from '../../yaml/facts.js';
import { propertyWalk, RAIN_DIRECTIVES, SHORT_FORMS, type Scope } from './values.js';

/** A resource the catalog knows, with what reading it needs. */
interface Candidate {
  resource: Entry;
  body: YAMLMap;
  type: string;
  scope: Scope;
  /** SAM's `Globals.Function`, for a serverless function. */
  globals: YAMLMap | undefined;
  /** The need in `Globals.Function.Tags`, for a serverless function: read once per document, as every function shares it. */
  globalTags: Annotation | null;
}

/**
 * Facts SAM's `Globals.Function` may copy into one file's functions, all told: each function
 * takes every global, so a hostile template would multiply them quadratically. Real templates
 * copy a few hundred.
 */
const GLOBAL_FACTS = 100_000;

const SERVERLESS_FUNCTION = 'AWS::Serverless::Function';

/** The tags a template may carry: one list, so the YAML loader makes their resolvers once. */
const TEMPLATE_TAGS: readonly string[] = [...SHORT_FORMS, ...RAIN_DIRECTIVES];

export function parseCloudFormation(absolutePath: string, text: string, context: ParseContext): ParsedFile {
  const file = context.displayPath(absolutePath);
  const yaml = loadYaml(file, text, { tags: TEMPLATE_TAGS });
  const diagnostics: Diagnostic[] = [];
  // One alias budget for the file, however many documents it holds.
  const aliases = { left: ALIAS_BUDGET };
  const candidates: Candidate[] = [];
  // Where the first Globals.Function is written: the warning when the budget runs out.
  let globalsAt: Location | undefined;
  try {
    for (const document of yaml.documents) {
      append(diagnostics, document.errors);
      // A key written twice is said, and the rest read: published templates that have one deploy.
      if (!document.whole) continue;
      append(diagnostics, document.unknownTags);
      const doc: Readable = { file, lines: yaml.lines, anchors: document.anchors, aliases };
      const root = deref(document.contents, doc);
      if (!isMap(root)) continue;
      const resources = mapAt(root, ['Resources'], doc);
      const scope: Scope = { doc, parameters: mapAt(root, ['Parameters'], doc), resources };
      const globalsEntry = entry(mapAt(root, ['Globals'], doc), 'Function', doc);
      const globals = mapAt(globalsEntry?.value, [], doc);
      if (globals && globalsEntry && !globalsAt) globalsAt = doc.lines.location(file, ...span(globalsEntry.keyNode)!);
      let globalTags: Annotation | null | undefined;
      const seen = new Set<string>();
      for (const resource of resources ? resourceEntries(resources, doc) : []) {
        // A logical id written twice is one resource: the first, as every lookup by key takes it.
        if (seen.has(resource.key)) continue;
        seen.add(resource.key);
        const body = deref(resource.value, doc);
        const type = isMap(body) ? stringAt(entry(body, 'Type', doc)?.value, doc) : undefined;
        if (!isMap(body) || type === undefined || !context.knows('cloudformation', type)) continue;
        const serverless = type === SERVERLESS_FUNCTION;
        if (serverless && globalTags === undefined) globalTags = tagsNeed(entry(globals, 'Tags', doc)?.value, doc, context.annotations);
        candidates.push({ resource, body, type, scope, globals: serverless ? globals : undefined, globalTags: serverless ? globalTags! : null });
      }
    }
  } catch (e) {
    if (!(e instanceof LimitError)) throw e;
    return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, e.diagnostic] };
  }

  const anchors: Anchor<number>[] = candidates.map(({ resource }, i) => {
    const start = span(resource.keyNode)![0];
    return { owner: i, start, end: span(resource.value)?.[1] ?? span(resource.keyNode)![1], line: yaml.lines.lineOf(start) };
  });
  const { owned, loose } = attachAnnotations(placeDirectives(file, yaml.comments, yaml.lines, context.annotations), anchors, commentOnlyLines(yaml.comments, yaml.lines));
  const workloads: Workload[] = [];
  const inheritable = { left: GLOBAL_FACTS };
  for (const [i, candidate] of candidates.entries()) {
    try {
      workloads.push(workloadOf(candidate, owned.get(i) ?? [], context, inheritable));
    } catch (e) {
      // Properties nested too deep cost their resource; the alias budget spent costs the file.
      if (e instanceof FactsTooDeep) diagnostics.push(e.diagnostic);
      else if (e instanceof LimitError) return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, e.diagnostic] };
      else throw e;
    }
  }
  if (inheritable.left < 0 && globalsAt) {
    const message = `More than ${GLOBAL_FACTS} properties copied from Globals.Function into the functions: later functions are read without them`;
    diagnostics.push({ file, location: globalsAt, message, level: 'warning' });
  }
  return { workloads, fileAnnotations: loose.map((p) => p.annotation), diagnostics };
}

/** `Fn::ForEach` (AWS::LanguageExtensions) nests at most this deep: CloudFormation allows five loops. */
const FOR_EACH_DEPTH = 5;

/**
 * The entries of `Resources`, with those an `Fn::ForEach::<name>: [identifier, collection,
 * {template}]` loop makes read from its template: one workload per templated logical id
 * (`Topic${Name}`), as written, standing for every resource the loop makes.
 */
function resourceEntries(resources: YAMLMap, doc: Readable, depth = 0): Entry[] {
  return entries(resources, doc).flatMap((e) => {
    if (!e.key.startsWith('Fn::ForEach::')) return [e];
    const loop = deref(e.value, doc);
    const template = isSeq(loop) && depth < FOR_EACH_DEPTH ? deref(loop.items[2] as YamlNode, doc) : null;
    return isMap(template) ? resourceEntries(template, doc, depth + 1) : [];
  });
}

function workloadOf({ resource, body, type, scope, globals, globalTags }: Candidate, comments: Annotation[], context: ParseContext, inheritable: { left: number }): Workload {
  const { doc } = scope;
  const properties = mapAt(body, ['Properties'], doc);
  const walk = propertyWalk(scope);
  const facts: Fact[] = [];
  for (const item of properties ? entries(properties, doc) : []) collectFacts(item.key, item.value, entryLocation(item, doc), walk, facts);
  // SAM copies a Globals.Function property into each function that does not set it, while the file's budget lasts.
  const inherited: Fact[] = [];
  for (const item of globals && inheritable.left >= 0 ? entries(globals, doc) : []) {
    if (!entry(properties, item.key, doc)) collectFacts(item.key, item.value, entryLocation(item, doc), walk, inherited);
  }
  inheritable.left -= inherited.length;
  if (inheritable.left >= 0) append(facts, inherited);
  const structured = [metadataNeed(body, doc, context.annotations), tagsNeed(entry(properties, 'Tags', doc)?.value, doc, context.annotations)].flatMap((a) => (a ? [a] : []));
  const [keyStart, keyEnd] = span(resource.keyNode)!;
  // A block map's range runs to the next key: the resource ends at its last written character.
  let end = span(resource.value)?.[1] ?? keyEnd;
  while (end > keyEnd && /\s/.test(doc.lines.text[end - 1]!)) end--;
  return {
    format: 'cloudformation',
    kind: type,
    address: resource.key,
    file: doc.file,
    location: doc.lines.location(doc.file, keyStart, end),
    header: doc.lines.location(doc.file, keyStart, keyEnd),
    facts,
    annotations: [...comments, ...nearestNeeds([structured, globalTags ? [globalTags] : []])],
  };
}
