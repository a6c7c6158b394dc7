/**
 * The command line's compile budget (src/jit.ts): set unless `node` was given its own, and
 * a flag V8 knows (one it does not know would be printed to stderr on every run). What it
 * saves is measured in `npm run bench`, not here.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/data.js';
import { budgetOptimizingCompiler } from '../src/jit.js';

describe('the optimizing compiler budget', () => {
  it('is set when node was given no inlining budget of its own', () => {
    expect(budgetOptimizingCompiler([])).toBe(true);
    expect(budgetOptimizingCompiler(['--max-old-space-size=512', '--max-inlined-bytecode-size=100'])).toBe(true);
  });

  it.each([['--max-inlined-bytecode-size-cumulative=920'], ['--max_inlined_bytecode_size_cumulative=50']])('leaves node its own %s', (flag) => {
    expect(budgetOptimizingCompiler([flag])).toBe(false);
  });

  it.each([['bin/strata.mjs'], ['dist/src/main.js']])('is a flag V8 takes without a word (%s --version)', (script) => {
    const run = spawnSync(process.execPath, [join(packageRoot, script), '--version'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
