/**
 * The bridge to @ruby/prism (Ruby's own parser, compiled to WASM). Vagrantfiles are
 * parsed, never executed. The module is compiled once; its ExperimentalWarning about
 * WASI on Node 20 is swallowed so stderr stays the report's.
 *
 * Prism's C stack lives in the instance's linear memory (64 KB, just above its static
 * data) with no guard page: nesting deep enough overflows it into that data, sometimes
 * trapping ("memory access out of bounds"), sometimes silently, so that every later parse
 * on the instance is wrong or traps. So the lowest part of the stack is filled with a
 * canary before each parse; a parse that traps, throws or touches the canary fails its own
 * file only, the instance is discarded, and the next parse, whenever it started waiting,
 * gets a fresh one.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The parts of prism's node objects strata reads. Fields vary by node type. */
export interface RubyNode {
  constructor: { name: string };
  location: { startOffset: number; length: number };
  [field: string]: unknown;
}

/** A node's child by field name (`value`, `receiver`, `block`…), or null where it has none. */
export function child(node: RubyNode | null | undefined, field: string): RubyNode | null {
  const value = node?.[field];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as RubyNode) : null;
}

/** A node's list of children by field name (`body`, `arguments`, `elements`…), empty where it has none. */
export function children(node: RubyNode | null | undefined, field: string): RubyNode[] {
  const value = node?.[field];
  return Array.isArray(value) ? (value as RubyNode[]) : [];
}

/** A node's `name` (a method, variable or constant), '' where it has none. */
export function nameOf(node: RubyNode | null | undefined): string {
  const name = node?.name;
  return typeof name === 'string' ? name : '';
}

export interface PrismResult {
  value: RubyNode;
  comments: Array<{ location: { startOffset: number; length: number } }>;
  errors: Array<{ message: string; location: { startOffset: number; length: number } }>;
}

type Parse = (source: string) => PrismResult;

/** The stack's lowest bytes, kept untouched by any parse that did not come close to overflowing. */
const GUARD_BYTES = 8192;
const CANARY = 0xa5;

let compiled: Promise<WebAssembly.Module> | undefined;
/** The live instance; undefined until loaded, and again once it has trapped. */
let current: Parse | undefined;
let loading: Promise<void> | undefined;

/** Prism trapped or threw on this input; the instance it ran on has been discarded. */
export class PrismFailure extends Error {}

/** Parses with prism; a trap or exception becomes a PrismFailure and discards the instance. */
export async function parseRuby(source: string): Promise<PrismResult> {
  // Checked after every await: an instance another file's parse trapped on while this one
  // waited is gone by now, and this parse loads a fresh one instead of reusing it.
  while (!current) await load();
  // Read synchronously right before the call, so no other parse can discard it in between.
  const parse = current;
  try {
    return parse(source);
  } catch (e) {
    if (current === parse) current = undefined;
    throw new PrismFailure(e instanceof Error ? e.message : String(e));
  }
}

function load(): Promise<void> {
  loading ??= instantiate().then(
    (parse) => {
      current = parse;
      loading = undefined;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** A fresh WASM instance of the once-compiled module, with its own memory. */
async function instantiate(): Promise<Parse> {
  const require = createRequire(import.meta.url);
  compiled ??= readFile(require.resolve('@ruby/prism/src/prism.wasm')).then((bytes) => WebAssembly.compile(bytes));
  const module = await compiled;
  const { parsePrism } = await import('@ruby/prism/src/parsePrism.js');
  const { WASI } = await quietly(() => import('node:wasi'));
  const wasi = new WASI({ version: 'preview1' });
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject() as WebAssembly.Imports);
  wasi.initialize(instance);
  const { memory, __stack_low: low } = instance.exports as { memory: WebAssembly.Memory; __stack_low: WebAssembly.Global };
  // A fresh view each time: growing the memory replaces its buffer.
  const guard = () => new Uint8Array(memory.buffer, low.value as number, GUARD_BYTES);
  return (source) => {
    guard().fill(CANARY);
    const result = parsePrism(instance.exports, source) as unknown as PrismResult;
    if (!guard().every((byte) => byte === CANARY)) throw new Error('its stack came within 8 KB of overflowing');
    return result;
  };
}

/** Runs `make` with Node's ExperimentalWarning about WASI (given on loading node:wasi) kept off stderr. */
async function quietly<T>(make: () => Promise<T>): Promise<T> {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(typeof warning === 'string' ? warning : warning.message).includes('WASI')) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return await make();
  } finally {
    process.emitWarning = emitWarning;
  }
}
