/**
 * The optimizing compiler's budget for a short run. V8's TurboFan inlines up to 920 bytes of
 * bytecode into each function it optimizes, a budget made for servers that run for hours. A
 * scan lasts a second or a few, and its hot code is big (the HCL scanner, the literal reader):
 * TurboFan then spends nearly as much CPU compiling on V8's background threads as the scan
 * spends scanning, and on a 2-core runner those threads take turns with the main thread.
 * Inlining at most 200 bytes per function keeps small helpers inlined and cuts that compile
 * work by about a third; the main thread's CPU time stays the same. Measured in
 * `npm run bench` (Node 20, 2 cores: the corpus about 10% faster in wall time). Newer Node
 * optimizes most code with Maglev first, where the budget changes little either way.
 *
 * The flag is the process's, so only the command line sets it (never the library, whose
 * host owns its own process), before any function is hot; a `node` flag given on the
 * command line wins.
 */
import { setFlagsFromString } from 'node:v8';

const CUMULATIVE_INLINING_FLAG = '--max-inlined-bytecode-size-cumulative';
const CUMULATIVE_INLINING_BYTES = 200;

/** Sets the budget unless `node` was given its own (V8 takes `-` and `_` alike); says whether it did. */
export function budgetOptimizingCompiler(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => arg.replaceAll('_', '-').startsWith(CUMULATIVE_INLINING_FLAG))) return false;
  setFlagsFromString(`${CUMULATIVE_INLINING_FLAG}=${CUMULATIVE_INLINING_BYTES}`);
  return true;
}
