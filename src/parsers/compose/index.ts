/**
 * docker-compose files: every service is a workload, seen as docker compose sees it —
 * `extends` (same file or `file:`), top-level `include` (and includes of includes), anchors and `<<` merges,
 * interpolation from `.env` — and, for an override or variant file
 * (`docker-compose.override.yml`, `compose.kata.yaml`), merged over its base file so the
 * override's services carry what the pair together provision, located in the override.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import { needFromFields, needFromTags, type TagEntry } from '../../annotations.js';
import { attachAnnotations, commentOnlyLines, placeDirectives, type Anchor } from '../../attach.js';
import type { Annotation, Diagnostic, Workload } from '../../model.js';
import type { ParseContext, ParsedFile } from '../types.js';
import { ALIAS_BUDGET, deref, entries, entry, LimitError, loadComposeFile, span, type ComposeFile, type Entry } from './document.js';
import { blockEnds } from './extent.js';
import { factsOf, labelEntries, tagEntry, type Contribution } from './facts.js';

const FILE_NAME = /^(docker-compose|compose)(?:\.(.+))?\.ya?ml$/;

/** Whether a file name is one docker compose reads: a base file, an override or a variant. */
export function isComposeFileName(name: string): boolean {
  return FILE_NAME.test(name);
}

/** Sequences docker compose merges by appending an override's items to the base's. */
const APPENDED = new Set(['cap_add', 'cap_drop', 'devices', 'dns', 'dns_search', 'env_file', 'expose', 'external_links', 'group_add', 'links', 'ports', 'security_opt', 'tmpfs', 'volumes', 'volumes_from']);
/** Includes of includes followed: docker compose sets no limit, but a chain of thousands of files is an attack on the stack. */
const MAX_INCLUDE_DEPTH = 32;
/** Maps merged key by key (later wins). */
const KEYED = new Set(['labels', 'environment', 'annotations', 'sysctls', 'extra_hosts', 'x-strata']);

/** One attribute of a service as merged: the entries that contribute to it, each with its file. */
type View = Map<string, Contribution[]>;

class Project {
  private readonly files = new Map<string, ComposeFile | null>();
  private readonly views = new Map<string, View | undefined>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly context: ParseContext) {}

  load(absolutePath: string, text?: string): ComposeFile | null {
    if (this.files.has(absolutePath)) return this.files.get(absolutePath)!;
    let source = text;
    if (source === undefined) {
      const read = this.context.read(absolutePath);
      source = read.ok ? read.text : undefined;
    }
    const file = source === undefined ? null : parsedOnce(absolutePath, source, this.context);
    this.files.set(absolutePath, file);
    return file;
  }

  services(file: ComposeFile): Entry[] {
    const services = this.servicesMap(file);
    return services ? entries(services, file) : [];
  }

  private servicesMap(file: ComposeFile): YAMLMap | undefined {
    const services = deref(entry(file.root, 'services', file)?.value, file);
    return isMap(services) ? services : undefined;
  }

  /** A service with its `extends` chain applied (computed once per service). */
  view(file: ComposeFile, name: string, chain: string[] = []): View | undefined {
    const key = `${file.absolutePath}#${name}`;
    if (this.views.has(key)) return this.views.get(key);
    const view = this.computeView(file, name, chain);
    this.views.set(key, view);
    return view;
  }

  private computeView(file: ComposeFile, name: string, chain: string[]): View | undefined {
    const service = entry(this.servicesMap(file), name, file);
    if (!service) return undefined;
    const body = deref(service.value, file);
    const own: View = new Map();
    if (isMap(body)) for (const e of entries(body, file)) own.set(e.key, [{ entry: e, file }]);
    const extendsEntry = own.get('extends')?.[0]?.entry;
    own.delete('extends');
    if (!extendsEntry) return own;
    const target = this.extendsTarget(extendsEntry, file);
    if (!target) return own;
    const key = `${target.file.absolutePath}#${target.service}`;
    if (chain.includes(key)) {
      this.problem(file, extendsEntry, `extends forms a cycle: ${[...chain, key].map((k) => k.split('#')[1]).join(' → ')}`);
      return own;
    }
    const base = this.view(target.file, target.service, [...chain, `${file.absolutePath}#${name}`, key]);
    if (!base) {
      this.problem(file, extendsEntry, `extends names service "${target.service}", which ${target.file.file} does not define`);
      return own;
    }
    return merge(base, own);
  }

  private extendsTarget(extendsEntry: Entry, file: ComposeFile): { file: ComposeFile; service: string } | undefined {
    const value = deref(extendsEntry.value, file);
    if (isScalar(value)) return { file, service: String(value.value) };
    if (!isMap(value)) return undefined;
    const service = deref(entry(value, 'service', file)?.value, file);
    const from = deref(entry(value, 'file', file)?.value, file);
    if (!isScalar(service)) return undefined;
    if (!isScalar(from)) return { file, service: String(service.value) };
    const path = resolve(dirname(file.absolutePath), String(from.value));
    const target = this.load(path);
    if (!target) {
      this.problem(file, extendsEntry, `extends refers to ${String(from.value)}, which cannot be read`);
      return undefined;
    }
    return { file: target, service: String(service.value) };
  }

  /**
   * Files the top-level `include:`s bring into the project, and theirs in turn (each path
   * relative to the file that names it), each once. An include that leads back to a file on
   * its own chain is a located diagnostic, as docker compose refuses it.
   */
  includedFiles(root: ComposeFile): ComposeFile[] {
    const out: ComposeFile[] = [];
    const reached = new Set([root.absolutePath]);
    const visit = (file: ComposeFile, chain: ComposeFile[]) => {
      for (const { included, at } of this.includes(file)) {
        const cycle = chain.findIndex((f) => f.absolutePath === included.absolutePath);
        if (cycle >= 0) {
          const names = [...chain.slice(cycle), included].map((f) => f.file).join(' → ');
          this.diagnostics.push({ file: file.file, location: file.lines.location(file.file, ...at), message: `include forms a cycle: ${names}`, level: 'error' });
          continue;
        }
        if (reached.has(included.absolutePath)) continue;
        if (chain.length > MAX_INCLUDE_DEPTH) {
          this.diagnostics.push({ file: file.file, location: file.lines.location(file.file, ...at), message: `include nests more than ${MAX_INCLUDE_DEPTH} files deep: ${included.file} is not read`, level: 'error' });
          continue;
        }
        reached.add(included.absolutePath);
        out.push(included);
        if (included.root) visit(included, [...chain, included]);
      }
    };
    visit(root, [root]);
    return out;
  }

  /** The files one file's top-level `include:` names, with where each is named. */
  private includes(file: ComposeFile): Array<{ included: ComposeFile; at: [number, number] }> {
    const include = deref(entry(file.root, 'include', file)?.value, file);
    if (!isSeq(include)) return [];
    const out: Array<{ included: ComposeFile; at: [number, number] }> = [];
    for (const item of include.items) {
      const node = deref(item as YamlNode, file);
      let paths: YamlNode[] = [];
      if (isScalar(node)) paths = [node];
      else if (isMap(node)) {
        const path = deref(entry(node, 'path', file)?.value, file);
        paths = isSeq(path) ? path.items.map((p) => deref(p as YamlNode, file)!).filter(Boolean) : path ? [path] : [];
      }
      for (const path of paths) {
        if (!isScalar(path)) continue;
        const at = span(path) ?? [0, 0];
        const included = this.load(resolve(dirname(file.absolutePath), String(path.value)));
        if (included) out.push({ included, at });
        else this.diagnostics.push({ file: file.file, location: file.lines.location(file.file, ...at), message: `include: ${String(path.value)} cannot be read`, level: 'error' });
      }
    }
    return out;
  }

  private problem(file: ComposeFile, at: Entry, message: string): void {
    const start = span(at.keyNode)?.[0] ?? 0;
    const end = span(at.value)?.[1] ?? start;
    this.diagnostics.push({ file: file.file, location: file.lines.location(file.file, start, end), message, level: 'error' });
  }
}

/** Each compose file is parsed once per scan, however many overrides and includes reach it. */
const parsed = new WeakMap<ParseContext, Map<string, ComposeFile>>();

function parsedOnce(absolutePath: string, text: string, context: ParseContext): ComposeFile {
  let files = parsed.get(context);
  if (!files) parsed.set(context, (files = new Map()));
  let file = files.get(absolutePath);
  if (!file) files.set(absolutePath, (file = loadComposeFile(absolutePath, text, context)));
  // The alias budget is per reading of the file, not per scan.
  return { ...file, aliases: { left: ALIAS_BUDGET } };
}

/** Merges an override's view over a base's, as docker compose merges service definitions. */
function merge(base: View, override: View): View {
  const out: View = new Map(base);
  for (const [key, contributions] of override) {
    const tag = contributions[0]?.entry.value?.tag;
    if (tag === '!reset') out.delete(key);
    else if (tag !== '!override' && (APPENDED.has(key) || KEYED.has(key)) && out.has(key)) out.set(key, [...out.get(key)!, ...contributions]);
    else out.set(key, contributions);
  }
  return out;
}

export function parseCompose(absolutePath: string, text: string, context: ParseContext): ParsedFile {
  const project = new Project(context);
  const file = project.load(absolutePath, text)!;
  const diagnostics = [...file.diagnostics];
  if (!file.root) return { workloads: [], fileAnnotations: [], diagnostics };
  const workloads: Workload[] = [];
  const fileAnnotations: Annotation[] = [];
  try {
    const base = baseOf(file, project);
    workloads.push(...serviceWorkloads(file, project, base, context, fileAnnotations));
    for (const included of base ? [] : project.includedFiles(file)) {
      diagnostics.push(...included.diagnostics);
      // An included file over a limit is that file's problem: the including file's services stand.
      try {
        if (included.root) workloads.push(...serviceWorkloads(included, project, undefined, context, []));
      } catch (e) {
        diagnostics.push(limitDiagnostic(e));
      }
    }
  } catch (e) {
    return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, limitDiagnostic(e)] };
  }
  diagnostics.push(...project.diagnostics);
  return { workloads, fileAnnotations, diagnostics };
}

function limitDiagnostic(e: unknown): Diagnostic {
  if (!(e instanceof LimitError)) throw e;
  return e.diagnostic;
}

/** The base file an override or variant file is merged over, if it has one beside it. */
function baseOf(file: ComposeFile, project: Project): ComposeFile | undefined {
  const match = FILE_NAME.exec(basename(file.absolutePath));
  if (!match?.[2]) return undefined;
  const families = match[1] === 'compose' ? ['compose', 'docker-compose'] : ['docker-compose', 'compose'];
  for (const family of families) {
    for (const extension of ['yaml', 'yml']) {
      const candidate = join(dirname(file.absolutePath), `${family}.${extension}`);
      const base = project.load(candidate);
      if (base?.root) return base;
    }
  }
  return undefined;
}

function serviceWorkloads(file: ComposeFile, project: Project, base: ComposeFile | undefined, context: ParseContext, fileAnnotations: Annotation[]): Workload[] {
  const services = project.services(file);
  const { owned, loose } = attachAnnotations(
    placeDirectives(file.file, file.comments, file.lines, context.annotations),
    serviceAnchors(file, services),
    commentOnlyLines(file.comments, file.lines),
  );
  const baseAnnotations = base ? attachedByService(base, project, context) : new Map<string, Annotation[]>();
  fileAnnotations.push(...loose.map((p) => p.annotation), ...topLevelDefault(file, context));
  // Top-level extensions merge too: an override without a default of its own keeps its base file's.
  if (base && !fileAnnotations.some((a) => a.kind === 'default-need')) {
    fileAnnotations.push(...topLevelDefault(base, context).filter((a) => a.kind === 'default-need'));
    fileAnnotations.push(...placeDirectives(base.file, base.comments, base.lines, context.annotations).map((p) => p.annotation).filter((a) => a.kind === 'default-need'));
  }

  return services.map((service): Workload => {
    let view = project.view(file, service.key) ?? new Map();
    if (base) {
      const under = project.view(base, service.key);
      if (under) view = merge(under, view);
    }
    const facts = factsOf(view);
    const own = owned.get(service.key) ?? [];
    // The override's own comment is nearer than the base file's; the base's counts only when the override says nothing.
    const inherited = own.some((a) => a.kind === 'need') ? [] : (baseAnnotations.get(service.key) ?? []);
    const annotations = [...own, ...inherited];
    const structured = structuredNeeds(view, context);
    annotations.push(...structured);
    const [keyStart, keyEnd] = span(service.keyNode)!;
    return {
      format: 'compose',
      kind: 'service',
      address: service.key,
      file: file.file,
      location: file.lines.location(file.file, keyStart, span(service.value)?.[1] ?? keyEnd),
      header: file.lines.location(file.file, keyStart, keyEnd),
      facts,
      annotations,
    };
  });
}

function serviceAnchors(file: ComposeFile, services: Entry[]): Anchor<string>[] {
  const starts = services.map((s) => span(s.keyNode)![0]);
  const ends = blockEnds(file.lines, starts);
  return services.map((s, i) => ({ owner: s.key, start: starts[i]!, end: ends[i]!, line: file.lines.lineOf(starts[i]!) }));
}

function attachedByService(file: ComposeFile, project: Project, context: ParseContext): Map<string, Annotation[]> {
  const services = project.services(file);
  return attachAnnotations(
    placeDirectives(file.file, file.comments, file.lines, context.annotations).filter((p) => p.annotation.kind === 'need'),
    serviceAnchors(file, services),
    commentOnlyLines(file.comments, file.lines),
  ).owned;
}

/** Top-level `x-strata: { needs, reason }`: the file's default need. */
function topLevelDefault(file: ComposeFile, context: ParseContext): Annotation[] {
  const xStrata = entry(file.root, 'x-strata', file);
  if (!xStrata) return [];
  const need = needFromXStrata([{ entry: xStrata, file }], context);
  if (!need) return [];
  if (need.kind !== 'need') return [need];
  return [{ kind: 'default-need', stratum: need.stratum, needs: need.needs, reason: need.reason, location: need.location, source: need.source }];
}

/** Needs written as data on the service: `x-strata:` and `labels` (`strata.needs`, `strata.reason`). */
function structuredNeeds(view: View, context: ParseContext): Annotation[] {
  const found: Annotation[] = [];
  const xStrata = view.get('x-strata');
  const fromX = xStrata ? needFromXStrata(xStrata, context) : null;
  if (fromX) found.push(fromX);
  const labels = view.get('labels');
  if (labels) {
    const fromLabels = needFromTags(labelEntries(labels), 'label', context.annotations);
    if (fromLabels) found.push(fromLabels);
  }
  return found;
}

function needFromXStrata(contributions: Contribution[], context: ParseContext): Annotation | null {
  const fields = new Map<string, TagEntry>();
  for (const { entry: e, file } of contributions) {
    const map = deref(e.value, file);
    if (!isMap(map)) {
      const [start, end] = span(e.keyNode) ?? [0, 0];
      return { kind: 'invalid', problem: 'x-strata must be a mapping: { needs: <stratum|intent>, reason: "…" }', location: file.lines.location(file.file, start, end), source: 'x-strata' };
    }
    for (const item of entries(map, file)) fields.set(item.key, tagEntry(`x-strata.${item.key}`, item, file));
  }
  const needs = fields.get('needs');
  if (!needs) return null;
  return needFromFields({ ...needs, key: 'x-strata.needs' }, fields.get('reason'), 'x-strata', context.annotations);
}
