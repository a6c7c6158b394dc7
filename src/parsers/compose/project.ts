/**
 * A compose project as docker compose assembles it: files parsed once per scan, `extends`
 * chains (same file or `file:`) with cycles reported, top-level `include` followed through
 * includes of includes, and override or variant files merged over their base file.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../../model.js';
import type { ParseContext } from '../types.js';
import { ALIAS_BUDGET, deref, entries, entry, loadComposeFile, span, type ComposeFile, type Entry } from './document.js';
import type { Contribution } from './facts.js';
import { COMPOSE_NAME } from './format.js';

/** Sequences docker compose merges by appending an override's items to the base's. */
const APPENDED = new Set([
  'cap_add',
  'cap_drop',
  'devices',
  'dns',
  'dns_search',
  'env_file',
  'expose',
  'external_links',
  'group_add',
  'links',
  'ports',
  'security_opt',
  'tmpfs',
  'volumes',
  'volumes_from',
]);
/** Includes of includes followed: docker compose sets no limit, but a chain of thousands of files is an attack on the stack. */
const MAX_INCLUDE_DEPTH = 32;
/** Services followed through `extends` from one service, for the same reason: real chains are two or three long. */
const MAX_EXTENDS_DEPTH = 1_000;
/**
 * Entries the services of one project may take through `extends`, all told. Each service that
 * extends another copies the entries it takes, so one base of N keys extended by N services
 * (or a chain of N services, each adding a volume) would copy N² of them. Real projects take
 * a few thousand; past the budget, a service is read without what it extends, and the first
 * such `extends` is a located warning.
 */
const INHERITED_ENTRIES = 100_000;
/** Maps merged key by key (later wins). */
const KEYED = new Set(['labels', 'environment', 'annotations', 'sysctls', 'extra_hosts', 'x-strata']);

/** One attribute of a service as merged: the entries that contribute to it, each with its file. */
export type View = Map<string, Contribution[]>;

export class Project {
  private readonly files = new Map<string, ComposeFile | null>();
  private readonly views = new Map<string, View | undefined>();
  private inheritable = INHERITED_ENTRIES;
  private cutChain = false;
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
    // The chain holds two keys a service (its own, and the one it extends). Said once: a longer chain
    // is cut every MAX_EXTENDS_DEPTH services, as each service read starts one anew.
    if (chain.length >= 2 * MAX_EXTENDS_DEPTH) {
      if (!this.cutChain)
        this.problem(file, extendsEntry, `extends chains more than ${MAX_EXTENDS_DEPTH} services: service "${name}" and any other as deep are read without what they extend`);
      this.cutChain = true;
      return own;
    }
    const base = this.view(target.file, target.service, [...chain, `${file.absolutePath}#${name}`, key]);
    if (!base) {
      this.problem(file, extendsEntry, `extends names service "${target.service}", which ${target.file.file} does not define`);
      return own;
    }
    // Once spent, the budget stays spent: the warning is made once, when it runs out.
    if (this.inheritable < 0) return own;
    this.inheritable -= entryCount(base);
    if (this.inheritable >= 0) return merge(inherited(base), own);
    this.problem(file, extendsEntry, `More than ${INHERITED_ENTRIES} entries taken through extends: service "${name}" and those read after it are read without what they extend`);
    return own;
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
          this.diagnostics.push({
            file: file.file,
            location: file.lines.location(file.file, ...at),
            message: `include nests more than ${MAX_INCLUDE_DEPTH} files deep: ${included.file} is not read`,
            level: 'error',
          });
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
  if (!files) {
    files = new Map();
    parsed.set(context, files);
  }
  let file = files.get(absolutePath);
  if (!file) {
    file = loadComposeFile(absolutePath, text, context);
    files.set(absolutePath, file);
  }
  // The alias budget is per reading of the file, not per scan.
  return { ...file, aliases: { left: ALIAS_BUDGET } };
}

function entryCount(view: View): number {
  let count = 0;
  for (const contributions of view.values()) count += contributions.length;
  return count;
}

/** What a service takes from the service it extends, marked as taken. */
function inherited(base: View): View {
  const out: View = new Map();
  const taken = (c: Contribution): Contribution => (c.inherited ? c : { ...c, inherited: true });
  for (const [key, contributions] of base) out.set(key, contributions.map(taken));
  return out;
}

/** A service's view without what it takes through `extends`. */
export function ownPart(view: View): View {
  const out: View = new Map();
  for (const [key, contributions] of view) {
    const own = contributions.filter((c) => !c.inherited);
    if (own.length > 0) out.set(key, own);
  }
  return out;
}

/** Merges an override's view over a base's, as docker compose merges service definitions. */
export function merge(base: View, override: View): View {
  const out: View = new Map(base);
  for (const [key, contributions] of override) {
    const tag = contributions[0]?.entry.value?.tag;
    if (tag === '!reset') out.delete(key);
    else if (tag !== '!override' && (APPENDED.has(key) || KEYED.has(key)) && out.has(key)) out.set(key, [...out.get(key)!, ...contributions]);
    else out.set(key, contributions);
  }
  return out;
}

/** The base file an override or variant file is merged over, if it has one beside it. */
export function baseOf(file: ComposeFile, project: Project): ComposeFile | undefined {
  const match = COMPOSE_NAME.exec(basename(file.absolutePath));
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
