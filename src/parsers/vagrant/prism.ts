/**
 * The bridge to @ruby/prism (Ruby's own parser, compiled to WASM). Vagrantfiles are
 * parsed, never executed. Loaded on first use, once; its ExperimentalWarning about
 * WASI on Node 20 is swallowed so stderr stays the report's.
 */

/** The parts of prism's node objects strata reads. Fields vary by node type. */
export interface RubyNode {
  constructor: { name: string };
  location: { startOffset: number; length: number };
  [field: string]: unknown;
}

export interface PrismResult {
  value: RubyNode;
  comments: Array<{ location: { startOffset: number; length: number } }>;
  errors: Array<{ message: string; location: { startOffset: number; length: number } }>;
}

type Parse = (source: string) => PrismResult;
let loading: Promise<Parse> | undefined;

/** Prism can trap on pathological input (e.g. nesting deep enough to exhaust its WASM stack). */
export class PrismFailure extends Error {}

/** Parses with prism; a trap becomes a PrismFailure, and the next parse gets a fresh instance. */
export async function parseRuby(source: string): Promise<PrismResult> {
  const parse = await loadPrism();
  try {
    return parse(source);
  } catch (e) {
    loading = undefined;
    throw new PrismFailure(e instanceof Error ? e.message : String(e));
  }
}

function loadPrism(): Promise<Parse> {
  loading ??= (async () => {
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
      if (String(typeof warning === 'string' ? warning : warning.message).includes('WASI')) return;
      (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
    }) as typeof process.emitWarning;
    try {
      const prism = await import('@ruby/prism');
      return (await prism.loadPrism()) as unknown as Parse;
    } finally {
      process.emitWarning = emitWarning;
    }
  })();
  return loading;
}
