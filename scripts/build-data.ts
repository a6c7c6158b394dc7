/**
 * Part of `npm run compile`: compiles the JSON schemas to standalone validators and
 * bundles the built-in catalog, well-known modules and intents (validated here) as JSON in dist/data/, so an
 * installed strata starts without a YAML parser or a schema compiler.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { loadCatalogFiles } from '../src/catalog.js';
import { loadYamlData, packageRoot, rulesDir } from '../src/data.js';
import { loadKnownModuleFiles } from '../src/parsers/terraform/known.js';

const out = join(packageRoot, 'dist', 'data');
mkdirSync(out, { recursive: true });

const schemas = readdirSync(join(rulesDir, 'schemas'))
  .filter((f) => f.endsWith('.schema.json'))
  .sort();
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true } });
const exported: Record<string, string> = {};
for (const file of schemas) {
  const schema = JSON.parse(readFileSync(join(rulesDir, 'schemas', file), 'utf8')) as { $id: string };
  ajv.addSchema(schema);
  exported[file] = schema.$id;
}
writeFileSync(join(out, 'validators.cjs'), standaloneCode.default(ajv, exported));

writeFileSync(join(out, 'catalog.json'), JSON.stringify(loadCatalogFiles()));
writeFileSync(join(out, 'modules.json'), JSON.stringify(loadKnownModuleFiles()));
writeFileSync(join(out, 'intents.json'), JSON.stringify(loadYamlData(join(rulesDir, 'intents.yaml'), 'intents.schema.json')));
