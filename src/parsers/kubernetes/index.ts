/**
 * Kubernetes manifests on the shared YAML front end: every document of a stream (and every
 * item of a `List`) that is a workload the catalog knows — a Pod, the pod template of a
 * controller, a Knative Service, a KubeVirt virtual machine — located at the object's first
 * line and addressed `<Kind>/<namespace>/<name>`. Its pod spec becomes facts under `pod.`
 * (containers, init and ephemeral containers all under `pod.containers`), a KubeVirt VMI
 * spec under `vmi.`; `RuntimeClass` and VM preference objects and KubeVirt's emulation switch
 * are kept for the project stage (link.ts).
 */
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import { append } from '../../arrays.js';
import { attachAnnotations, commentOnlyLines, placeDirectives, type Anchor } from '../../attach.js';
import { needFromTags, type TagEntry } from '../../annotations.js';
import type { Annotation, Diagnostic, Fact, Location, Workload } from '../../model.js';
import { nearestNeeds } from '../../needs.js';
import type { LineIndex } from '../../text/positions.js';
import { ALIAS_BUDGET, deref, entries, entry, entryLocation, LimitError, loadYaml, mapAt, scalarValue, span, stringAt, type Readable } from '../../yaml/document.js';
import { collectFacts, FactsTooDeep } from '../../yaml/facts.js';
import type { KubernetesFileFacts, ParseContext, ParsedFile, RuntimeClassDefinition, VmPreferenceDefinition } from '../types.js';

/** Nesting under a pod or VMI spec that facts are read to: real specs nest about ten deep. */
export const SPEC_DEPTH = 64;

/** A workload kind: the API groups it belongs to ('' is the core group), where its pod template is, and its spec's fact prefix. */
interface WorkloadKind {
  groups: readonly string[];
  /** Keys from the object to its pod (or VMI) template: a map with `metadata` and `spec`; [] for the object itself. */
  template: readonly string[];
  prefix: 'pod' | 'vmi';
  /** Keys to a KubeVirt VM's own spec (where `preference` is), for the kinds that have one. */
  vmSpec?: readonly string[];
}

const CONTROLLER = { groups: ['apps', 'extensions', 'batch', ''], template: ['spec', 'template'], prefix: 'pod' } as const;
const KINDS: Readonly<Record<string, WorkloadKind>> = {
  Pod: { groups: [''], template: [], prefix: 'pod' },
  Deployment: CONTROLLER,
  StatefulSet: CONTROLLER,
  DaemonSet: CONTROLLER,
  ReplicaSet: CONTROLLER,
  ReplicationController: CONTROLLER,
  Job: CONTROLLER,
  CronJob: { groups: ['batch'], template: ['spec', 'jobTemplate', 'spec', 'template'], prefix: 'pod' },
  Service: { groups: ['serving.knative.dev'], template: ['spec', 'template'], prefix: 'pod' },
  VirtualMachineInstance: { groups: ['kubevirt.io'], template: [], prefix: 'vmi' },
  VirtualMachine: { groups: ['kubevirt.io'], template: ['spec', 'template'], prefix: 'vmi', vmSpec: ['spec'] },
  VirtualMachineInstanceReplicaSet: { groups: ['kubevirt.io'], template: ['spec', 'template'], prefix: 'vmi' },
  VirtualMachinePool: {
    groups: ['pool.kubevirt.io'],
    template: ['spec', 'virtualMachineTemplate', 'spec', 'template'],
    prefix: 'vmi',
    vmSpec: ['spec', 'virtualMachineTemplate', 'spec'],
  },
};

/** Every container list of a pod spec is read as `pod.containers`: a breach in an init container is a breach. */
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

const SPEC_TOO_DEEP = `The spec nests more than ${SPEC_DEPTH} levels deep: this object is not read`;

interface Doc extends Readable {
  file: string;
  lines: LineIndex;
}

interface ManifestObject {
  node: YAMLMap;
  apiVersion: string;
  kind: string;
}

export function parseKubernetes(absolutePath: string, text: string, context: ParseContext): ParsedFile {
  const file = context.displayPath(absolutePath);
  const yaml = loadYaml(file, text);
  const diagnostics: Diagnostic[] = [];
  // One alias budget for the whole stream: ten thousand documents must not get ten thousand budgets.
  const aliases = { left: ALIAS_BUDGET };
  const objects: Array<{ object: ManifestObject; doc: Doc; renderedFrom?: string }> = [];
  // Helm's `# Source: chart/templates/x.yaml` above a rendered document names its template.
  const sources = yaml.comments.flatMap((c) => {
    // Trimmed, not matched to the end: a lazy path then trailing spaces backtracks over a long run of spaces.
    const label = /^\s*Source:/.exec(c.text);
    const path = label ? c.text.slice(label[0].length).trim() : '';
    // A chart path is relative and stays inside the chart: `/etc/x` or `../..` is no template, and never a location.
    return path !== '' && !/[\r\n]/.test(path) && isChartPath(path) ? [{ offset: c.start, path }] : [];
  });
  let previousEnd = 0;
  let nextSource = 0;
  try {
    for (const document of yaml.documents) {
      if (document.errors.length > 0) {
        append(diagnostics, document.errors);
        continue;
      }
      const doc: Doc = { file, lines: yaml.lines, anchors: document.anchors, aliases };
      const start = span(document.contents)?.[0] ?? previousEnd;
      // Documents and comments both come in offset order: one cursor finds each document's last source before it.
      let renderedFrom: string | undefined;
      for (; nextSource < sources.length && sources[nextSource]!.offset < start; nextSource++) {
        if (sources[nextSource]!.offset >= previousEnd) renderedFrom = sources[nextSource]!.path;
      }
      previousEnd = span(document.contents)?.[1] ?? previousEnd;
      for (const object of objectsOf(deref(document.contents, doc), doc)) objects.push({ object, doc, ...(renderedFrom ? { renderedFrom } : {}) });
    }
  } catch (e) {
    if (!(e instanceof LimitError)) throw e;
    return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, e.diagnostic] };
  }

  const project: KubernetesFileFacts = { runtimeClasses: [], preferences: [] };
  const candidates: Array<{ object: ManifestObject; doc: Doc; shape: WorkloadKind; renderedFrom?: string }> = [];
  try {
    for (const { object, doc, renderedFrom } of objects) {
      if (projectFact(object, doc, project)) continue;
      // Own keys only: a `kind: constructor` is no kind strata knows.
      const shape = Object.hasOwn(KINDS, object.kind) ? KINDS[object.kind] : undefined;
      if (!shape?.groups.includes(groupOf(object.apiVersion)) || !context.knows('kubernetes', object.kind)) continue;
      candidates.push({ object, doc, shape, renderedFrom });
    }
  } catch (e) {
    if (!(e instanceof LimitError)) throw e;
    return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, e.diagnostic] };
  }

  const anchors: Anchor<number>[] = candidates.map(({ object }, i) => {
    const [start, end] = span(object.node)!;
    return { owner: i, start, end, line: yaml.lines.lineOf(start) };
  });
  const { owned, loose } = attachAnnotations(placeDirectives(file, yaml.comments, yaml.lines, context.annotations), anchors, commentOnlyLines(yaml.comments, yaml.lines));
  const workloads: Workload[] = [];
  for (const [i, { object, doc, shape, renderedFrom }] of candidates.entries()) {
    try {
      const workload = workloadOf(object, doc, shape, owned.get(i) ?? [], context);
      if (renderedFrom) {
        workload.renderedFrom = renderedFrom;
        const at: Location = { file: renderedFrom, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
        workload.context = [{ reason: `rendered by Helm from the chart template ${renderedFrom}`, location: at }];
      }
      workloads.push(workload);
    } catch (e) {
      // A spec nested too deep costs its object; the stream's alias budget spent costs the file.
      if (e instanceof FactsTooDeep) diagnostics.push(e.diagnostic);
      else if (e instanceof LimitError) return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, e.diagnostic] };
      else throw e;
    }
  }
  const any = project.runtimeClasses.length > 0 || project.preferences.length > 0 || project.emulation !== undefined;
  return { workloads, fileAnnotations: loose.map((p) => p.annotation), diagnostics, ...(any ? { kubernetes: project } : {}) };
}

/** Objects the project stage resolves workloads through (RuntimeClass, VM preferences, the KubeVirt CR): kept, and true. */
function projectFact(object: ManifestObject, doc: Doc, project: KubernetesFileFacts): boolean {
  const group = groupOf(object.apiVersion);
  if (object.kind === 'RuntimeClass' && group === 'node.k8s.io') {
    const defined = runtimeClassOf(object.node, doc);
    if (defined) project.runtimeClasses.push(defined);
    return true;
  }
  if ((object.kind === 'VirtualMachinePreference' || object.kind === 'VirtualMachineClusterPreference') && group === 'instancetype.kubevirt.io') {
    const defined = preferenceOf(object.node, doc);
    if (defined) project.preferences.push(defined);
    return true;
  }
  if (object.kind === 'KubeVirt' && group === 'kubevirt.io') {
    const use = entry(mapAt(object.node, ['spec', 'configuration', 'developerConfiguration'], doc), 'useEmulation', doc);
    const value = deref(use?.value, doc);
    if (use && isScalar(value) && value.value === true) project.emulation ??= entryLocation(use, doc);
    return true;
  }
  return false;
}

function preferenceOf(node: YAMLMap, doc: Doc): VmPreferenceDefinition | undefined {
  const name = stringAt(entry(mapAt(node, ['metadata'], doc), 'name', doc)?.value, doc);
  if (name === undefined) return undefined;
  const hyperv = entry(mapAt(node, ['spec', 'features'], doc), 'preferredHyperv', doc) ?? entry(mapAt(node, ['spec', 'clock', 'preferredTimer'], doc), 'hyperv', doc);
  return { name, ...(hyperv ? { hyperv: entryLocation(hyperv, doc) } : {}) };
}

/** The group of an `apiVersion`: `apps/v1` → `apps`, `v1` → `` (core). */
function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** The manifest objects of a document: the document itself, or the items of a `List` (one level: a List of Lists is not a thing). */
function objectsOf(root: YamlNode | null, doc: Doc): ManifestObject[] {
  const object = asObject(root, doc);
  if (!object) return [];
  const items = deref(entry(object.node, 'items', doc)?.value, doc);
  if (!object.kind.endsWith('List') || !isSeq(items)) return [object];
  return items.items.flatMap((item) => {
    const inner = asObject(deref(item as YamlNode, doc), doc);
    return inner ? [inner] : [];
  });
}

function asObject(node: YamlNode | null, doc: Doc): ManifestObject | undefined {
  if (!isMap(node)) return undefined;
  const apiVersion = stringAt(entry(node, 'apiVersion', doc)?.value, doc);
  const kind = stringAt(entry(node, 'kind', doc)?.value, doc);
  return apiVersion !== undefined && kind !== undefined ? { node, apiVersion, kind } : undefined;
}

function runtimeClassOf(node: YAMLMap, doc: Doc): RuntimeClassDefinition | undefined {
  const name = stringAt(entry(mapAt(node, ['metadata'], doc), 'name', doc)?.value, doc);
  const handler = entry(node, 'handler', doc);
  const value = stringAt(handler?.value, doc);
  if (name === undefined || value === undefined) return undefined;
  return { name, handler: value, location: entryLocation(handler!, doc) };
}

function workloadOf(object: ManifestObject, doc: Doc, shape: WorkloadKind, comments: Annotation[], context: ParseContext): Workload {
  const metadata = mapAt(object.node, ['metadata'], doc);
  const name = stringAt(entry(metadata, 'name', doc)?.value, doc) ?? stringAt(entry(metadata, 'generateName', doc)?.value, doc) ?? '(unnamed)';
  const namespace = stringAt(entry(metadata, 'namespace', doc)?.value, doc);
  const template = shape.template.length === 0 ? undefined : mapAt(object.node, shape.template, doc);
  const spec = mapAt(template ?? object.node, ['spec'], doc);
  const facts: Fact[] = [];
  if (spec) collectSpec(shape.prefix, spec, doc, facts);
  // A VM's preference (a Windows one brings Hyper-V enlightenments) is resolved by the project stage.
  const vmSpec = shape.vmSpec ? mapAt(object.node, shape.vmSpec, doc) : undefined;
  const preference = entry(mapAt(vmSpec, ['preference'], doc), 'name', doc);
  const preferenceName = stringAt(preference?.value, doc);
  if (preference && preferenceName !== undefined) facts.push({ path: 'vm.preference.name', value: preferenceName, location: entryLocation(preference, doc) });

  const [start, end] = span(object.node)!;
  const line = doc.lines.lineOf(start);
  const lineEnd = doc.lines.lineStart(line) + doc.lines.lineText(line).length;
  // Labels and annotations: the pod template's are nearer than the object's.
  const tagNeed = (m: YAMLMap | undefined): Annotation[] => {
    const need = m ? needFromTags(tagEntries(m, doc), 'label', context.annotations) : null;
    return need ? [need] : [];
  };
  const annotations = [...comments, ...nearestNeeds([tagNeed(mapAt(template, ['metadata'], doc)), tagNeed(metadata)])];
  return {
    format: 'kubernetes',
    kind: object.kind,
    address: namespace === undefined ? `${object.kind}/${name}` : `${object.kind}/${namespace}/${name}`,
    file: doc.file,
    location: doc.lines.location(doc.file, start, end),
    header: doc.lines.location(doc.file, start, Math.min(lineEnd, end)),
    facts,
    annotations,
  };
}

/** `metadata.labels` then `metadata.annotations` (the later wins): the keys a need may be written under. */
function tagEntries(metadata: YAMLMap, doc: Doc): TagEntry[] {
  const out: TagEntry[] = [];
  for (const key of ['labels', 'annotations']) {
    const map = deref(entry(metadata, key, doc)?.value, doc);
    if (!isMap(map)) continue;
    for (const item of entries(map, doc)) {
      const value = deref(item.value, doc);
      out.push({ key: item.key, value: isScalar(value) ? scalarValue(value.value) : null, location: entryLocation(item, doc) });
    }
  }
  return out;
}

function collectSpec(prefix: string, spec: YAMLMap, doc: Doc, facts: Fact[]): void {
  const walk = { doc, maxDepth: SPEC_DEPTH, tooDeep: SPEC_TOO_DEEP };
  for (const item of entries(spec, doc)) {
    const key = prefix === 'pod' && CONTAINER_LISTS.has(item.key) ? 'containers' : item.key;
    collectFacts(`${prefix}.${key}`, item.value, entryLocation(item, doc), walk, facts);
  }
  if (prefix === 'vmi') cpuFeatures(spec, doc, facts);
}

/**
 * KubeVirt CPU features as `vmi.cpuFeature.<name>` = policy (`require` when none is written),
 * at the feature's list item: a condition can then ask for `vmx` required, not `vmx` anywhere.
 */
function cpuFeatures(spec: YAMLMap, doc: Doc, facts: Fact[]): void {
  const features = deref(entry(mapAt(spec, ['domain', 'cpu'], doc), 'features', doc)?.value, doc);
  if (!isSeq(features)) return;
  for (const raw of features.items) {
    const feature = deref(raw as YamlNode, doc);
    if (!isMap(feature)) continue;
    const name = stringAt(entry(feature, 'name', doc)?.value, doc);
    if (name === undefined) continue;
    const [start, end] = span(feature) ?? [0, 0];
    facts.push({ path: `vmi.cpuFeature.${name}`, value: stringAt(entry(feature, 'policy', doc)?.value, doc) ?? 'require', location: doc.lines.location(doc.file, start, end) });
  }
}

/** A template path as Helm writes it: relative, `/`-separated, no `..`, nothing unprintable. */
function isChartPath(path: string): boolean {
  return !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..') && !/[\u0000-\u001f\u007f-\u009f\\]/.test(path);
}
