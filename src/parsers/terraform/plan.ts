/**
 * Plan JSON (`terraform show -json plan > plan.json`, named with `--plan`): Terraform's own
 * resolved values for each planned resource. A plan's root module is the directory the
 * plan file lies in. Each resource (its `count`/`for_each` instances collapsed to one
 * block address) is located back in the scanned source — its resource block in the root
 * or a local module, the module call for a remote one — and classified from the plan's
 * values there; a value known only after apply stays unknown and says so. A planned
 * resource with no block to stand at is a note, located in the plan file.
 */
import { dirname } from 'node:path';
import { Unknown, type Diagnostic, type Evidence, type Fact, type Location, type Value, type Workload } from '../../model.js';
import { LineIndex } from '../../text/positions.js';
import type { ModuleCall } from '../types.js';

/** How deep a plan's values are walked: a hostile plan can nest without end. */
const MAX_VALUE_DEPTH = 32;
/** How many resource changes of one plan are read. */
const MAX_RESOURCES = 50_000;

export interface PlanInput {
  path: string;
  absolutePath: string;
  text: string;
}

export interface PlannedResource {
  /** `module.web.aws_instance.this`: the block, instances collapsed. */
  address: string;
  /** The module path: ['web'] for module.web[0]. */
  modules: string[];
  type: string;
  name: string;
  /** One fact list per instance. */
  instances: Array<{ values: unknown; unknown: unknown }>;
  /** Where its first change stands in the plan file. */
  location: Location;
}

export interface Plan {
  path: string;
  /** The root module's directory: the plan file's. */
  root: string;
  resources: PlannedResource[];
}

/** The managed resources a plan creates or keeps, grouped by block; or a problem with the file. */
export function readPlan(input: PlanInput): { plan?: Plan; diagnostic?: Diagnostic } {
  const problem = (message: string): { diagnostic: Diagnostic } => ({ diagnostic: { file: input.path, message: `${message}, so strata does not use this plan`, level: 'error' } });
  let data: unknown;
  try {
    // The reader keeps a BOM as the first character (a UTF-16 plan from PowerShell has one); positions stay those of the file.
    data = JSON.parse(input.text.startsWith('\uFEFF') ? input.text.slice(1) : input.text);
  } catch {
    return problem('it is not valid JSON');
  }
  if (data === null || typeof data !== 'object' || typeof (data as { format_version?: unknown }).format_version !== 'string') {
    return problem('it is not the output of terraform show -json (no format_version)');
  }
  // A plan without changes has no resource_changes; a state (terraform show -json of one) has no planned_values either.
  const { resource_changes: changes = [], planned_values: planned } = data as { resource_changes?: unknown; planned_values?: unknown };
  if (planned === undefined) return problem('it has no planned_values (terraform show -json of a state, not of a plan?)');
  if (!Array.isArray(changes)) return problem('its resource_changes is not a list');
  const lines = new LineIndex(input.text);
  const byAddress = new Map<string, PlannedResource>();
  const written = addressOffsets(input.text);
  for (const change of changes.slice(0, MAX_RESOURCES)) {
    if (change === null || typeof change !== 'object') continue;
    const { address, mode, type, name, module_address: moduleAddress, change: body } = change as Record<string, unknown>;
    if (mode !== 'managed' || typeof type !== 'string' || typeof name !== 'string' || typeof address !== 'string') continue;
    const after = body !== null && typeof body === 'object' ? (body as { after?: unknown; after_unknown?: unknown }) : undefined;
    if (!after || after.after === null || after.after === undefined) continue; // deleted: nothing runs
    const modules = typeof moduleAddress === 'string' ? modulePath(moduleAddress) : [];
    const block = `${modules.map((m) => `module.${m}.`).join('')}${type}.${name}`;
    let resource = byAddress.get(block);
    if (!resource) {
      const at = written.get(address);
      const start = at?.start ?? 0;
      resource = { address: block, modules, type, name, instances: [], location: lines.location(input.path, start, at?.end ?? 1) };
      byAddress.set(block, resource);
    }
    resource.instances.push({ values: after.after, unknown: after.after_unknown });
  }
  return { plan: { path: input.path, root: dirname(input.absolutePath), resources: [...byAddress.values()] } };
}

/**
 * Where each `"address": "…"` stands in the plan's text, by the address it decodes to (escapes
 * and all): one pass, so a plan whose addresses are written with escapes costs no rescans.
 */
function addressOffsets(text: string): Map<string, { start: number; end: number }> {
  const offsets = new Map<string, { start: number; end: number }>();
  for (const match of text.matchAll(/"address"\s*:\s*("(?:[^"\\]|\\.)*")/g)) {
    let address: unknown;
    try {
      address = JSON.parse(match[1]!);
    } catch {
      continue;
    }
    const start = match.index + match[0].length - match[1]!.length;
    if (typeof address === 'string' && !offsets.has(address)) offsets.set(address, { start, end: start + match[1]!.length });
  }
  return offsets;
}

/** `module.web[0].module.inner["a]b"]` → ['web', 'inner']: instance keys dropped, quotes respected. */
export function modulePath(address: string): string[] {
  let bare = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const c = address[i]!;
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"' && depth > 0) quoted = true;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) bare += c;
  }
  const parts = bare.split('.');
  const modules: string[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i] === 'module') modules.push(parts[i + 1]!);
  return modules;
}

/** A planned resource's facts, every instance's, at `location`: values as Terraform resolved them, unknowns said. */
export function planFacts(resource: PlannedResource, location: Location, plan: string): Fact[] {
  const facts: Fact[] = [];
  for (const { values, unknown } of resource.instances) {
    const known = new Set<string>();
    walk(values, '', 0, (path, value) => {
      known.add(path);
      facts.push({ path, value, location });
    });
    walkUnknown(unknown, '', 0, (path) => {
      if (!known.has(path)) facts.push({ path, value: new Unknown(`is known only after apply (${plan})`), location });
    });
  }
  return facts;
}

/** Attribute paths as the catalog names them: nested blocks (lists of objects) and maps by dotted path. */
function walk(value: unknown, path: string, depth: number, emit: (path: string, value: Value) => void): void {
  if (depth > MAX_VALUE_DEPTH || value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const at = path ? `${path}.${key}` : key;
    if (child === null) continue;
    if (Array.isArray(child) && child.length > 0 && child.every((c) => c !== null && typeof c === 'object' && !Array.isArray(c))) {
      for (const element of child) walk(element, at, depth + 1, emit);
      continue;
    }
    emit(at, plain(child, depth + 1));
    if (typeof child === 'object' && !Array.isArray(child)) walk(child, at, depth + 1, emit);
  }
}

function walkUnknown(value: unknown, path: string, depth: number, emit: (path: string) => void): void {
  if (depth > MAX_VALUE_DEPTH || value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const at = path ? `${path}.${key}` : key;
    if (child === true) emit(at);
    else if (Array.isArray(child)) for (const element of child) walkUnknown(element, at, depth + 1, emit);
    else walkUnknown(child, at, depth + 1, emit);
  }
}

/** A JSON value as a strata Value, bounded; objects without a prototype (a key named __proto__ is just a key). */
function plain(value: unknown, depth: number): Value {
  if (depth > MAX_VALUE_DEPTH) return new Unknown('nests too deeply in the plan');
  if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Value> = Object.create(null);
    for (const [k, v] of Object.entries(value)) out[k] = plain(v, depth + 1);
    return out;
  }
  return value as Value;
}

/** What the plan's workloads are located at: the scanned source, as link knows it. */
export interface PlanTargets {
  /** The catalogued workload of a block in a directory (root or local module), by its address there. */
  workload(dir: string, address: string): Workload | undefined;
  /** The call named `name` in a directory, and the directory it loads when it is local. */
  call(dir: string, name: string): { call: ModuleCall; target?: string } | undefined;
}

export interface Located {
  /** Static workloads the plan replaces: facts from the plan. */
  replaced: Map<Workload, Pick<Workload, 'facts' | 'context'>>;
  /** New workloads at remote module calls. */
  added: Array<{ call: ModuleCall; workload: Workload }>;
  /** Remote calls a plan covers: their table classification gives way. */
  covered: Set<ModuleCall>;
  diagnostics: Diagnostic[];
}

export function locatePlans(plans: Plan[], targets: PlanTargets, knows: (type: string) => boolean): Located {
  const located: Located = { replaced: new Map(), added: [], covered: new Set(), diagnostics: [] };
  for (const plan of plans) {
    for (const resource of plan.resources) {
      if (!knows(resource.type)) continue;
      const from: Evidence = {
        reason: `values from the plan ${plan.path} (terraform show -json), ${resource.instances.length} instance(s) of ${resource.address}`,
        location: resource.location,
      };
      let dir: string | undefined = plan.root;
      let remote: ModuleCall | undefined;
      for (const name of resource.modules) {
        const found = targets.call(dir, name);
        if (!found) {
          dir = undefined;
          break;
        }
        if (found.target === undefined) {
          remote = found.call;
          break;
        }
        dir = found.target;
      }
      if (remote) {
        located.covered.add(remote);
        located.added.push({
          call: remote,
          workload: {
            format: 'terraform',
            kind: resource.type,
            address: resource.address,
            file: remote.header.file,
            location: remote.location ?? remote.header,
            header: remote.header,
            facts: planFacts(resource, remote.header, plan.path),
            annotations: [],
            context: [from],
          },
        });
        continue;
      }
      const workload = dir === undefined ? undefined : targets.workload(dir, `${resource.type}.${resource.name}`);
      if (!workload) {
        located.diagnostics.push({
          file: plan.path,
          location: resource.location,
          message: `${resource.address} is in the plan but strata finds no block for it in the scanned files, so it is not classified from the plan`,
          level: 'note',
        });
        continue;
      }
      located.replaced.set(workload, { facts: planFacts(resource, workload.header, plan.path), context: [...(workload.context ?? []), from] });
    }
  }
  return located;
}
