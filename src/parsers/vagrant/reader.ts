/**
 * The walk over a Vagrantfile's syntax tree, as Vagrant would run it where that is
 * statically known: the `Vagrant.configure` block whatever its parameter is called,
 * machines from `config.vm.define`, provider calls at top level (every machine) and
 * inside defines, `VAGRANT_DEFAULT_PROVIDER` set in the file. Conditions that can be
 * decided are (a false branch contributes nothing); the rest mark what is under them
 * "only when …". Loops with known values are expanded, up to a bound.
 *
 * Longer than most files here on purpose: it is one recursive walk whose cases (statements,
 * conditions, loops, calls, provider blocks) share one scope; splitting it would scatter that.
 */
import type { Diagnostic, Evidence, Fact, Location, Value } from '../../model.js';
import { Unknown } from '../../model.js';
import { evaluate, toS, truthy, type Surroundings } from './conditions.js';
import { bind, EXPANSION_BOUND, iterations, LOOPS } from './loops.js';
import { child, children, nameOf, type RubyNode } from './prism.js';

/**
 * How deep strata's own walks over prism's tree may go. Real Vagrantfiles nest a dozen
 * levels; a file prism reads without trapping can nest far deeper than the JS stack allows.
 */
const DEPTH_BUDGET = 100;

export interface ProviderUse {
  name: string;
  call: RubyNode;
  facts: Fact[];
  /** "only when …": the undecidable conditions around the call, inside its machine's define. */
  conditions: Evidence[];
}

export interface Machine {
  name: string;
  /** The define call; null for the implicit `default` machine. */
  call: RubyNode | null;
  providers: ProviderUse[];
  /** `m.zone.brand = …` (vagrant-smartos-zones): a zone inside the machine, a workload of its own. */
  zone: Fact[];
  /** Loops and undecidable conditions the define is in. */
  context: Evidence[];
}

type Scope = {
  vars: Map<string, 'config' | 'machine'>;
  machine?: Machine;
  loops: Evidence[];
  /** "only when …" evidence for the undecidable conditions being walked under. */
  conditions: Evidence[];
  /** Block parameters and their values in this pass through the block (Unknown when not expanded). */
  bindings: Map<string, Value>;
  /** How many passes enclosing expanded loops make: an inner loop expands only within the bound. */
  passes: number;
};

export class Reader {
  configure: RubyNode | null = null;
  machines: Machine[] = [];
  globalProviders: ProviderUse[] = [];
  /** `config.zone.* = …` at top level: every machine's SmartOS zone. */
  globalZone: Fact[] = [];
  defaultProvider: { name: string; node: RubyNode } | null = null;
  /** Problems found while reading: nesting beyond the depth budget, loops beyond the expansion bound. */
  readonly diagnostics: Diagnostic[] = [];
  /** Values assigned to variables, globals and constants so far, in file order. */
  private readonly values = new Map<string, Value>();
  /** Define and provider calls already read with the same name (a loop pass that learnt nothing new). */
  private readonly seen = new Set<string>();
  private depth = 0;
  private tooDeep = false;

  constructor(
    private readonly text: string,
    private readonly range: (l: { startOffset: number; length: number }) => [number, number],
    private readonly locate: (l: { startOffset: number; length: number }) => Location,
  ) {}

  read(program: RubyNode): void {
    this.statements(program, { vars: new Map(), loops: [], conditions: [], bindings: new Map(), passes: 1 });
  }

  private source(node: RubyNode | null): string {
    if (!node) return '';
    const [start, end] = this.range(node.location);
    return this.text.slice(start, end);
  }

  /**
   * Runs `walk` one level deeper, unless that is past the depth budget: then the subtree is
   * skipped, and the first such place in the file is reported.
   */
  private deeper<T>(node: RubyNode, skipped: T, walk: () => T): T {
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

  /** A value as the file has it at this point of the walk. */
  private value(node: RubyNode | null | undefined, scope: Scope): Value {
    return evaluate(node, this.surroundings(scope));
  }

  private surroundings(scope: Scope): Surroundings {
    return {
      lookup: (name) => (scope.bindings.has(name) ? scope.bindings.get(name) : this.values.get(name)),
      source: (node) => this.source(node),
      deeper: (node, skipped, walk) => this.deeper(node, skipped, walk),
    };
  }

  /** Walks statements, deciding conditionals where it can and expanding loops. */
  private statements(node: RubyNode | null | undefined, scope: Scope): void {
    if (node) this.deeper(node, undefined, () => this.statement(node, scope));
  }

  private statement(node: RubyNode, scope: Scope): void {
    switch (node.constructor.name) {
      case 'ProgramNode':
        return this.statements(child(node, 'statements'), scope);
      case 'StatementsNode':
        for (const child of children(node, 'body')) this.statements(child, scope);
        return;
      case 'IfNode':
      case 'UnlessNode':
        return this.conditional(node, scope);
      case 'CaseNode':
        return this.caseWhen(node, scope);
      case 'ElseNode':
      case 'BeginNode':
        return this.statements(child(node, 'statements'), scope);
      case 'ParenthesesNode':
        return this.statements(child(node, 'body'), scope);
      case 'IndexOrWriteNode':
      case 'IndexOperatorWriteNode':
        return this.envDefault(node, child(node, 'value'), scope);
      case 'LocalVariableWriteNode':
      case 'ConstantWriteNode':
      case 'GlobalVariableWriteNode':
      case 'InstanceVariableWriteNode':
        this.assign(nameOf(node), this.value(child(node, 'value'), scope), scope);
        return this.statements(child(node, 'value'), scope);
      case 'LocalVariableOrWriteNode':
      case 'ConstantOrWriteNode':
      case 'GlobalVariableOrWriteNode':
      case 'InstanceVariableOrWriteNode': {
        // `$num_instances ||= 3`: the default, unless the file set it already.
        const name = nameOf(node);
        const before = this.values.get(name);
        if (before === undefined || truthy(before) === false) this.assign(name, this.value(child(node, 'value'), scope), scope);
        else if (truthy(before) === 'unknown') this.assign(name, new Unknown(`is computed: ${this.source(node)}`), scope);
        return;
      }
      case 'LocalVariableOperatorWriteNode':
      case 'LocalVariableAndWriteNode':
      case 'GlobalVariableOperatorWriteNode':
      case 'GlobalVariableAndWriteNode':
      case 'ConstantOperatorWriteNode':
      case 'ConstantAndWriteNode':
        this.values.set(nameOf(node), new Unknown(`is computed: ${this.source(node)}`));
        return;
      case 'CallNode':
        return this.call(node, scope);
      default:
        return;
    }
  }

  /** An assignment under an undecidable condition leaves the value unknown after it. */
  private assign(name: string, value: Value, scope: Scope): void {
    this.values.set(
      name,
      scope.conditions.length > 0 ? new Unknown(`is assigned only when ${scope.conditions.map((c) => c.reason.replace(/^only when /, '')).join(' and ')}`) : value,
    );
  }

  /** `if`/`elsif`/`else`, `unless`, their modifier forms and ternaries. */
  private conditional(node: RubyNode, scope: Scope): void {
    // Prism always gives a conditional its predicate; the node itself stands in for the location otherwise.
    const predicate = child(node, 'predicate') ?? node;
    const holds = truthy(this.value(predicate, scope));
    const positive = node.constructor.name === 'IfNode';
    const then = child(node, 'statements');
    const otherwise = child(node, 'subsequent') ?? child(node, 'elseClause');
    if (holds !== 'unknown') return this.statements(holds === positive ? then : otherwise, scope);
    const written = this.source(predicate);
    this.statements(then, this.under(scope, positive ? written : `${written} is false`, predicate));
    this.statements(otherwise, this.under(scope, positive ? `${written} is false` : written, predicate));
  }

  /** `case x when a, b … else … end`, or `case when cond …` without a subject. */
  private caseWhen(node: RubyNode, scope: Scope): void {
    const subject = child(node, 'predicate');
    const subjectValue = subject ? this.value(subject, scope) : undefined;
    let rest = scope;
    for (const when of children(node, 'conditions')) {
      const tests = children(when, 'conditions');
      const outcomes = tests.map((t) => {
        const v = this.value(t, scope);
        if (!subject) return truthy(v);
        if (v instanceof Unknown || subjectValue instanceof Unknown || Array.isArray(v) || (v !== null && typeof v === 'object')) return 'unknown';
        return v === subjectValue;
      });
      const matches = outcomes.includes(true) ? true : outcomes.includes('unknown') ? 'unknown' : false;
      if (matches === true) return this.statements(child(when, 'statements'), rest);
      if (matches === false) continue;
      const written = subject ? `${this.source(subject)} matches ${tests.map((t) => this.source(t)).join(', ')}` : tests.map((t) => this.source(t)).join(' or ');
      this.statements(child(when, 'statements'), this.under(rest, written, when));
      rest = this.under(rest, `${written} is false`, when);
    }
    this.statements(child(node, 'elseClause'), rest);
  }

  private under(scope: Scope, condition: string, node: RubyNode): Scope {
    const evidence = { reason: `only when ${condition}, which strata cannot decide statically`, location: this.locate(node.location) };
    return { ...scope, conditions: [...scope.conditions, evidence] };
  }

  private call(node: RubyNode, scope: Scope): void {
    const name = nameOf(node);
    const receiver = child(node, 'receiver');
    const block = child(node, 'block');
    const args = children(child(node, 'arguments_'), 'arguments_');

    if (name === '[]=' && receiver?.constructor.name === 'ConstantReadNode' && receiver.name === 'ENV') {
      return this.envDefault(node, args[args.length - 1]!, scope);
    }
    if (isConfigureCall(name, receiver) && block) {
      this.configure ??= node;
      const vars = new Map(scope.vars);
      const param = blockParams(block)[0];
      if (param) vars.set(param, 'config');
      return this.statements(child(block, 'body'), { ...scope, vars });
    }
    const owner = settingsOf(receiver, 'vm', scope);
    if (owner && name === 'define') return this.define(node, args[0], block, scope);
    const zoneOwner = settingsOf(receiver, 'zone', scope);
    if (zoneOwner && name.endsWith('=') && name !== '[]=' && args[0]) {
      const fact: Fact = { path: name.slice(0, -1), value: this.value(args[args.length - 1]!, scope), location: this.locate(node.location) };
      if (zoneOwner === 'machine' && scope.machine) scope.machine.zone.push(fact);
      else this.globalZone.push(fact);
      return;
    }
    if (owner && name === 'provider' && args[0]) {
      const providerName = this.written(args[0], scope);
      const machine = owner === 'machine' ? scope.machine : undefined;
      if (this.once(node, `${machine?.name ?? ''}\u0000${providerName}`)) return;
      const use: ProviderUse = { name: providerName, call: node, facts: [], conditions: scope.conditions };
      if (block) {
        const [providerVar] = blockParams(block);
        if (providerVar) this.providerSettings(child(block, 'body'), providerVar, use, scope);
      }
      if (providerName === 'utm') {
        // vagrant_utm has no setting for UTM's backend: the box's UTM bundle chooses QEMU or Apple Virtualization.
        use.facts.push({ path: 'backend', value: new Unknown("is chosen by the box's UTM bundle, not in the Vagrantfile"), location: this.locate(callHead(node)) });
      }
      if (machine) machine.providers.push(use);
      else this.globalProviders.push(use);
      return;
    }
    if (block && block.constructor.name === 'BlockNode') {
      if (LOOPS.has(name)) return this.loop(node, name, receiver, args, block, scope);
      const inner = { ...scope, vars: new Map(scope.vars), bindings: new Map(scope.bindings) };
      for (const param of blockParams(block)) {
        inner.vars.delete(param);
        inner.bindings.set(param, new Unknown(`is a block parameter: ${param}`));
      }
      this.statements(child(block, 'body'), inner);
    }
  }

  /** Whether this call was already read under this name (another pass of a loop that names it the same). */
  private once(call: RubyNode, name: string): boolean {
    const key = `${call.location.startOffset}\u0000${name}`;
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    return false;
  }

  private define(node: RubyNode, nameArg: RubyNode | undefined, block: RubyNode | null, scope: Scope): void {
    const name = nameArg ? this.written(nameArg, scope) : 'default';
    if (this.once(node, name)) return;
    const machine: Machine = { name, call: node, providers: [], zone: [], context: [...scope.loops, ...scope.conditions] };
    this.machines.push(machine);
    if (!block) return;
    const vars = new Map(scope.vars);
    const param = blockParams(block)[0];
    if (param) vars.set(param, 'machine');
    // Conditions outside the define are the machine's; inside it, a provider's own.
    this.statements(child(block, 'body'), { ...scope, vars, machine, conditions: [] });
  }

  /**
   * A loop: once per value where the values are known and within the bound (so each
   * machine gets its own name); once with its parameters unknown otherwise; not at all
   * when it runs zero times.
   */
  private loop(node: RubyNode, name: string, receiver: RubyNode | null, args: RubyNode[], block: RubyNode, scope: Scope): void {
    const { items, count } = iterations(name, receiver, args, (n) => this.value(n, scope));
    if (count === 0) return;
    const at = this.locate(callHead(node));
    const reason = count === null ? `defined in a loop (${name}) whose count strata cannot know statically` : `defined in a loop: ${count} machine(s) from this one define`;
    const params = blockParams(block);
    const vars = new Map(scope.vars);
    for (const param of params) vars.delete(param);
    const pass = (item: Value, index: number | null, passes: number) => {
      const bindings = new Map(scope.bindings);
      bind(params, name, item, index, bindings);
      this.statements(child(block, 'body'), { ...scope, vars, bindings, passes, loops: [...scope.loops, { reason, location: at }] });
    };
    if (items && scope.passes * items.length <= EXPANSION_BOUND) {
      for (const [i, item] of items.entries()) pass(item, i, scope.passes * items.length);
      return;
    }
    // Said once per loop, however many passes of enclosing loops reach it.
    if (count !== null && !this.once(node, '\u0000beyond the bound')) {
      this.diagnostics.push({
        file: at.file,
        location: at,
        message: `This loop runs ${count} times${scope.passes > 1 ? ` within ${scope.passes} passes of enclosing loops` : ''}, more than the ${EXPANSION_BOUND} machines strata expands: one workload, named by its pattern, stands for the machines it defines`,
        level: 'note',
      });
    }
    pass(new Unknown(`is a loop variable: ${params[0] ?? name}`), null, scope.passes);
  }

  /** `ENV['VAGRANT_DEFAULT_PROVIDER'] = 'libvirt'` (or `||=`), where it surely runs. */
  private envDefault(node: RubyNode, value: RubyNode | null | undefined, scope: Scope): void {
    const receiver = child(node, 'receiver');
    const args = children(child(node, 'arguments_'), 'arguments_');
    if (receiver?.constructor.name !== 'ConstantReadNode' || receiver.name !== 'ENV' || !args[0] || !value) return;
    if (this.value(args[0], scope) !== 'VAGRANT_DEFAULT_PROVIDER' || scope.conditions.length > 0) return;
    const provider = this.value(value, scope);
    if (typeof provider === 'string' && !this.defaultProvider) this.defaultProvider = { name: provider, node };
  }

  /** Settings inside `config.vm.provider :x do |p| … end`: the facts the catalog reads. */
  private providerSettings(body: RubyNode | null, providerVar: string, use: ProviderUse, scope: Scope): void {
    // `when`: the undecidable conditions around a setting, as written; its value holds only under them.
    const visit = (node: RubyNode | null | undefined, when: string[]): void => {
      if (node) this.deeper(node, undefined, () => setting(node, when));
    };
    const add = (path: string, value: Value, location: Location, when: string[]) => {
      const guarded = when.length > 0 && !(value instanceof Unknown) ? new Unknown(`is ${JSON.stringify(value)} only when ${when.join(' and ')}`) : value;
      use.facts.push({ path, value: guarded, location });
    };
    const setting = (node: RubyNode, when: string[]): void => {
      const kind = node.constructor.name;
      if (kind === 'StatementsNode') {
        for (const child of children(node, 'body')) visit(child, when);
        return;
      }
      if (kind === 'ElseNode' || kind === 'BeginNode') return visit(child(node, 'statements'), when);
      if (kind === 'IfNode' || kind === 'UnlessNode') {
        const predicate = child(node, 'predicate');
        const holds = truthy(this.value(predicate, scope));
        const then = child(node, 'statements');
        const otherwise = child(node, 'subsequent') ?? child(node, 'elseClause');
        const positive = kind === 'IfNode';
        if (holds !== 'unknown') return visit(holds === positive ? then : otherwise, when);
        const written = this.source(predicate);
        visit(then, [...when, positive ? written : `${written} is false`]);
        visit(otherwise, [...when, positive ? `${written} is false` : written]);
        return;
      }
      if (kind !== 'CallNode') return;
      const name = nameOf(node);
      const receiver = child(node, 'receiver');
      const args = children(child(node, 'arguments_'), 'arguments_');
      const location = this.locate(node.location);
      if (isVar(receiver, providerVar)) {
        if (name.endsWith('=') && name !== '[]=' && args[0]) {
          add(name.slice(0, -1), this.value(args[args.length - 1]!, scope), location, when);
        } else if (name === 'customize') {
          const flat = args.flatMap((a) => (a.constructor.name === 'ArrayNode' ? children(a, 'elements') : [a]));
          const words = flat.map((a) => this.value(a, scope));
          // A computed argument matters only where it could be the value of a nested-virtualization switch.
          const decisive = words.some((w, i) => w instanceof Unknown && /^--nested-(hw-)?virt$/.test(String(words[i - 1])));
          const text = words.map((w) => (w instanceof Unknown ? '(computed)' : (toS(w) ?? '(computed)'))).join(' ');
          add('customize', decisive ? new Unknown(`is computed: ${this.source(node)}`) : text, location, when);
        }
      } else if (name === '[]=' && receiver?.constructor.name === 'CallNode' && isVar(child(receiver, 'receiver'), providerVar) && args.length === 2) {
        // p.vmx["vhv.enable"] = "TRUE"
        const key = this.value(args[0]!, scope);
        add(`${nameOf(receiver)}.${String(key)}`, this.value(args[1]!, scope), location, when);
      }
    };
    visit(body, []);
  }

  /**
   * A name as Vagrant would see it (`"%s-%02d" % [$prefix, i]` → core-01), else as
   * written: `"node-#{i}"` → node-#{i}, `"%s-%02d" % […]` → %s-%02d.
   */
  private written(node: RubyNode | null, scope: Scope): string {
    if (!node) return '';
    if (node.constructor.name === 'LocalVariableWriteNode') {
      // `define vm_name = "web"`: the name is the value assigned, and vm_name holds it after.
      const name = this.written(child(node, 'value'), scope);
      this.assign(nameOf(node), this.value(child(node, 'value'), scope), scope);
      return name;
    }
    const value = this.value(node, scope);
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (node.constructor.name === 'CallNode' && node.name === '%' && node.receiver) return this.written(child(node, 'receiver'), scope);
    return this.source(node).replace(/^["':]|["']$/g, '');
  }
}

/** `Vagrant.configure(...)`, or the version-1 `Vagrant::Config.run`. */
function isConfigureCall(name: string, receiver: RubyNode | null): boolean {
  if (name === 'configure' && receiver?.constructor.name === 'ConstantReadNode' && receiver.name === 'Vagrant') return true;
  return name === 'run' && receiver?.constructor.name === 'ConstantPathNode' && nameOf(receiver) === 'Config' && child(receiver, 'parent')?.name === 'Vagrant';
}

/** A call without its block: `config.vm.provider :libvirt`. */
export function callHead(call: RubyNode): { startOffset: number; length: number } {
  const block = child(call, 'block');
  if (block?.constructor.name !== 'BlockNode') return call.location;
  return { startOffset: call.location.startOffset, length: Math.max(1, block.location.startOffset - call.location.startOffset) };
}

function blockParams(block: RubyNode): string[] {
  const params = child(child(block, 'parameters'), 'parameters');
  return children(params, 'requireds')
    .map((p) => nameOf(p))
    .filter(Boolean);
}

function isVar(node: RubyNode | null | undefined, name: string): boolean {
  return !!node && (node.constructor.name === 'LocalVariableReadNode' || node.constructor.name === 'CallNode') && node.name === name && !node.receiver;
}

/** `<config>.vm` / `<machine>.vm`, `<config>.zone` / `<machine>.zone`: whose settings a call configures. */
function settingsOf(receiver: RubyNode | null, namespace: string, scope: Scope): 'config' | 'machine' | undefined {
  if (receiver?.constructor.name !== 'CallNode' || receiver.name !== namespace) return undefined;
  const owner = child(receiver, 'receiver');
  if (!owner || (owner.constructor.name !== 'LocalVariableReadNode' && owner.constructor.name !== 'CallNode')) return undefined;
  return scope.vars.get(nameOf(owner));
}
