/**
 * Vagrantfiles, read statically: the `Vagrant.configure` block whatever its parameter
 * is called, machines from `config.vm.define` (in loops too, named as written),
 * providers at top level (every machine) and inside defines, the default provider
 * (`ENV['VAGRANT_DEFAULT_PROVIDER']` set in the file, else VirtualBox), and the provider
 * settings the catalog reads. One workload per machine × provider.
 */
import { attachAnnotations, commentOnlyLines, placeDirectives, type Anchor, type SourceComment } from '../../attach.js';
import type { Annotation, Diagnostic, Evidence, Fact, Location, Value, Workload } from '../../model.js';
import { Unknown } from '../../model.js';
import { LineIndex, Utf8OffsetMap } from '../../text/positions.js';
import type { ParseContext, ParsedFile } from '../types.js';
import { parseRuby, PrismFailure, type RubyNode } from './prism.js';

/** For discovery of explicitly named files; importing it from ./sniff.js avoids loading this parser. */
export { looksLikeVagrantfile } from './sniff.js';

const VAGRANT_DEFAULT = 'virtualbox';
/**
 * How deep strata's own walks over prism's tree may go. Real Vagrantfiles nest a dozen
 * levels; a file prism reads without trapping can nest far deeper than the JS stack allows.
 */
const DEPTH_BUDGET = 100;
const LOOPS = new Set(['each', 'each_with_index', 'each_with_object', 'times', 'upto', 'downto', 'map', 'each_pair', 'each_key', 'each_value', 'step']);

interface ProviderUse {
  name: string;
  call: RubyNode;
  facts: Fact[];
}

interface Machine {
  name: string;
  /** The define call; null for the implicit `default` machine. */
  call: RubyNode | null;
  providers: ProviderUse[];
  /** `m.zone.brand = …` (vagrant-smartos-zones): a zone inside the machine, a workload of its own. */
  zone: Fact[];
  context: Evidence[];
}

type Scope = {
  vars: Map<string, 'config' | 'machine'>;
  machine?: Machine;
  loops: Evidence[];
  /** Loop variables over a literal list of names (`%w[virtualbox vmware_fusion].each do |p|`): their values. */
  bindings: Map<string, string[]>;
};

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
      diagnostics: [{ file, location: lines.location(file, 0, 0), message: `Ruby's parser gave up on this file (${e.message}); it is too deeply nested or malformed to read`, level: 'error' }],
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
  reader.statements(result.value, { vars: new Map(), loops: [], bindings: new Map() });
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
    const byName = new Map<string, ProviderUse[]>();
    for (const p of [...reader.globalProviders, ...machine.providers]) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    const machineNotes = machine.call ? (owned.get(machine.call) ?? []) : (owned.get(configure) ?? []);
    const headerCall = machine.call ?? configure;
    if (byName.size === 0) {
      const provider = reader.defaultProvider?.name ?? VAGRANT_DEFAULT;
      const why = reader.defaultProvider
        ? { reason: `no provider block: VAGRANT_DEFAULT_PROVIDER is set to ${provider} in this file`, location: locate(reader.defaultProvider.node.location) }
        : { reason: `no provider block and no VAGRANT_DEFAULT_PROVIDER in this file: Vagrant's default provider, ${VAGRANT_DEFAULT}`, location: locate(headerCall.location) };
      workloads.push(workload(machine, provider, headerCall, [], [why, ...machine.context], machineNotes));
      continue;
    }
    // VAGRANT_DEFAULT_PROVIDER set in the file is what `vagrant up` uses, configured for this machine or not.
    const preferred = reader.defaultProvider;
    if (preferred && !byName.has(preferred.name)) {
      const why = { reason: `VAGRANT_DEFAULT_PROVIDER is set to ${preferred.name} in this file, so vagrant up runs this machine there`, location: locate(preferred.node.location) };
      workloads.push(workload(machine, preferred.name, headerCall, [], [why, ...machine.context], machineNotes));
    }
    for (const [name, uses] of byName) {
      // Nearest first: the machine's own provider call, then its define, then a top-level provider call.
      // The nearest level that declares a need gives it; suppressions apply from every level.
      const levels = [
        uses.filter((u) => machine.providers.includes(u)).flatMap((u) => owned.get(u.call) ?? []),
        machineNotes,
        uses.filter((u) => !machine.providers.includes(u)).flatMap((u) => owned.get(u.call) ?? []),
      ];
      const needLevel = levels.find((level) => level.some((a) => a.kind === 'need'));
      const annotations = levels.flatMap((level) => (level === needLevel ? level : level.filter((a) => a.kind !== 'need')));
      // The machine's own block is the one that speaks for it; of several, the first.
      const at = (uses.find((u) => machine.providers.includes(u)) ?? uses[0]!).call;
      workloads.push(workload(machine, name, at, uses.flatMap((u) => u.facts), machine.context, annotations));
    }
  }

  // A provider the catalog does not know is said once per file, not dropped in silence.
  const uncatalogued = new Map<string, Workload>();
  for (const w of workloads) if (!context.knows('vagrant', w.kind) && !uncatalogued.has(w.kind)) uncatalogued.set(w.kind, w);
  const known = workloads.filter((w) => context.knows('vagrant', w.kind));
  for (const [provider, first] of uncatalogued) {
    diagnostics.push({
      file,
      location: first.header,
      message: `The Vagrant provider "${provider}" is not in strata's catalog, so its machines are not classified (a config file's catalog entries can add it)`,
      level: 'note',
    });
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

/** A call without its block: `config.vm.provider :libvirt`. */
function callHead(call: RubyNode): { startOffset: number; length: number } {
  const block = call.block as RubyNode | null;
  if (!block || block.constructor.name !== 'BlockNode') return call.location;
  return { startOffset: call.location.startOffset, length: Math.max(1, block.location.startOffset - call.location.startOffset) };
}

class Reader {
  configure: RubyNode | null = null;
  machines: Machine[] = [];
  globalProviders: ProviderUse[] = [];
  /** `config.zone.* = …` at top level: every machine's SmartOS zone. */
  globalZone: Fact[] = [];
  /** Problems found while reading: nesting beyond the depth budget. */
  readonly diagnostics: Diagnostic[] = [];
  private depth = 0;
  private tooDeep = false;
  /** Values assigned to local variables and constants, for loops over them. */
  readonly assigned = new Map<string, RubyNode>();

  /** A loop's collection: the literal itself, or the literal a variable or constant was assigned. */
  resolveCollection(receiver: RubyNode | null): RubyNode | null {
    const kind = receiver?.constructor.name;
    if (receiver && (kind === 'LocalVariableReadNode' || kind === 'ConstantReadNode' || kind === 'GlobalVariableReadNode')) {
      return this.assigned.get(receiver.name as string) ?? receiver;
    }
    return receiver;
  }
  defaultProvider: { name: string; node: RubyNode } | null = null;

  constructor(
    private readonly text: string,
    private readonly range: (l: { startOffset: number; length: number }) => [number, number],
    private readonly locate: (l: { startOffset: number; length: number }) => Location,
  ) {}

  source(node: RubyNode): string {
    const [start, end] = this.range(node.location);
    return this.text.slice(start, end);
  }

  /**
   * Runs `walk` one level deeper, unless that is past the depth budget: then the subtree is
   * skipped, and the first such place in the file is reported.
   */
  deeper<T>(node: RubyNode, skipped: T, walk: () => T): T {
    if (this.depth >= DEPTH_BUDGET) {
      if (!this.tooDeep) {
        this.tooDeep = true;
        this.diagnostics.push({
          file: this.locate(node.location).file,
          location: this.locate({ startOffset: node.location.startOffset, length: 0 }),
          message: `Nested more than ${DEPTH_BUDGET} levels deep here: strata does not read further in, so anything configured inside is missed`,
          level: 'error',
        });
      }
      return skipped;
    }
    this.depth++;
    try {
      return walk();
    } finally {
      this.depth--;
    }
  }

  /** Walks statements, descending into conditionals, loops and blocks. */
  statements(node: RubyNode | null | undefined, scope: Scope): void {
    if (!node) return;
    this.deeper(node, undefined, () => this.statement(node, scope));
  }

  private statement(node: RubyNode, scope: Scope): void {
    switch (node.constructor.name) {
      case 'ProgramNode':
        return this.statements(node.statements as RubyNode, scope);
      case 'StatementsNode':
        for (const child of node.body as RubyNode[]) this.statements(child, scope);
        return;
      case 'IfNode':
        this.statements(node.statements as RubyNode, scope);
        return this.statements(node.subsequent as RubyNode, scope);
      case 'UnlessNode':
        this.statements(node.statements as RubyNode, scope);
        return this.statements(node.elseClause as RubyNode, scope);
      case 'ElseNode':
        return this.statements(node.statements as RubyNode, scope);
      case 'BeginNode':
        return this.statements(node.statements as RubyNode, scope);
      case 'ParenthesesNode':
        return this.statements(node.body as RubyNode, scope);
      case 'IndexOrWriteNode':
      case 'IndexOperatorWriteNode':
        return this.envDefault(node, node.value as RubyNode);
      case 'LocalVariableWriteNode':
      case 'ConstantWriteNode':
      case 'GlobalVariableWriteNode':
        // `hosts = { … }` / `BOXES = [ … ]`: remembered, so a loop over it can be counted.
        this.assigned.set(node.name as string, node.value as RubyNode);
        return this.statements(node.value as RubyNode, scope);
      case 'CallNode':
        return this.call(node, scope);
      default:
        return;
    }
  }

  private call(node: RubyNode, scope: Scope): void {
    const name = node.name as string;
    const receiver = node.receiver as RubyNode | null;
    const block = node.block as RubyNode | null;
    const args = ((node.arguments_ as RubyNode | null)?.arguments_ as RubyNode[] | undefined) ?? [];

    if (name === '[]=' && receiver?.constructor.name === 'ConstantReadNode' && receiver.name === 'ENV') {
      return this.envDefault(node, args[args.length - 1]!);
    }
    if (isConfigureCall(name, receiver) && block) {
      this.configure ??= node;
      const vars = new Map(scope.vars);
      const param = blockParams(block)[0];
      if (param) vars.set(param, 'config');
      return this.statements(block.body as RubyNode, { ...scope, vars });
    }
    const owner = vmOf(receiver, scope);
    if (owner && name === 'define') {
      const machine: Machine = {
        name: args[0] ? this.written(args[0]) : 'default',
        call: node,
        providers: [],
        zone: [],
        context: [...scope.loops],
      };
      this.machines.push(machine);
      if (block) {
        const vars = new Map(scope.vars);
        const param = blockParams(block)[0];
        if (param) vars.set(param, 'machine');
        this.statements(block.body as RubyNode, { ...scope, vars, machine });
      }
      return;
    }
    const zoneOwner = zoneOf(receiver, scope);
    if (zoneOwner && name.endsWith('=') && name !== '[]=' && args[0]) {
      const fact: Fact = { path: name.slice(0, -1), value: literal(args[args.length - 1]!, this), location: this.locate(node.location) };
      if (zoneOwner === 'machine' && scope.machine) scope.machine.zone.push(fact);
      else this.globalZone.push(fact);
      return;
    }
    if (owner && name === 'provider' && args[0]) {
      // A provider named by a loop variable over a literal list is each of the list's providers.
      const bound = args[0].constructor.name === 'LocalVariableReadNode' ? scope.bindings.get(args[0].name as string) : undefined;
      for (const providerName of bound ?? [this.written(args[0])]) {
        const use: ProviderUse = { name: providerName, call: node, facts: [] };
        if (block) {
          const [providerVar] = blockParams(block);
          if (providerVar) this.providerSettings(block.body as RubyNode, providerVar, use);
        }
        if (owner === 'machine' && scope.machine) scope.machine.providers.push(use);
        else this.globalProviders.push(use);
      }
      return;
    }
    if (block && block.constructor.name === 'BlockNode') {
      const loops = LOOPS.has(name) ? [...scope.loops, this.loopEvidence(node, name, this.resolveCollection(receiver), args)] : scope.loops;
      const vars = new Map(scope.vars);
      const bindings = new Map(scope.bindings);
      const params = blockParams(block);
      for (const param of params) {
        vars.delete(param);
        bindings.delete(param);
      }
      const names = LOOPS.has(name) ? literalNames(this.resolveCollection(receiver), this) : undefined;
      if (names && params[0]) bindings.set(params[0], names);
      this.statements(block.body as RubyNode, { ...scope, vars, loops, bindings });
    }
  }

  /** `ENV['VAGRANT_DEFAULT_PROVIDER'] = 'libvirt'` (or `||=`). */
  private envDefault(node: RubyNode, value: RubyNode | undefined): void {
    const receiver = node.receiver as RubyNode | null;
    const args = ((node.arguments_ as RubyNode | null)?.arguments_ as RubyNode[] | undefined) ?? [];
    if (receiver?.constructor.name !== 'ConstantReadNode' || receiver.name !== 'ENV' || !args[0] || !value) return;
    if (literal(args[0], this) !== 'VAGRANT_DEFAULT_PROVIDER') return;
    const provider = literal(value, this);
    if (typeof provider === 'string' && !this.defaultProvider) this.defaultProvider = { name: provider, node };
  }

  private loopEvidence(node: RubyNode, name: string, receiver: RubyNode | null, args: RubyNode[]): Evidence {
    const count = loopCount(name, receiver, args.map((a) => this.resolveCollection(a) ?? a), (n) => this.resolveCollection(n));
    const head = callHead(node);
    return {
      reason: count === null ? `defined in a loop (${name}) whose count strata cannot know statically` : `defined in a loop: ${count} machine(s) from this one define`,
      location: this.locate(head),
    };
  }

  /** Settings inside `config.vm.provider :x do |p| … end`: the facts the catalog reads. */
  private providerSettings(body: RubyNode | null, providerVar: string, use: ProviderUse): void {
    if (!body) return;
    const visit = (node: RubyNode | null | undefined): void => {
      if (node) this.deeper(node, undefined, () => setting(node));
    };
    const setting = (node: RubyNode): void => {
      const kind = node.constructor.name;
      if (kind === 'StatementsNode') return (node.body as RubyNode[]).forEach(visit);
      if (kind === 'IfNode' || kind === 'UnlessNode' || kind === 'ElseNode' || kind === 'BeginNode') {
        visit(node.statements as RubyNode);
        visit((node.subsequent ?? node.elseClause) as RubyNode);
        return;
      }
      if (kind !== 'CallNode') return;
      const name = node.name as string;
      const receiver = node.receiver as RubyNode | null;
      const args = ((node.arguments_ as RubyNode | null)?.arguments_ as RubyNode[] | undefined) ?? [];
      const location = this.locate(node.location);
      if (isVar(receiver, providerVar)) {
        if (name.endsWith('=') && name !== '[]=' && args[0]) {
          use.facts.push({ path: name.slice(0, -1), value: literal(args[args.length - 1]!, this), location });
        } else if (name === 'customize') {
          const flat = args.flatMap((a) => (a.constructor.name === 'ArrayNode' ? (a.elements as RubyNode[]) : [a]));
          const words = flat.map((a) => literal(a, this));
          // A computed argument matters only where it could be the value of a nested-virtualization switch.
          const decisive = words.some((w, i) => w instanceof Unknown && /^--nested-(hw-)?virt$/.test(String(words[i - 1])));
          const text = words.map((w) => (w instanceof Unknown ? '(computed)' : String(w))).join(' ');
          use.facts.push({ path: 'customize', value: decisive ? new Unknown(`is computed: ${this.source(node)}`) : text, location });
        }
      } else if (name === '[]=' && receiver?.constructor.name === 'CallNode' && isVar(receiver.receiver as RubyNode, providerVar) && args.length === 2) {
        // p.vmx["vhv.enable"] = "TRUE"
        const key = literal(args[0]!, this);
        use.facts.push({ path: `${receiver.name as string}.${String(key)}`, value: literal(args[1]!, this), location });
      }
    };
    visit(body);
  }

  /** A name as written: `"web"` → web, `:libvirt` → libvirt, `"node-#{i}"` → node-#{i}. */
  written(node: RubyNode): string {
    // `define vm_name = "web"`: the name is the value assigned.
    if (node.constructor.name === 'LocalVariableWriteNode') return this.written(node.value as RubyNode);
    // `"%s-%02d" % [prefix, i]`: the format string, as written.
    if (node.constructor.name === 'CallNode' && node.name === '%' && node.receiver) return this.written(node.receiver as RubyNode);
    const value = literal(node, this);
    if (typeof value === 'string') return value;
    const source = this.source(node);
    return source.replace(/^["':]|["']$/g, '');
  }
}

/** `Vagrant.configure(...)`, or the version-1 `Vagrant::Config.run`. */
function isConfigureCall(name: string, receiver: RubyNode | null): boolean {
  if (name === 'configure' && receiver?.constructor.name === 'ConstantReadNode' && receiver.name === 'Vagrant') return true;
  return (
    name === 'run' &&
    receiver?.constructor.name === 'ConstantPathNode' &&
    (receiver.name as string | undefined) === 'Config' &&
    (receiver.parent as RubyNode | null)?.name === 'Vagrant'
  );
}

/** The names in a literal list of strings or symbols (`%w[a b]`, `[:a, "b"]`), else undefined. */
function literalNames(collection: RubyNode | null, reader: Reader): string[] | undefined {
  if (collection?.constructor.name !== 'ArrayNode') return undefined;
  const values = (collection.elements as RubyNode[]).map((e) => literal(e, reader));
  return values.every((v) => typeof v === 'string') ? (values as string[]) : undefined;
}

function blockParams(block: RubyNode): string[] {
  const params = (block.parameters as RubyNode | null)?.parameters as RubyNode | null;
  return ((params?.requireds as RubyNode[] | undefined) ?? []).map((p) => p.name as string).filter(Boolean);
}

function isVar(node: RubyNode | null | undefined, name: string): boolean {
  return !!node && (node.constructor.name === 'LocalVariableReadNode' || node.constructor.name === 'CallNode') && node.name === name && !node.receiver;
}

/** `<config>.vm` or `<machine>.vm`: whose VM settings a call configures. */
function vmOf(receiver: RubyNode | null, scope: Scope): 'config' | 'machine' | undefined {
  return settingsOf(receiver, 'vm', scope);
}

/** `<config>.zone` or `<machine>.zone` (vagrant-smartos-zones). */
function zoneOf(receiver: RubyNode | null, scope: Scope): 'config' | 'machine' | undefined {
  return settingsOf(receiver, 'zone', scope);
}

function settingsOf(receiver: RubyNode | null, namespace: string, scope: Scope): 'config' | 'machine' | undefined {
  if (!receiver || receiver.constructor.name !== 'CallNode' || receiver.name !== namespace) return undefined;
  const owner = receiver.receiver as RubyNode | null;
  if (!owner || (owner.constructor.name !== 'LocalVariableReadNode' && owner.constructor.name !== 'CallNode')) return undefined;
  return scope.vars.get(owner.name as string);
}

function loopCount(name: string, receiver: RubyNode | null, args: RubyNode[], resolveVariable: (node: RubyNode | null) => RubyNode | null): number | null {
  let target = resolveVariable(receiver);
  while (target?.constructor.name === 'ParenthesesNode') {
    const body = target.body as RubyNode | null;
    target = body?.constructor.name === 'StatementsNode' ? ((body.body as RubyNode[])[0] ?? null) : body;
  }
  if (!target) return null;
  if (name === 'times' && target.constructor.name === 'IntegerNode') return target.value as number;
  if ((name === 'upto' || name === 'downto') && target.constructor.name === 'IntegerNode' && args[0]?.constructor.name === 'IntegerNode') {
    return Math.abs((args[0].value as number) - (target.value as number)) + 1;
  }
  if (target.constructor.name === 'RangeNode') {
    const left = resolveVariable(target.left as RubyNode | null);
    const right = resolveVariable(target.right as RubyNode | null);
    if (left?.constructor.name !== 'IntegerNode' || right?.constructor.name !== 'IntegerNode') return null;
    const exclusive = (target as unknown as { isExcludeEnd(): boolean }).isExcludeEnd();
    return Math.max(0, (right.value as number) - (left.value as number) + (exclusive ? 0 : 1));
  }
  if (target.constructor.name === 'ArrayNode') return (target.elements as RubyNode[]).length;
  if (target.constructor.name === 'HashNode') return (target.elements as RubyNode[]).length;
  return null;
}

/** A literal's value: strings, symbols, numbers, booleans, nil; anything computed is unknown. */
function literal(node: RubyNode, reader: Reader): Value {
  switch (node.constructor.name) {
    case 'StringNode':
    case 'SymbolNode':
      return rubyString(node.unescaped);
    case 'IntegerNode':
    case 'FloatNode':
      return node.value as number;
    case 'TrueNode':
      return true;
    case 'FalseNode':
      return false;
    case 'NilNode':
      return null;
    case 'ArrayNode':
      return reader.deeper<Value>(node, new Unknown('is nested too deeply to read'), () => (node.elements as RubyNode[]).map((e) => literal(e, reader)));
    default:
      return new Unknown(`is computed: ${reader.source(node)}`);
  }
}

function rubyString(value: unknown): string {
  if (typeof value === 'string') return value;
  const inner = (value as { value?: unknown })?.value;
  if (typeof inner === 'string') return inner;
  if (inner instanceof Uint8Array) return new TextDecoder().decode(inner);
  return String(inner ?? '');
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
