/**
 * The Kubernetes project stage: a pod's `runtimeClassName` resolved to the CRI handler it
 * selects, through the `RuntimeClass` objects of the scanned tree (which win) and the
 * config's `runtimeClasses` (classes defined elsewhere, as on a managed cluster). The handler
 * becomes the fact `pod.runtimeHandler` the catalog decides on; a class found nowhere is a
 * note and an unknown handler, never a guess from its name.
 */
import type { Diagnostic, Fact, Location, Workload } from '../../model.js';
import { Unknown } from '../../model.js';
import type { Linked, LinkedFile, LinkInputs, RuntimeClassDefinition } from '../types.js';

export async function linkKubernetes(files: LinkedFile[], inputs: LinkInputs): Promise<Linked> {
  const classes = new Map<string, RuntimeClassDefinition>();
  for (const defined of inputs.runtimeClasses ?? []) classes.set(defined.name, defined);
  const defined = files.flatMap((f) => f.parsed.kubernetes?.runtimeClasses ?? []);
  const inTree = new Map<string, RuntimeClassDefinition>();
  const diagnostics: Diagnostic[] = [];
  for (const d of defined) {
    const earlier = inTree.get(d.name);
    if (earlier && earlier.handler !== d.handler) {
      diagnostics.push(note(d.location, `RuntimeClass ${JSON.stringify(d.name)} is also defined at ${earlier.location.file}:${earlier.location.startLine} with another handler; the first is used`));
      continue;
    }
    if (!earlier) inTree.set(d.name, d);
  }
  for (const [name, d] of inTree) classes.set(name, d);

  const resolved = new Map<Workload, Pick<Workload, 'facts' | 'annotations'>>();
  for (const { parsed } of files) {
    for (const workload of parsed.workloads) {
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
          note(named.location, `${workload.address}: RuntimeClass ${JSON.stringify(named.value)} is not defined in the scanned files; scan its manifest too, or name its handler in the config (runtimeClasses: { ${JSON.stringify(named.value)}: <handler> })`),
        );
      }
      resolved.set(workload, { facts: [...workload.facts, handler], annotations: workload.annotations });
    }
  }
  return { diagnostics, resolved };
}

function note(location: Location, message: string): Diagnostic {
  return { file: location.file, location, message, level: 'note' };
}
