/**
 * The Kubernetes project stage: a pod's `runtimeClassName` resolved to the CRI handler it
 * selects, through the `RuntimeClass` objects of the scanned tree (which win) and the
 * config's `runtimeClasses` (classes defined elsewhere, as on a managed cluster). The handler
 * becomes the fact `pod.runtimeHandler` the catalog decides on; a class found nowhere is a
 * note and an unknown handler, never a guess from its name. A KubeVirt VM's preference and
 * a KubeVirt CR's `useEmulation` are resolved the same way.
 */
import type { Diagnostic, Fact, Location, Workload } from '../../model.js';
import { Unknown } from '../../model.js';
import type { Linked, LinkedFile, LinkInputs, RuntimeClassDefinition, VmPreferenceDefinition } from '../types.js';

export async function linkKubernetes(files: LinkedFile[], inputs: LinkInputs): Promise<Linked> {
  const classes = new Map<string, RuntimeClassDefinition>();
  for (const defined of inputs.runtimeClasses ?? []) classes.set(defined.name, defined);
  const defined = files.flatMap((f) => f.parsed.kubernetes?.runtimeClasses ?? []);
  const inTree = new Map<string, RuntimeClassDefinition>();
  const diagnostics: Diagnostic[] = [];
  for (const d of defined) {
    const earlier = inTree.get(d.name);
    if (earlier && earlier.handler !== d.handler) {
      diagnostics.push(
        note(
          d.location,
          `RuntimeClass ${JSON.stringify(d.name)} is also defined at ${earlier.location.file}:${earlier.location.startLine} with another handler; the first is used`,
        ),
      );
      continue;
    }
    if (!earlier) inTree.set(d.name, d);
  }
  for (const [name, d] of inTree) classes.set(name, d);

  const preferences = new Map<string, VmPreferenceDefinition>();
  for (const p of files.flatMap((f) => f.parsed.kubernetes?.preferences ?? [])) if (!preferences.has(p.name)) preferences.set(p.name, p);
  const emulation = files.map((f) => f.parsed.kubernetes?.emulation).find((e) => e !== undefined);

  const resolved = new Map<Workload, Pick<Workload, 'facts' | 'annotations'>>();
  for (const { parsed } of files) {
    for (const workload of parsed.workloads) {
      const vm = vmFacts(workload, preferences, emulation, diagnostics);
      if (vm.length > 0) resolved.set(workload, { facts: [...workload.facts, ...vm], annotations: workload.annotations });
      const named = workload.facts.find((f) => f.path === 'pod.runtimeClassName');
      if (!named || typeof named.value !== 'string') continue;
      const found = classes.get(named.value);
      let handler: Fact;
      if (found) {
        handler = { path: 'pod.runtimeHandler', value: found.handler, location: named.location, origin: found.location };
      } else {
        const reason = `is the handler of RuntimeClass ${JSON.stringify(named.value)}, which neither the scanned files nor the config's runtimeClasses define`;
        handler = { path: 'pod.runtimeHandler', value: new Unknown(reason), location: named.location };
        diagnostics.push(
          note(
            named.location,
            `${workload.address}: RuntimeClass ${JSON.stringify(named.value)} is not defined in the scanned files; scan its manifest too, or name its handler in the config (runtimeClasses: { ${JSON.stringify(named.value)}: <handler> })`,
          ),
        );
      }
      resolved.set(workload, { facts: [...workload.facts, handler], annotations: workload.annotations });
    }
  }
  return { diagnostics, resolved };
}

/**
 * A KubeVirt VM's facts from elsewhere in the tree: `vmi.domain.features.hyperv` when its
 * preference asks for Hyper-V enlightenments (set at the preference), `vmi.emulation` when
 * a KubeVirt CR turns on software emulation for the whole cluster.
 */
function vmFacts(workload: Workload, preferences: Map<string, VmPreferenceDefinition>, emulation: Location | undefined, diagnostics: Diagnostic[]): Fact[] {
  if (!VM_KINDS.has(workload.kind)) return [];
  const facts: Fact[] = [];
  if (emulation) facts.push({ path: 'vmi.emulation', value: true, location: emulation });
  const named = workload.facts.find((f) => f.path === 'vm.preference.name');
  if (named && typeof named.value === 'string') {
    const preference = preferences.get(named.value);
    if (!preference) {
      diagnostics.push(
        note(
          named.location,
          `${workload.address}: VM preference ${JSON.stringify(named.value)} is not in the scanned files, so what it sets (Hyper-V enlightenments for a Windows guest) is not known; scan its manifest too`,
        ),
      );
    } else if (preference.hyperv) {
      facts.push({ path: 'vmi.domain.features.hyperv', value: {}, location: named.location, origin: preference.hyperv });
    }
  }
  return facts;
}

const VM_KINDS = new Set(['VirtualMachine', 'VirtualMachineInstance', 'VirtualMachineInstanceReplicaSet', 'VirtualMachinePool']);

function note(location: Location, message: string): Diagnostic {
  return { file: location.file, location, message, level: 'note' };
}
