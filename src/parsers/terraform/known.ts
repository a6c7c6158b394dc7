/**
 * Well-known public modules (rules/modules/*.yaml) strata classifies without `terraform
 * init`: the call is the workload, classified as the catalog classifies the resource kind
 * the entry names, from the module inputs that stand for that resource's attributes (the
 * module's own default where the call omits one). An installed copy takes precedence.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundledData, loadYamlData, rulesDir } from '../../data.js';
import { Unknown, type Evidence, type Fact, type Value, type Workload } from '../../model.js';
import type { ModuleCall } from '../types.js';

export interface KnownModule {
  source: string;
  technology: string;
  kind: string;
  inputs?: Array<{ input: string; attribute: string; default?: Value }>;
  unknown?: Array<{ attribute: string; reason: string }>;
  reference: string;
}

export interface KnownModulesFile {
  modules: KnownModule[];
}

/** rules/modules/*.yaml, each validated, in file-name order: what the build bundles and a source run reads. */
export function loadKnownModuleFiles(): KnownModulesFile {
  const dir = join(rulesDir, 'modules');
  const modules: KnownModule[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    modules.push(...loadYamlData<KnownModulesFile>(join(dir, file), 'modules.schema.json').modules);
  }
  return { modules };
}

let table: Map<string, KnownModule> | undefined;

function knownModules(): Map<string, KnownModule> {
  if (!table) {
    const bundled = bundledData<KnownModulesFile>('modules', 'modules.schema.json');
    table = new Map((bundled ?? loadKnownModuleFiles()).modules.map((m) => [normalSource(m.source), m] as const));
  }
  return table;
}

/** A registry source as the table keys it: no registry host, lower case. */
export function normalSource(source: string): string {
  return source.replace(/^(registry\.terraform\.io|registry\.opentofu\.org)\//i, '').toLowerCase();
}

/** The table's entry for a call's source, if any. */
export function knownModule(source: string): KnownModule | undefined {
  return knownModules().get(normalSource(source));
}

/**
 * The workload a known module's call is: facts from its inputs (resolved by `resolve`, as a
 * resource's are) or the module's defaults, at the call.
 */
export function knownWorkload(call: ModuleCall, module: KnownModule, prefix: string, resolve: (fact: Fact) => Fact): Workload {
  const facts: Fact[] = [];
  const defaults: string[] = [];
  for (const { input, attribute, default: initial } of module.inputs ?? []) {
    const given = call.inputs.get(input);
    if (given) facts.push(resolve({ path: attribute, value: given.value, location: given.location }));
    else if (initial !== undefined && initial !== null) {
      facts.push({ path: attribute, value: initial, location: call.header });
      defaults.push(`${input} = ${JSON.stringify(initial)}`);
    }
  }
  for (const { attribute, reason } of module.unknown ?? []) facts.push({ path: attribute, value: new Unknown(reason), location: call.header });
  const decides = (module.inputs ?? []).map((i) => (i.input === i.attribute ? i.input : `${i.input} (as ${i.attribute})`));
  const context: Evidence[] = [
    {
      reason: `${prefix}module.${call.name} is the well-known module ${module.source} (${module.reference}), classified as a ${module.kind} would be, without terraform init${decides.length > 0 ? `: ${decides.join(', ')} ${decides.length === 1 ? 'decides' : 'decide'}` : ''}${defaults.length > 0 ? `; the module's default ${defaults.join(', ')} where the call omits it` : ''}`,
      location: call.header,
    },
  ];
  return {
    format: 'terraform',
    kind: module.kind,
    address: `${prefix}module.${call.name}`,
    file: call.header.file,
    location: call.location ?? call.header,
    header: call.header,
    facts,
    annotations: [],
    context,
  };
}
