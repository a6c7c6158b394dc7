import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot, validateWithSourceSchemas } from '../src/data.js';
import { readmeWithTables, registryFiles, ruleDocs } from './generated-docs.js';

// The schemas' format lists first: the catalog the README's tables come from is checked against them.
for (const [path, content] of registryFiles()) writeFileSync(join(packageRoot, path), content);
validateWithSourceSchemas();
for (const [path, content] of ruleDocs()) {
  mkdirSync(dirname(join(packageRoot, path)), { recursive: true });
  writeFileSync(join(packageRoot, path), content);
}
writeFileSync(join(packageRoot, 'README.md'), readmeWithTables());
console.log("docs/rules/*.md, the README tables, the schemas' format lists and the pre-commit pattern are up to date");
