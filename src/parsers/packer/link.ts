/**
 * Packer across files: a template is a directory. `packer build <dir>` loads every
 * `*.pkr.hcl` / `*.pkr.json` in it with `*.auto.pkrvars.hcl` / `*.auto.pkrvars.json` (lexical
 * order, later files win); `-var-file`s (here `--var-file`/`varFiles` named `*.pkrvars.*`)
 * win over those. This stage resolves `var.x` and `local.x` in the attributes the catalog
 * reads from them and from `variable` defaults; what it cannot resolve stays unknown and
 * says why. Other `*.pkrvars.hcl` files are loaded only when named (bento's per-OS files).
 */
import { basename, dirname } from 'node:path';
import { Unknown, type Fact, type Location, type Value } from '../../model.js';
import type { Linked, LinkedFile, LinkInputs, ParsedFile, Placed } from '../types.js';
import { parseVarFile } from './hcl.js';
import { parseVarFileJson } from './json.js';

/** How many references one value may pass through: a hostile template can chain thousands. */
const MAX_CHAIN = 256;

interface Template {
  variables: Map<string, { default?: Placed }>;
  locals: Map<string, Placed>;
  /** Auto-loaded variable files, in load order. */
  assigned: Array<Map<string, Placed>>;
}

export function linkPacker(files: LinkedFile[], { varFiles }: LinkInputs): Linked {
  const named = varFiles
    .filter((f) => /\.pkrvars\.(hcl|json)$/.test(f.path))
    .map((f) => (f.path.endsWith('.json') ? parseVarFileJson(f.path, f.text) : parseVarFile(f.path, f.text)));
  const cli = named.flatMap((f) => (f.packer?.assigned ? [f.packer.assigned] : []));
  const templates = new Map<string, Template>();
  const ordered = [...files].sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0));
  for (const { absolutePath, parsed } of ordered) {
    const facts = parsed.packer;
    if (!facts) continue;
    const dir = dirname(absolutePath);
    let template = templates.get(dir);
    if (!template) {
      template = { variables: new Map(), locals: new Map(), assigned: [] };
      templates.set(dir, template);
    }
    for (const [name, variable] of facts.variables) template.variables.set(name, variable);
    for (const [name, local] of facts.locals) template.locals.set(name, local);
    if (facts.assigned && /\.auto\.pkrvars\.(hcl|json)$/.test(basename(absolutePath))) template.assigned.push(facts.assigned);
  }
  const resolved: Linked['resolved'] = new Map();
  for (const { absolutePath, parsed } of files) {
    const template = templates.get(dirname(absolutePath));
    if (!template) continue;
    const scope = new Scope(template, cli);
    for (const workload of parsed.workloads) {
      if (workload.format !== 'packer') continue;
      resolved.set(workload, { facts: workload.facts.map((fact) => scope.fact(fact)), annotations: workload.annotations });
    }
  }
  return { diagnostics: named.flatMap((f: ParsedFile) => f.diagnostics), resolved };
}

class Scope {
  constructor(
    private readonly template: Template,
    private readonly cli: Array<Map<string, Placed>>,
  ) {}

  fact(fact: Fact): Fact {
    if (!(fact.value instanceof Unknown) || !fact.value.reference || fact.value.reference.startsWith('user.')) return fact;
    const found = this.reference(fact.value.reference, new Set());
    if (found.value instanceof Unknown && !found.location) return { ...fact, value: found.value };
    return { ...fact, value: found.value, origin: found.location };
  }

  private reference(reference: string, seen: Set<string>): { value: Value; location?: Location } {
    if (seen.has(reference)) return { value: new Unknown(`comes from ${reference}; ${reference} refers back to itself`) };
    if (seen.size >= MAX_CHAIN) return { value: new Unknown(`comes from ${reference}, through more than ${MAX_CHAIN} variables and locals`) };
    seen.add(reference);
    const [kind, name] = reference.split('.') as ['var' | 'local', string];
    const follow = (placed: Placed): { value: Value; location?: Location } =>
      placed.value instanceof Unknown && placed.value.reference ? this.reference(placed.value.reference, seen) : { value: placed.value, location: placed.location };
    if (kind === 'local') {
      const local = this.template.locals.get(name);
      return local ? follow(local) : { value: new Unknown(`comes from ${reference}; ${reference} is not defined in this template`) };
    }
    for (const values of [...this.cli, ...this.template.assigned.toReversed()]) {
      const set = values.get(name);
      if (set) return { value: set.value, location: set.location };
    }
    const variable = this.template.variables.get(name);
    if (!variable) return { value: new Unknown(`comes from ${reference}; ${reference} is not declared in this template`) };
    if (!variable.default) return { value: new Unknown(`comes from ${reference}; ${reference} has no default and no variable file sets it`) };
    return follow(variable.default);
  }
}
