import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { readmeWithTables, registryFiles, ruleDocs } from '../scripts/generated-docs.js';
import { packageRoot } from '../src/data.js';

describe('generated documentation', () => {
  it('has a checked-in page per rule, identical to what the metadata generates (run `npm run docs`)', () => {
    for (const [path, content] of ruleDocs()) {
      expect(readFileSync(join(packageRoot, path), 'utf8'), path).toBe(content);
    }
    const pages = readdirSync(join(packageRoot, 'docs', 'rules')).sort();
    expect(pages).toEqual(rules.map((r) => `${r.meta.id}.md`).sort());
  });

  it("keeps README.md's rule and catalog tables in step with the data (run `npm run docs`)", () => {
    expect(readFileSync(join(packageRoot, 'README.md'), 'utf8')).toBe(readmeWithTables());
  });

  it("keeps the schemas' format lists and the pre-commit pattern in step with the format registry (run `npm run docs`)", () => {
    for (const [path, content] of registryFiles()) expect(readFileSync(join(packageRoot, path), 'utf8'), path).toBe(content);
  });
});

describe('the config schema', () => {
  it('enumerates every rule id, with its title for editors, and nothing else', () => {
    const schema = JSON.parse(readFileSync(join(packageRoot, 'rules', 'schemas', 'config.schema.json'), 'utf8')) as {
      definitions: { ruleLevels: { propertyNames: { enum: string[] }; properties: Record<string, { description: string }> } };
    };
    const { propertyNames, properties } = schema.definitions.ruleLevels;
    expect(propertyNames.enum).toEqual(rules.map((r) => r.meta.id));
    expect(Object.fromEntries(Object.entries(properties).map(([id, p]) => [id, p.description]))).toEqual(Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.title])));
  });

  it('a security rule says how severe it is, for code scanning; no other rule does', () => {
    for (const { meta } of rules) expect(meta.securitySeverity !== undefined, meta.id).toBe(meta.tags.includes('security'));
  });
});

describe('rule metadata', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('%s is complete and its file is named after it', (id, rule) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.meta.title.length).toBeGreaterThan(10);
    expect(rule.meta.description.length).toBeGreaterThan(40);
    expect(rule.meta.help.bad).not.toBe(rule.meta.help.good);
    expect(readdirSync(join(packageRoot, 'rules'))).toContain(`${id}.ts`);
  });

  it('lists the rules sorted by id, each once', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  // What `npm run docs` does in the compiled build: the catalog checked against rules/schemas/ with Ajv, not dist's compiled validators.
  it('the compiled build validates against the source schemas when asked (as npm run docs does), with Ajv loaded at run time', () => {
    const script = `import { validateWithSourceSchemas } from './dist/src/data.js';
import { loadCatalogFiles } from './dist/src/catalog.js';
validateWithSourceSchemas();
console.log(loadCatalogFiles().technologies.length);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(Number(run.stdout)).toBeGreaterThan(100);
  });
});
