/**
 * `npm run bundle`: src/ as one ES module, bin/strata.mjs, committed so that a git install,
 * `pre-commit try-repo` and the action run strata with no compiler. The WASM parsers
 * (@ruby/prism, @cdktf/hcl2json) stay outside it as runtime dependencies, and so does
 * what strata loads on first use (yaml, ajv, fast-glob); the catalog, intents and well-known modules are
 * inlined as the build checked them. `--check` fails when the
 * committed bundle is not what the sources make (CI runs it through the tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { packageRoot } from '../src/data.js';

const BUNDLE = join(packageRoot, 'bin', 'strata.mjs');
const data = (name: string): unknown => JSON.parse(readFileSync(join(packageRoot, 'dist', 'data', `${name}.json`), 'utf8'));

const result = await build({
  entryPoints: [join(packageRoot, 'src', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@ruby/prism', '@cdktf/hcl2json'],
  // jsonc-parser's `main` is a UMD build whose require('./impl/…') esbuild cannot follow: its ES module build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // CommonJS dependencies call require(): an ES module has none of its own.
  banner: { js: "import { createRequire as __strataRequire } from 'node:module';\nconst require = __strataRequire(import.meta.url);" },
  legalComments: 'none',
  // The catalog and intents as the build checked them (dist/data): no YAML to parse, no schema to compile at start.
  // STRATA_BUNDLE: the bundle starts itself as the parse worker (src/threads/pool.ts).
  define: { STRATA_DATA: JSON.stringify({ catalog: data('catalog'), intents: data('intents'), modules: data('modules') }), STRATA_BUNDLE: 'true' },
  write: false,
  logLevel: 'warning',
});
const fresh = result.outputFiles[0]!.text;

if (!process.argv.includes('--check')) writeFileSync(BUNDLE, fresh);
else if (readFileSync(BUNDLE, 'utf8') !== fresh) {
  console.error('bin/strata.mjs is not what the sources make: run npm run bundle and commit it');
  process.exitCode = 1;
}
