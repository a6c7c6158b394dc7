/**
 * The format registry is the one list of input formats: everything that names formats
 * either comes from it or is checked against it here, so a format added to the registry
 * but missing anywhere else fails this test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../src/data.js';
import { formatMatcher } from '../src/discover.js';
import type { FormatModule } from '../src/parsers/format.js';
import { FORMATS, formatByContent, formatOfCandidate, isCandidate, preCommitFilesPattern } from '../src/parsers/registry.js';
import { fixturesDir } from './helpers.js';

const ids = FORMATS.map((f) => f.id).sort();
const schema = (name: string) => JSON.parse(readFileSync(join(packageRoot, 'rules', 'schemas', name), 'utf8'));

describe('the format registry', () => {
  it("is what the catalog schema's format enum and the config schema's `files` keys list", () => {
    const catalog = schema('catalog.schema.json');
    expect([...catalog.definitions.match.properties.format.enum].sort()).toEqual(ids);
    expect(Object.keys(schema('config.schema.json').properties.files.properties).sort()).toEqual(ids);
  });

  it("is what the pre-commit hook's `files` pattern claims", () => {
    const hooks = parse(readFileSync(join(packageRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ files: string }>;
    expect(hooks[0]!.files).toBe(preCommitFilesPattern());
  });

  it('is what the README lists as scanned', () => {
    const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
    for (const format of FORMATS as readonly FormatModule[]) {
      expect(readme).toContain(`| ${format.displayName} | ${format.examples.map((e) => `\`${e}\``).join(', ')}`);
    }
  });

  it.each(FORMATS.map((f) => [f.id, f as FormatModule] as const))('%s: discovery claims its example names, and it has fixtures', (id, format) => {
    const claims = formatMatcher();
    for (const example of format.examples) {
      const name = example.replace('*', 'main').replace(/<[a-z]+>/g, 'prod');
      const named = format.names.some((pattern) => new RegExp(`^(?:${pattern})$`).test(name));
      if (format.candidates && !named) {
        // Recognised by content: the walk sniffs these names; the pre-commit hook cannot sniff, so it does not list them.
        expect(claims(`dir/${name}`), name).toBeUndefined();
        expect(isCandidate(name), name).toBe(true);
        continue;
      }
      expect(claims(`dir/${name}`), name).toBe(id);
      expect(new RegExp(preCommitFilesPattern()).test(`dir/${name}`), name).toBe(true);
    }
    expect(existsSync(join(fixturesDir, id))).toBe(true);
  });

  it('asks content sniffs only of the formats that have one', () => {
    expect(formatByContent('Vagrant.configure("2") do |config|\nend\n')).toBe('vagrant');
    expect(formatByContent('puts "hello"\n')).toBeUndefined();
  });

  it('sniffs generic names only for the formats whose candidates take them', () => {
    const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n';
    expect(formatOfCandidate('pod.yaml', manifest)).toBe('kubernetes');
    expect(formatOfCandidate('pod.json', '{"apiVersion": "v1", "kind": "Pod"}')).toBe('kubernetes');
    expect(formatOfCandidate('pod.txt', manifest)).toBeUndefined();
    // CI configs, Ansible playbooks, OpenAPI documents: no top-level apiVersion and kind.
    expect(formatOfCandidate('ci.yml', 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n')).toBeUndefined();
    expect(formatOfCandidate('site.yml', '- hosts: all\n  tasks:\n    - name: kind\n')).toBeUndefined();
    expect(formatOfCandidate('openapi.yaml', 'openapi: 3.0.0\ninfo:\n  title: kind\n')).toBeUndefined();
    expect(formatOfCandidate('package.json', '{"name": "x", "version": "1.0.0"}')).toBeUndefined();
    // Packer's legacy templates: an object whose first bytes name a builders array.
    expect(formatOfCandidate('ubuntu.json', '{\n  "builders": [\n    { "type": "qemu" }\n  ]\n}')).toBe('packer');
    expect(formatOfCandidate('tsconfig.json', '{"compilerOptions": {}, "builders": "other"}')).toBeUndefined();
    expect(formatOfCandidate('list.json', '["builders", []]')).toBeUndefined();
  });
});
