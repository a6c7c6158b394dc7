import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../src/data.js';
import { readmeWithTables, ruleDocs } from './generated-docs.js';

for (const [path, content] of ruleDocs()) {
  mkdirSync(dirname(join(packageRoot, path)), { recursive: true });
  writeFileSync(join(packageRoot, path), content);
}
writeFileSync(join(packageRoot, 'README.md'), readmeWithTables());
console.log('docs/rules/*.md and the README tables are up to date');
