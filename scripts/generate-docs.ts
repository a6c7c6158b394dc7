import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../src/data.js';
import { readmeWithTables, registryFiles, ruleDocs } from './generated-docs.js';

for (const [path, content] of ruleDocs()) {
  mkdirSync(dirname(join(packageRoot, path)), { recursive: true });
  writeFileSync(join(packageRoot, path), content);
}
writeFileSync(join(packageRoot, 'README.md'), readmeWithTables());
for (const [path, content] of registryFiles()) writeFileSync(join(packageRoot, path), content);
console.log("docs/rules/*.md, the README tables, the schemas' format lists and the pre-commit pattern are up to date");
