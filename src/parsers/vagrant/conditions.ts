/**
 * Static evaluation of the Ruby a Vagrantfile decides things with: conditions around
 * provider calls and defines, machine names, loop bounds. Literals, variables assigned
 * literals earlier in the file, comparisons, boolean operators, string formatting and
 * `ENV` reads with a default; anything else is Unknown, never guessed. Symbols are read
 * as their names (`:libvirt` and `"libvirt"` compare equal here, though not in Ruby).
 */
import { Unknown, type Value } from '../../model.js';
import { child, children, nameOf, type RubyNode } from './prism.js';

/** What evaluation reads from the file around the expression. */
export interface Surroundings {
  /** A variable's or constant's value; undefined when the file never assigns it. */
  lookup(name: string): Value | undefined;
  source(node: RubyNode): string;
  /** The depth budget: `walk` one level deeper, or `skipped` past it. */
  deeper<T>(node: RubyNode, skipped: T, walk: () => T): T;
}

/** Ruby's truthiness: only nil and false are false. */
export function truthy(value: Value): boolean | 'unknown' {
  if (value instanceof Unknown) return 'unknown';
  return value !== null && value !== false;
}

export function evaluate(node: RubyNode | null | undefined, env: Surroundings): Value {
  if (!node) return null;
  return env.deeper<Value>(node, new Unknown(`is nested too deeply to read: ${head(env.source(node))}`), () => value(node, env));
}

function value(node: RubyNode, env: Surroundings): Value {
  const computed = () => new Unknown(`is computed: ${env.source(node)}`);
  switch (node.constructor.name) {
    case 'StringNode':
    case 'SymbolNode':
      return rubyString(node.unescaped);
    case 'IntegerNode':
    case 'FloatNode':
      return Number(node.value);
    case 'TrueNode':
      return true;
    case 'FalseNode':
      return false;
    case 'NilNode':
      return null;
    case 'ArrayNode': {
      const elements = children(node, 'elements');
      if (elements.some((e) => e.constructor.name === 'SplatNode')) return computed();
      return weighed(elements.map((e) => evaluate(e, env))) ?? tooLarge(node, env);
    }
    case 'HashNode':
    case 'KeywordHashNode': {
      const built = hash(node, env);
      if (built === undefined) return computed();
      return built === TOO_LARGE ? tooLarge(node, env) : (weighed(built) ?? tooLarge(node, env));
    }
    case 'InterpolatedStringNode':
    case 'InterpolatedSymbolNode': {
      let text = '';
      for (const part of children(node, 'parts')) {
        const piece = part.constructor.name === 'StringNode' ? rubyString(part.unescaped) : toS(evaluate(part, env));
        if (typeof piece !== 'string') return computed();
        if (text.length + piece.length > MAX_WEIGHT) return tooLarge(node, env);
        text += piece;
      }
      return text;
    }
    case 'EmbeddedStatementsNode':
      return evaluate(child(node, 'statements'), env);
    case 'EmbeddedVariableNode':
      return evaluate(child(node, 'variable'), env);
    case 'StatementsNode': {
      const body = children(node, 'body');
      return body.length === 1 ? evaluate(body[0], env) : computed();
    }
    case 'ParenthesesNode':
      return evaluate(child(node, 'body'), env);
    case 'LocalVariableReadNode':
    case 'ConstantReadNode':
    case 'GlobalVariableReadNode':
    case 'InstanceVariableReadNode':
      return env.lookup(nameOf(node)) ?? new Unknown(`is not assigned in this file: ${env.source(node)}`);
    case 'LocalVariableWriteNode':
      return evaluate(child(node, 'value'), env);
    case 'AndNode': {
      const left = evaluate(child(node, 'left'), env);
      const t = truthy(left);
      return t === 'unknown' ? computed() : t ? evaluate(child(node, 'right'), env) : left;
    }
    case 'OrNode': {
      const left = evaluate(child(node, 'left'), env);
      const t = truthy(left);
      // `ENV["X"] || default`: the default is what runs wherever X is not set.
      if (t === 'unknown') return isEnvRead(child(node, 'left')) ? evaluate(child(node, 'right'), env) : computed();
      return t ? left : evaluate(child(node, 'right'), env);
    }
    case 'IfNode':
    case 'UnlessNode': {
      // A ternary (`a ? b : c`) or a conditional used as a value.
      const t = truthy(evaluate(child(node, 'predicate'), env));
      if (t === 'unknown') return computed();
      const chosen = t === (node.constructor.name === 'IfNode') ? child(node, 'statements') : elseOf(node);
      return evaluate(chosen, env);
    }
    case 'CallNode': {
      const result = call(node, env);
      if (result === TOO_LARGE) return tooLarge(node, env);
      return result ?? computed();
    }
    default:
      return computed();
  }
}

function elseOf(node: RubyNode): RubyNode | null {
  const other = child(node, 'subsequent') ?? child(node, 'elseClause');
  return other?.constructor.name === 'ElseNode' ? child(other, 'statements') : other;
}

function hash(node: RubyNode, env: Surroundings): { [key: string]: Value } | typeof TOO_LARGE | undefined {
  // No prototype: a key named __proto__ is just a key.
  const result: { [key: string]: Value } = Object.create(null);
  // Keys weighed before they go in: V8 hashes a long string by its length alone, so thousands of
  // long keys of one length would each be compared with all the others.
  let keys = 0;
  for (const element of children(node, 'elements')) {
    if (element.constructor.name !== 'AssocNode') return undefined;
    const key = evaluate(child(element, 'key'), env);
    if (typeof key !== 'string' && typeof key !== 'number') return undefined;
    keys += String(key).length;
    if (keys > MAX_WEIGHT) return TOO_LARGE;
    result[String(key)] = evaluate(child(element, 'value'), env);
  }
  return result;
}

/** `ENV["X"]`: unknown statically, but the `||` after it says what runs when X is unset. */
function isEnvRead(node: RubyNode | null): boolean {
  if (!node) return false;
  const receiver = child(node, 'receiver');
  return node.constructor.name === 'CallNode' && node.name === '[]' && receiver?.constructor.name === 'ConstantReadNode' && receiver.name === 'ENV';
}

const COMPARISONS: Record<string, (a: number | string, b: number | string) => boolean> = {
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
};

/**
 * What a value the evaluation builds may weigh: a string's characters, an array's or a hash's
 * elements with their own weights (a nested array counted wherever it appears). A few lines
 * build far more than they hold (`a = a + a` doubles `a`; `[a, a]` doubles what comparing it
 * walks; `"%0500000000d" % 1` is half a gigabyte): past this, the value is unknown, too large.
 */
const MAX_WEIGHT = 100_000;
/** How deep a value built here may nest (`a = [a]` a thousand times weighs little): what walks it (`==`) recurses. */
const MAX_NESTING = 64;
const weights = new WeakMap<object, { weight: number; depth: number }>();
/** What `call` answers when its result would weigh more than MAX_WEIGHT. */
const TOO_LARGE = Symbol('too large');

/** A value's weight and nesting; past the bounds, a weight over MAX_WEIGHT. */
function measure(value: Value): { weight: number; depth: number } {
  if (typeof value === 'string') return { weight: value.length, depth: 0 };
  if (value === null || typeof value !== 'object' || value instanceof Unknown) return { weight: 1, depth: 0 };
  // Every array and hash is measured as it is built; one measured here first is measured once too.
  return weights.get(value) ?? (weighed(value) === undefined ? { weight: MAX_WEIGHT + 1, depth: 0 } : weights.get(value)!);
}

function weight(value: Value): number {
  return measure(value).weight;
}

/** The array or hash (its keys counted too), measured, or undefined when it weighs more than MAX_WEIGHT or nests deeper than MAX_NESTING. */
function weighed<T extends Value[] | { [key: string]: Value }>(built: T): T | undefined {
  let total = 1;
  let depth = 0;
  for (const [key, element] of Object.entries(built)) {
    const measured = measure(element);
    total += measured.weight + (Array.isArray(built) ? 0 : key.length);
    depth = Math.max(depth, measured.depth);
    if (total > MAX_WEIGHT || depth >= MAX_NESTING) return undefined;
  }
  weights.set(built, { weight: total, depth: depth + 1 });
  return built;
}

function tooLarge(node: RubyNode, env: Surroundings): Unknown {
  return new Unknown(`is too large to read (more than ${MAX_WEIGHT} characters or elements, or nested more than ${MAX_NESTING} deep): ${head(env.source(node))}`);
}

/** Method calls with a known answer; undefined for anything else. */
function call(node: RubyNode, env: Surroundings): Value | typeof TOO_LARGE | undefined {
  const name = nameOf(node);
  const receiver = child(node, 'receiver');
  const args = children(child(node, 'arguments_'), 'arguments_');
  if (!receiver) {
    if ((name === 'format' || name === 'sprintf') && args[0])
      return format(
        evaluate(args[0], env),
        args.slice(1).map((a) => evaluate(a, env)),
      );
    return undefined;
  }
  if (receiver.constructor.name === 'ConstantReadNode' && receiver.name === 'ENV') {
    // ENV.fetch("X", default): the default wherever X is not set.
    return name === 'fetch' && args.length === 2 ? evaluate(args[1], env) : undefined;
  }
  const self = evaluate(receiver, env);
  if (name === '!') {
    const t = truthy(self);
    return t === 'unknown' ? undefined : !t;
  }
  if (args.length === 0) return conversion(name, self);
  if (args.length !== 1) return undefined;
  const other = evaluate(args[0], env);
  if (self instanceof Unknown || other instanceof Unknown) return undefined;
  if (name === '==' || name === '!=') {
    const same = equal(self, other);
    return same === undefined ? undefined : same === (name === '==');
  }
  const compare = COMPARISONS[name];
  if (compare) return (typeof self === 'number' && typeof other === 'number') || (typeof self === 'string' && typeof other === 'string') ? compare(self, other) : undefined;
  if (name === '%' && typeof self === 'string') return format(self, Array.isArray(other) ? other : [other]);
  if (name === '[]') return index(self, other);
  if (name === 'include?' && Array.isArray(self)) {
    const each = self.map((e) => equal(e, other));
    return each.includes(true) ? true : each.includes(undefined) ? undefined : false;
  }
  if (name === 'include?' && typeof self === 'string' && typeof other === 'string') return self.includes(other);
  if (typeof self === 'number' && typeof other === 'number') return arithmetic(name, self, other);
  if (name === '+' && typeof self === 'string' && typeof other === 'string') return self.length + other.length > MAX_WEIGHT ? TOO_LARGE : self + other;
  if (name === '+' && Array.isArray(self) && Array.isArray(other)) return weight(self) + weight(other) > MAX_WEIGHT ? TOO_LARGE : (weighed([...self, ...other]) ?? TOO_LARGE);
  return undefined;
}

function conversion(name: string, self: Value): Value | undefined {
  if (self instanceof Unknown) return undefined;
  switch (name) {
    case 'to_i':
      if (typeof self === 'number') return Math.trunc(self);
      if (typeof self === 'string') return Number.parseInt(self, 10) || 0;
      return self === null ? 0 : undefined;
    case 'to_s':
      return toS(self);
    case 'to_sym':
    case 'to_str':
    case 'freeze':
    case 'dup':
      return self;
    case 'downcase':
      return typeof self === 'string' ? self.toLowerCase() : undefined;
    case 'upcase':
      return typeof self === 'string' ? self.toUpperCase() : undefined;
    case 'strip':
      return typeof self === 'string' ? self.trim() : undefined;
    case 'nil?':
      return self === null;
    case 'empty?':
      return typeof self === 'string' || Array.isArray(self) ? self.length === 0 : undefined;
    case 'size':
    case 'length':
    case 'count':
      return Array.isArray(self) || typeof self === 'string' ? self.length : undefined;
    default:
      return undefined;
  }
}

function arithmetic(name: string, a: number, b: number): number | undefined {
  switch (name) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? undefined : Number.isInteger(a) && Number.isInteger(b) ? Math.floor(a / b) : a / b;
    case '%':
      return b === 0 ? undefined : ((a % b) + b) % b;
    default:
      return undefined;
  }
}

function index(self: Value, key: Value): Value | undefined {
  if (Array.isArray(self) && typeof key === 'number' && Number.isInteger(key)) return self.at(key) ?? null;
  if (self !== null && typeof self === 'object' && !Array.isArray(self) && !(self instanceof Unknown) && (typeof key === 'string' || typeof key === 'number')) {
    return Object.hasOwn(self, String(key)) ? self[String(key)]! : null;
  }
  return undefined;
}

/** Ruby's ==, or undefined when either side is not known. */
function equal(a: Value, b: Value): boolean | undefined {
  if (a instanceof Unknown || b instanceof Unknown) return undefined;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    if (a.length !== b.length) return false;
    const each = a.map((x, i) => equal(x, b[i]!));
    return each.includes(false) ? false : each.includes(undefined) ? undefined : true;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** Ruby's to_s, as string interpolation uses it; undefined where it would be `inspect` output. */
export function toS(value: Value): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return '';
  return undefined;
}

/** Ruby's format / String#%: the %s, %d, %i, %f, %x, %o and %% directives, with flags, width and precision. */
function format(template: Value, args: Value[]): Value | typeof TOO_LARGE | undefined {
  if (typeof template !== 'string') return undefined;
  let next = 0;
  let failed = false;
  // The widths are the file's: their sum is checked before any padding is made.
  let made = template.length;
  const text = template.replace(/%([-+ 0]*)(\d*)(?:\.(\d+))?([sdifxo%])/g, (_all, flags: string, width: string, precision: string | undefined, type: string) => {
    if (type === '%') return '%';
    const arg = args[next++];
    let body: string | undefined;
    if (type === 's') body = arg === undefined ? undefined : toS(arg);
    else if (typeof arg === 'number') {
      if (type === 'f') body = arg.toFixed(precision === undefined ? 6 : Number(precision));
      else body = Math.trunc(arg).toString(type === 'x' ? 16 : type === 'o' ? 8 : 10);
      if (flags.includes('+') && arg >= 0) body = `+${body}`;
    }
    if (body === undefined) {
      failed = true;
      return '';
    }
    const size = Number(width || 0);
    made += Math.max(size, body.length);
    if (made > MAX_WEIGHT) {
      failed = true;
      return '';
    }
    if (flags.includes('-')) return body.padEnd(size);
    if (flags.includes('0') && type !== 's') return body.startsWith('-') ? `-${body.slice(1).padStart(size - 1, '0')}` : body.padStart(size, '0');
    return body.padStart(size);
  });
  if (made > MAX_WEIGHT) return TOO_LARGE;
  return failed ? undefined : text;
}

function rubyString(value: unknown): string {
  if (typeof value === 'string') return value;
  const inner = (value as { value?: unknown })?.value;
  if (typeof inner === 'string') return inner;
  if (inner instanceof Uint8Array) return new TextDecoder().decode(inner);
  return String(inner ?? '');
}

/** An expression's first line, for messages. */
function head(source: string): string {
  const line = source.split('\n', 1)[0]!;
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
