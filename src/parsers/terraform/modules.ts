/**
 * Terraform across files: a module is a directory. This stage resolves what a workload's
 * own block leaves open — `var.x` and `local.x` in the attributes the catalog reads — from
 * `-var-file`s, `terraform.tfvars`, `*.auto.tfvars`, variable defaults and, inside a local
 * module, the calling block's inputs; and it gives workloads inside a local module the
 * need annotated on the `module` block that calls it (transitively). What cannot be
 * resolved stays unknown, and says why. Remote module sources are never fetched: a copy
 * `terraform init` installed (installed.ts) is scanned as its call's body, its workloads
 * reported at the call in the scanned files.
 */
import { basename, dirname, resolve } from 'node:path';
import { MAX_CHAIN, ReferenceChain, type Resolved } from '../../hcl/variables.js';
import type { Diagnostic, NeedAnnotation, Workload } from '../../model.js';
import { Unknown } from '../../model.js';
import type { LinkedFile, Linked, ModuleCall, ParsedFile, Placed } from '../types.js';
import { isLocalSource, type Installed } from './installed.js';
import { knownModule, knownWorkload, type KnownModule } from './known.js';
import { locatePlans, type Plan, type PlanTargets } from './plan.js';
import { append } from '../../arrays.js';

interface ModuleDir {
  variables: Map<string, { default?: Placed }>;
  locals: Map<string, Placed>;
  /** terraform.tfvars, then *.auto.tfvars in lexical order: later files win. */
  tfvars: Array<Map<string, Placed>>;
}

interface Call extends ModuleCall {
  /** The directory the call is written in, and the one it loads. */
  from: string;
  target: string;
}

/** A call with where it is written and what it loads. Its `inputs` may be a getter (read on first use), which a spread alone would not copy. */
function located(call: ModuleCall, from: string, target: string): Call {
  return { ...call, inputs: call.inputs, from, target };
}

export function resolveTerraform(files: LinkedFile[], varFiles: ParsedFile[], installed?: Installed, planned?: { plans: Plan[]; knows: (type: string) => boolean }): Linked {
  const dirs = new Map<string, ModuleDir>();
  const dirOf = (dir: string) => {
    let entry = dirs.get(dir);
    if (!entry) {
      entry = { variables: new Map(), locals: new Map(), tfvars: [] };
      dirs.set(dir, entry);
    }
    return entry;
  };
  const calls: Call[] = [];
  const diagnostics: Diagnostic[] = [];
  let remote: { call: ModuleCall; source: string } | undefined;
  let remoteCount = 0;
  const known: Array<{ call: ModuleCall; dir: string; file: ParsedFile; module: KnownModule }> = [];

  const ordered = [...files].sort((a, b) => tfvarsRank(a.absolutePath) - tfvarsRank(b.absolutePath) || (a.absolutePath < b.absolutePath ? -1 : 1));
  for (const { absolutePath, parsed } of ordered) {
    const facts = parsed.terraform;
    if (!facts) continue;
    const dir = dirname(absolutePath);
    const module = dirOf(dir);
    for (const [name, variable] of facts.variables) module.variables.set(name, variable);
    for (const [name, local] of facts.locals) module.locals.set(name, local);
    if (facts.tfvars) module.tfvars.push(facts.tfvars);
    for (const call of facts.calls) {
      const source = typeof call.source === 'string' ? call.source : undefined;
      if (source === undefined) continue;
      if (isLocalSource(source)) calls.push(located(call, dir, resolve(dir, source)));
      else if (installed?.handled.has(call)) continue;
      else if (knownModule(source)) known.push({ call, dir, file: parsed, module: knownModule(source)! });
      else if (!installed?.noted.has(call)) {
        remoteCount++;
        remote ??= { call, source };
      }
    }
  }
  if (remote) {
    diagnostics.push({
      file: remote.call.header.file,
      location: remote.call.header,
      message: `${remoteCount} module call(s) use a remote source (first: "${remote.source}"); strata does not fetch modules, so the workloads inside them are not scanned`,
      level: 'note',
    });
  }

  // An installed module is a module directory like a local one, loaded by the call the manifest names.
  for (const module of installed?.modules ?? []) {
    const entry = dirOf(module.dir);
    for (const { parsed } of module.files) {
      for (const [name, variable] of parsed.terraform?.variables ?? []) entry.variables.set(name, variable);
      for (const [name, local] of parsed.terraform?.locals ?? []) entry.locals.set(name, local);
    }
    calls.push(located(module.call, module.from, module.dir));
  }

  const callersOf = new Map<string, Call[]>();
  for (const call of calls) {
    const callers = callersOf.get(call.target);
    if (callers) callers.push(call);
    else callersOf.set(call.target, [call]);
  }
  const cliVars = varFiles.flatMap((f) => (f.terraform?.tfvars ? [f.terraform.tfvars] : []));

  const resolver = terraformReferences(dirs, callersOf, cliVars);
  const moduleNeeds = moduleNeedsOf(callersOf);
  const resolved: Linked['resolved'] = new Map();
  for (const { absolutePath, parsed } of files) {
    const dir = dirname(absolutePath);
    const needs = moduleNeeds(dir);
    for (const workload of parsed.workloads) {
      if (workload.format !== 'terraform') continue;
      resolved.set(workload, { facts: workload.facts.map((fact) => resolver.fact(fact, dir)), annotations: [...workload.annotations, ...needs] });
    }
  }
  const added: NonNullable<Linked['added']> = new Map();
  const add = (file: ParsedFile, workload: Workload) => {
    const list = added.get(file);
    if (list) list.push(workload);
    else added.set(file, [workload]);
  };
  // A well-known module's call is the workload, its needs and suppressions those on the call (then its callers').
  for (const { call, dir, file, module } of known) {
    const workload = knownWorkload(call, module, '', (fact) => resolver.fact(fact, dir));
    add(file, { ...workload, annotations: [...call.annotations, ...moduleNeeds(dir)] });
  }
  // An installed module's workloads are reported at the call in the scanned files that leads to them.
  for (const module of installed?.modules ?? []) {
    const needs = moduleNeeds(module.dir);
    const version = module.version ? ` ${module.version}` : '';
    for (const { parsed } of module.files) {
      for (const workload of parsed.workloads) {
        if (workload.format !== 'terraform') continue;
        add(module.topFile, {
          ...workload,
          address: `${module.prefix}${workload.address}`,
          file: module.top.header.file,
          location: module.top.location ?? module.top.header,
          header: module.top.header,
          facts: workload.facts.map((fact) => resolver.fact(fact, module.dir)),
          annotations: needs,
          context: [
            ...(workload.context ?? []),
            {
              reason: `${workload.address} in the installed module ${module.prefix.slice(0, -1)} ("${module.source}"${version}, installed by terraform init)`,
              location: workload.header,
            },
          ],
        });
      }
    }
  }
  if (planned && planned.plans.length > 0) {
    const located = locatePlans(planned.plans, planTargets(files), planned.knows);
    append(diagnostics, located.diagnostics);
    for (const [workload, from] of located.replaced) {
      const before = resolved.get(workload);
      resolved.set(workload, { annotations: before?.annotations ?? workload.annotations, ...from });
    }
    // A remote call the plan covers is what the plan says it holds: its installed or table workloads give way.
    const covered = new Set([...located.covered].map((call) => call.header));
    for (const [file, list] of added)
      added.set(
        file,
        list.filter((w) => !covered.has(w.header)),
      );
    for (const { call, workload } of located.added) {
      const owner = files.find((f) => f.parsed.terraform?.calls.includes(call));
      if (owner) add(owner.parsed, { ...workload, annotations: [...call.annotations, ...moduleNeeds(dirname(owner.absolutePath))] });
    }
  }
  return { diagnostics, resolved, added };
}

/** The scanned blocks and calls a plan's addresses are located at, by directory. */
function planTargets(files: LinkedFile[]): PlanTargets {
  const workloads = new Map<string, Workload>();
  const calls = new Map<string, { call: ModuleCall; target?: string }>();
  for (const { absolutePath, parsed } of files) {
    const dir = dirname(absolutePath);
    for (const workload of parsed.workloads) if (workload.format === 'terraform') workloads.set(`${dir}\u0000${workload.address}`, workload);
    for (const call of parsed.terraform?.calls ?? []) {
      if (typeof call.source !== 'string') continue;
      calls.set(`${dir}\u0000${call.name}`, { call, target: isLocalSource(call.source) ? resolve(dir, call.source) : undefined });
    }
  }
  return {
    workload: (dir, address) => workloads.get(`${dir}\u0000${address}`),
    call: (dir, name) => calls.get(`${dir}\u0000${name}`),
  };
}

/** terraform.tfvars before *.auto.tfvars, as Terraform loads them; everything else after. */
function tfvarsRank(path: string): number {
  const name = basename(path);
  if (name === 'terraform.tfvars' || name === 'terraform.tfvars.json') return 0;
  if (/\.auto\.tfvars(\.json)?$/.test(name)) return 1;
  return 2;
}

/**
 * The need on the nearest module calls that lead to a directory, through callers of callers,
 * worked out once per directory. A module called with different needs takes the first; the
 * others ride along on it (one list for all its workloads), to be reported once as conflicts.
 */
function moduleNeedsOf(callersOf: Map<string, Call[]>): (dir: string) => NeedAnnotation[] {
  const known = new Map<string, NeedAnnotation | undefined>();
  // `cut`: the answer stopped at a directory already on the walk (or at the chain limit), so it holds for this walk only.
  const walk = (dir: string, seen: Set<string>): { need?: NeedAnnotation; cut: boolean } => {
    if (known.has(dir)) return { need: known.get(dir), cut: false };
    if (seen.has(dir) || seen.size > MAX_CHAIN) return { cut: true };
    seen.add(dir);
    const callers = callersOf.get(dir) ?? [];
    const own = callers.flatMap((call) => {
      const need = call.annotations.find((a): a is NeedAnnotation => a.kind === 'need');
      return need ? [{ ...need, via: 'module' as const, call: call.header }] : [];
    });
    let found: { need?: NeedAnnotation; cut: boolean } = { cut: false };
    if (own.length > 0) found = { need: own.length > 1 ? { ...own[0]!, others: own.slice(1) } : own[0], cut: false };
    else {
      for (const call of callers) {
        const inherited = walk(call.from, seen);
        found = { need: inherited.need, cut: found.cut || inherited.cut };
        if (inherited.need) break;
      }
    }
    if (!found.cut) known.set(dir, found.need);
    return found;
  };
  const answers = new Map<string, NeedAnnotation[]>();
  return (dir) => {
    let answer = answers.get(dir);
    if (!answer) {
      const { need } = walk(dir, new Set());
      answer = need ? [need] : [];
      answers.set(dir, answer);
    }
    return answer;
  };
}

/**
 * `var.x` and `local.x` in a module directory: a local; for a module some calls use, the
 * input every call gives it (read in the calling module); for a root module, the
 * -var-files, then its tfvars files (later ones win); then the variable's default.
 */
function terraformReferences(dirs: Map<string, ModuleDir>, callersOf: Map<string, Call[]>, cliVars: Array<Map<string, Placed>>): ReferenceChain<string> {
  return new ReferenceChain<string>(
    (kind, name, reference, dir, follow) => {
      const module = dirs.get(dir);
      if (kind === 'local') {
        const local = module?.locals.get(name);
        return local ? follow(local, dir) : { value: new Unknown(`comes from ${reference}; ${reference} is not defined in this module`) };
      }
      const callers = callersOf.get(dir) ?? [];
      if (callers.length > 0) {
        const answers = callers.map((call) => {
          const input = call.inputs.get(name);
          return input ? follow(input, call.from) : undefined;
        });
        if (answers.every((a) => a !== undefined)) {
          const [first] = answers as Resolved[];
          const written = JSON.stringify(first!.value);
          const agree = answers.every((a) => !(a!.value instanceof Unknown) && JSON.stringify(a!.value) === written);
          if (agree) return first!;
          if (answers.length > 1)
            return { value: new Unknown(`comes from ${reference}; ${reference} is set differently by the ${answers.length} module calls that use this module`) };
          return first!;
        }
      } else {
        for (const values of [...cliVars.toReversed(), ...(module?.tfvars ?? []).toReversed()]) {
          const set = values.get(name);
          if (set) return { value: set.value, location: set.location };
        }
      }
      const variable = module?.variables.get(name);
      if (!variable) return { value: new Unknown(`comes from ${reference}; ${reference} is not declared in this module`) };
      if (!variable.default) return { value: new Unknown(`comes from ${reference}; ${reference} has no default and no tfvars file sets it`) };
      return follow(variable.default, dir);
    },
    'variables and module calls',
    (reference, dir) => `${dir}\u0000${reference}`,
  );
}
