/** npm run fuzz: every property with many cases (FUZZ_RUNS, default 10,000); prints cases and failures. */
import fc from 'fast-check';
import { properties } from './properties.js';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
let failures = 0;
for (const [name, property] of Object.entries(properties)) {
  const started = performance.now();
  const result = fc.check(property, { numRuns: runs });
  const failed = result.failed ? 1 : 0;
  failures += failed;
  console.log(`${name}: ${result.numRuns} cases, ${failed} failure(s), ${(performance.now() - started).toFixed(0)} ms`);
  if (result.failed)
    console.log(`  counterexample: ${JSON.stringify(result.counterexample)} (seed ${result.seed}, path ${result.counterexample ? result.counterexamplePath : ''})`);
}
console.log(`${Object.keys(properties).length} properties, ${failures} failed`);
process.exitCode = failures > 0 ? 1 : 0;
