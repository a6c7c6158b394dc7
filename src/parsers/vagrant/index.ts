/**
 * Vagrantfiles, read statically (reader.ts walks the tree): one workload per machine ×
 * provider. A machine without a provider call that surely runs is on the default provider
 * (`ENV['VAGRANT_DEFAULT_PROVIDER']` set in the file, else VirtualBox); a provider call
 * under a condition strata cannot decide adds a workload "only when …", and neither
 * replaces the default nor moves where an unconditional call of the same provider is.
 */
import { nearestNeeds } from '../../needs.js';
import { attachAnnotations, commentOnlyLines, placeDirectives, type Anchor, type SourceComment } from '../../attach.js';
import type { Annotation, Diagnostic, Evidence, Fact, Location, Workload } from '../../model.js';
import { Unknown } from '../../model.js';
import { LineIndex, Utf8OffsetMap } from '../../text/positions.js';
import type { ParseContext, ParsedFile } from '../types.js';
import { parseRuby, PrismFailure, type RubyNode } from './prism.js';
import { callHead, Reader, type Machine, type ProviderUse } from './reader.js';

/** For discovery of explicitly named files; importing it from ./sniff.js avoids loading this parser. */
export { looksLikeVagrantfile } from './sniff.js';

const VAGRANT_DEFAULT = 'virtualbox';

/** Machine × provider pairs reported per file: far beyond real Vagrantfiles, far below a memory bomb. */
const MAX_WORKLOADS = 10_000;

export async function parseVagrant(file: string, text: string, context: ParseContext): Promise<ParsedFile> {
  const lines = new LineIndex(text);
  let result: Awaited<ReturnType<typeof parseRuby>>;
  try {
    result = await parseRuby(text);
  } catch (e) {
    if (!(e instanceof PrismFailure)) throw e;
    return {
      workloads: [],
      fileAnnotations: [],
      diagnostics: [
        { file, location: lines.location(file, 0, 0), message: `Ruby's parser gave up on this file (${e.message}); it is too deeply nested or malformed to read`, level: 'error' },
      ],
    };
  }
  const bytes = new Utf8OffsetMap(text);
  const range = (node: { startOffset: number; length: number }): [number, number] => [bytes.toIndex(node.startOffset), bytes.toIndex(node.startOffset + node.length)];
  const locate = (node: { startOffset: number; length: number }): Location => {
    const [start, end] = range(node);
    return lines.location(file, start, end);
  };
  const diagnostics: Diagnostic[] = result.errors.map((e) => ({ file, location: locate(e.location), message: `Ruby syntax error: ${e.message}`, level: 'error' }));

  const reader = new Reader(text, range, locate);
  reader.read(result.value);
  diagnostics.push(...reader.diagnostics);
  const configure = reader.configure;
  if (!configure) {
    // No Vagrant.configure block: whatever the annotations say applies to nothing.
    return { workloads: [], fileAnnotations: placeDirectives(file, rubyComments(result, text, range), lines, context.annotations).map((p) => p.annotation), diagnostics };
  }

  const machines = reader.machines.length > 0 ? reader.machines : [{ name: 'default', call: null, providers: [], zone: [], context: [] }];
  const anchors: Anchor<RubyNode>[] = [];
  const anchor = (call: RubyNode) => {
    const [start, end] = range(call.location);
    anchors.push({ owner: call, start, end, line: lines.lineOf(start) });
  };
  for (const m of machines) if (m.call) anchor(m.call);
  for (const p of [...reader.globalProviders, ...machines.flatMap((m) => m.providers)]) anchor(p.call);
  anchor(configure);
  const comments = rubyComments(result, text, range);
  const { owned, loose } = attachAnnotations(placeDirectives(file, comments, lines, context.annotations), anchors, commentOnlyLines(comments, lines));

  const workloads: Workload[] = [];
  for (const machine of machines) {
    // Every machine takes every top-level provider call: a hostile file can multiply them past any memory.
    if (workloads.length >= MAX_WORKLOADS) {
      diagnostics.push({
        file,
        location: machine.call ? locate(callHead(machine.call)) : locate(configure.location),
        message: `More than ${MAX_WORKLOADS} machine × provider pairs in one Vagrantfile: strata reports the first ${MAX_WORKLOADS}`,
        level: 'warning',
      });
      break;
    }
    const zone = [...reader.globalZone, ...machine.zone];
    if (zone.length > 0) {
      // A SmartOS zone inside the machine (the global zone), beside the machine's own provider.
      const at = zone[0]!.location;
      workloads.push({
        format: 'vagrant',
        kind: 'smartos-zone',
        address: `${machine.name}/smartos-zone`,
        file,
        location: at,
        header: at,
        facts: zone,
        annotations: machine.call ? (owned.get(machine.call) ?? []) : (owned.get(configure) ?? []),
        context: [{ reason: 'a SmartOS zone configured with config.zone (vagrant-smartos-zones), inside this machine', location: at }, ...machine.context],
      });
    }
    const uses = [...reader.globalProviders, ...machine.providers];
    const byName = new Map<string, ProviderUse[]>();
    for (const p of uses) {
      const list = byName.get(p.name);
      if (list) list.push(p);
      else byName.set(p.name, [p]);
    }
    // Only a call that surely runs replaces the default provider.
    const sure = new Set(uses.filter((u) => u.conditions.length === 0).map((u) => u.name));
    const machineNotes = machine.call ? (owned.get(machine.call) ?? []) : (owned.get(configure) ?? []);
    // Nearest first: the machine's own provider call, then its define, then a top-level provider call.
    // The nearest level that declares a need gives it; suppressions apply from every level.
    const annotationsOf = (list: ProviderUse[]) =>
      nearestNeeds([
        list.filter((u) => machine.providers.includes(u)).flatMap((u) => owned.get(u.call) ?? []),
        machineNotes,
        list.filter((u) => !machine.providers.includes(u)).flatMap((u) => owned.get(u.call) ?? []),
      ]);
    const headerCall = machine.call ?? configure;
    const fallback = reader.defaultProvider?.name ?? VAGRANT_DEFAULT;
    // The default provider runs unless a call that surely runs names another; VAGRANT_DEFAULT_PROVIDER
    // set in the file is what `vagrant up` uses, configured for this machine or not.
    const preferred = reader.defaultProvider;
    const onDefault = sure.size === 0 || (preferred !== null && !sure.has(fallback));
    if (onDefault) {
      const setting = preferred
        ? `VAGRANT_DEFAULT_PROVIDER is set to ${fallback} in this file`
        : `no VAGRANT_DEFAULT_PROVIDER in this file: Vagrant's default provider, ${VAGRANT_DEFAULT}`;
      const reason =
        sure.size > 0
          ? `${setting}, so vagrant up runs this machine there`
          : byName.size === 0
            ? `no provider block and ${setting}`
            : `no provider call that surely runs and ${setting}`;
      const why = { reason, location: locate((preferred?.node ?? headerCall).location) };
      // A conditional call to the default provider only adds settings, when its condition holds.
      const settings = byName.get(fallback) ?? [];
      const when = settings.flatMap((u) => u.conditions.map((c) => ({ reason: `the ${fallback} settings here apply ${c.reason}`, location: locate(callHead(u.call)) })));
      workloads.push(workload(machine, fallback, headerCall, settings.flatMap(guarded), [why, ...when, ...machine.context], annotationsOf(settings)));
    }
    for (const [name, list] of byName) {
      if (onDefault && name === fallback) continue;
      // A call that surely runs speaks for the workload; the machine's own first, then the first.
      const certain = list.filter((u) => u.conditions.length === 0);
      const speakers = certain.length > 0 ? certain : list;
      const at = (speakers.find((u) => machine.providers.includes(u)) ?? speakers[0]!).call;
      const only = certain.length > 0 ? [] : [...new Map(list.flatMap((u) => u.conditions).map((c) => [c.reason, c])).values()];
      // Beside a call that surely runs, a conditional call's settings hold only sometimes.
      const facts = list.flatMap((u) => (certain.length > 0 ? guarded(u) : u.facts));
      workloads.push(workload(machine, name, at, facts, [...only, ...machine.context], annotationsOf(list)));
    }
  }

  // A provider the catalog does not know is said once per call, naming the machines it leaves unclassified.
  const uncatalogued = new Map<string, Workload[]>();
  for (const w of workloads) {
    if (context.knows('vagrant', w.kind)) continue;
    const key = `${w.kind}\u0000${w.header.startLine}:${w.header.startColumn}`;
    const list = uncatalogued.get(key);
    if (list) list.push(w);
    else uncatalogued.set(key, [w]);
  }
  for (const list of uncatalogued.values()) {
    const first = list[0]!;
    const names = list.slice(0, 20).map((w) => w.address);
    if (list.length > names.length) names.push(`${list.length - names.length} more`);
    diagnostics.push({
      file,
      location: first.header,
      message: `The Vagrant provider "${first.kind}" is not in strata's catalog, so ${names.length === 1 ? `${names[0]} is` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are`} not classified (a config file's catalog entries can add it)`,
      level: 'note',
    });
  }
  const known = workloads.filter((w) => context.knows('vagrant', w.kind));

  /** A conditional call's settings, each unknown: its value holds only when the conditions do. */
  function guarded(use: ProviderUse): Fact[] {
    if (use.conditions.length === 0) return use.facts;
    const when = use.conditions.map((c) => c.reason.replace(/, which strata cannot decide statically$/, '')).join(' and ');
    return use.facts.map((f) => ({ ...f, value: f.value instanceof Unknown ? f.value : new Unknown(`is ${JSON.stringify(f.value)} ${when}`) }));
  }

  function workload(machine: Machine, provider: string, at: RubyNode, facts: Fact[], notes: Evidence[], annotations: Annotation[]): Workload {
    return {
      format: 'vagrant',
      kind: provider,
      address: `${machine.name}/${provider}`,
      file,
      location: locate(at.location),
      header: locate(callHead(at)),
      facts,
      annotations: [...new Set(annotations)],
      context: notes,
    };
  }

  return { workloads: known, fileAnnotations: loose.map((p) => p.annotation), diagnostics };
}

/** Prism's comments as text with offsets: `# …` lines and `=begin … =end` blocks. */
function rubyComments(
  result: { comments: Array<{ location: { startOffset: number; length: number } }> },
  text: string,
  range: (l: { startOffset: number; length: number }) => [number, number],
): SourceComment[] {
  return result.comments.map((comment) => {
    const [start, end] = range(comment.location);
    const raw = text.slice(start, end);
    const body = raw.startsWith('#') ? raw.slice(1) : raw.replace(/^=begin[^\n]*\n?/, '').replace(/=end.*$/s, '');
    return { text: body, start, end, textStart: start + raw.indexOf(body) };
  });
}
