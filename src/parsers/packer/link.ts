/**
 * Packer across files: a template is a directory. `packer build <dir>` loads every
 * `*.pkr.hcl` / `*.pkr.json` in it with `*.auto.pkrvars.hcl` / `*.auto.pkrvars.json` (lexical
 * order, later files win); `-var-file`s (here `--var-file`/`varFiles` named `*.pkrvars.*`)
 * win over those. This stage resolves `var.x` and `local.x` in the attributes the catalog
 * reads from them and from `variable` defaults; what it cannot resolve stays unknown and
 * says why. Other `*.pkrvars.hcl` files are loaded only when named (bento's per-OS files).
 * A directory may also hold several one-file templates (`packer build windows-2022.pkr.hcl`),
 * each declaring the same variables: a file's own declarations come first.
 */
import { basename, dirname } from 'node:path';
import { ReferenceChain } from '../../hcl/variables.js';
import { Unknown, type Evidence, type Workload } from '../../model.js';
import type { Linked, LinkedFile, LinkInputs, PackerFileFacts, ParsedFile, Placed } from '../types.js';
import { parseVarFile } from './hcl.js';
import { parseVarFileJson } from './json.js';

interface Template {
  variables: Map<string, { default?: Placed }>;
  locals: Map<string, Placed>;
  /** Auto-loaded variable files, in load order. */
  assigned: Array<Map<string, Placed>>;
  /** What its build blocks name, by source address; undefined once one names sources strata cannot read. */
  built: Map<string, Evidence[]> | undefined;
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
      template = { variables: new Map(), locals: new Map(), assigned: [], built: new Map() };
      templates.set(dir, template);
    }
    for (const [name, variable] of facts.variables) template.variables.set(name, variable);
    for (const [name, local] of facts.locals) template.locals.set(name, local);
    if (facts.assigned && /\.auto\.pkrvars\.(hcl|json)$/.test(basename(absolutePath))) template.assigned.push(facts.assigned);
    if (facts.assigned) continue;
    if (!facts.builds) template.built = undefined;
    for (const use of facts.builds ?? []) {
      if (!template.built) break;
      // Packer takes `sources.<type>.<name>` for `source.<type>.<name>` too.
      const address = use.source.replace(/^sources\./, 'source.');
      const uses = template.built.get(address) ?? [];
      uses.push({ reason: `built by ${use.build}`, location: use.location });
      template.built.set(address, uses);
    }
  }
  const resolved: Linked['resolved'] = new Map();
  const references = packerReferences(cli);
  for (const { absolutePath, parsed } of files) {
    const template = templates.get(dirname(absolutePath));
    // A legacy template's {{user}} variables are its own, resolved as it is parsed.
    if (!template || !parsed.packer) continue;
    const scope: Scope = { own: parsed.packer, template };
    for (const workload of parsed.workloads) {
      if (workload.format !== 'packer') continue;
      resolved.set(workload, { facts: workload.facts.map((fact) => references.fact(fact, scope)), annotations: workload.annotations, context: builtBy(workload, template) });
    }
  }
  return { diagnostics: named.flatMap((f: ParsedFile) => f.diagnostics), resolved };
}

/** Which builds build a source; that none does, when every build of its template names its sources literally. */
function builtBy(workload: Workload, template: Template): Evidence[] | undefined {
  if (!template.built || template.built.size === 0) return workload.context;
  const uses = template.built.get(workload.address) ?? [
    { reason: 'no build block of this template names it: it is inventoried, but packer build does not build it', location: workload.header },
  ];
  return [...(workload.context ?? []), ...uses];
}

/** What a workload's file resolves `var.x` and `local.x` in: its own declarations first, then its template's. */
interface Scope {
  own: PackerFileFacts;
  template: Template;
}

/** One chain for the run: the -var-files it names are the same for every template. */
function packerReferences(cli: Array<Map<string, Placed>>): ReferenceChain<Scope> {
  return new ReferenceChain<Scope>((kind, name, reference, scope, follow) => {
    if (kind === 'local') {
      const local = scope.own.locals.get(name) ?? scope.template.locals.get(name);
      return local ? follow(local, scope) : { value: new Unknown(`comes from ${reference}; ${reference} is not defined in this template`) };
    }
    // Later files win: the last -var-file, then the last *.auto.pkrvars file (lexical order).
    for (const values of [...cli.toReversed(), ...scope.template.assigned.toReversed()]) {
      const set = values.get(name);
      if (set) return { value: set.value, location: set.location };
    }
    const variable = scope.own.variables.get(name) ?? scope.template.variables.get(name);
    if (!variable) return { value: new Unknown(`comes from ${reference}; ${reference} is not declared in this template`) };
    if (!variable.default) return { value: new Unknown(`comes from ${reference}; ${reference} has no default and no variable file sets it`) };
    return follow(variable.default, scope);
  }, 'variables and locals');
}
