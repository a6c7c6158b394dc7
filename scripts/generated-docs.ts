/**
 * Documentation generated from data: one page per rule (docs/rules/<id>.md), and the
 * format, rule, catalog and alternatives tables in README.md between their markers. `npm run docs` writes
 * them; tests/docs.test.ts fails when the checked-in copies drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { Catalog, loadCatalogFiles, matchers } from '../src/catalog.js';
import { packageRoot } from '../src/data.js';
import type { FormatModule } from '../src/parsers/format.js';
import { FORMATS, preCommitFilesPattern } from '../src/parsers/registry.js';
import { ruleMarkdown } from '../src/ruledocs.js';

export function ruleDocs(): Map<string, string> {
  return new Map(rules.map((r) => [join('docs', 'rules', `${r.meta.id}.md`), ruleMarkdown(r.meta)]));
}

function rulesTable(): string {
  const rows = rules.map((r) => `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.level} | ${r.meta.title} |`);
  return ['| rule | default level | reports |', '|---|---|---|', ...rows].join('\n');
}

/** What is scanned, from the format registry. */
function formatsTable(): string {
  const rows = FORMATS.map(
    (f: FormatModule) =>
      `| ${f.displayName} | ${f.examples.map((e) => `\`${e}\``).join(', ')}${f.candidates ? ', recognised by content' : f.sniff ? '; named files by content' : ''} |`,
  );
  return ['| format | files |', '|---|---|', ...rows].join('\n');
}

function catalogTable(catalog: Catalog): string {
  const rows = [...catalog.technologies]
    .sort((a, b) => a.stratum - b.stratum || (a.id < b.id ? -1 : 1))
    .map((t) => {
      const matchedBy = matchers(t)
        .map((m) => {
          const when = (m.when ?? [])
            .map((c) => {
              const value = c.equals ?? c.oneOf ?? c.glob ?? (c.present ? 'set' : 'unset');
              return `\`${c.attribute}\` ${Array.isArray(value) ? value.join(' / ') : String(value)}`;
            })
            .join(', ');
          return `${m.kinds.map((k) => `\`${k}\``).join(', ')}${when ? ` when ${when}` : ''}`;
        })
        .join('; ');
      return `| ${t.stratum} | ${t.name}${t.nested ? ' (nested)' : ''} | ${matchedBy} | ${t.rationale.replace(/\|/g, '\\|')} |`;
    });
  return ['| stratum | technology | matched by | why this stratum |', '|---|---|---|---|', ...rows].join('\n');
}

/** Each technology with alternatives, and what heavier-than-needed suggests in its place, lightest last. */
function alternativesTable(catalog: Catalog): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = [...catalog.technologies]
    .filter((t) => t.alternatives)
    .sort((a, b) => b.stratum - a.stratum || (a.id < b.id ? -1 : 1))
    .map((t) => {
      const alternatives = catalog.alternativesOf(t);
      const strata = [...new Set(alternatives.map((a) => a.stratum))].sort().reverse();
      const byStratum = strata.map(
        (stratum) =>
          `${stratum}: ${alternatives
            .filter((a) => a.stratum === stratum)
            .map((a) => `[${cell(a.name)}](${a.reference})`)
            .join(', ')}`,
      );
      return `| ${t.stratum} | \`${t.id}\` ${cell(t.name)} | ${byStratum.join('; ')} |`;
    });
  return ['| stratum | technology | lighter alternatives, by stratum |', '|---|---|---|', ...rows].join('\n');
}

function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/**
 * Files whose list of formats comes from the registry: the schemas' format enums and the
 * pre-commit hook's `files` pattern, each rewritten where it names the formats.
 */
export function registryFiles(): Map<string, string> {
  const ids = FORMATS.map((f) => f.id);
  const read = (path: string) => readFileSync(join(packageRoot, path), 'utf8');
  const catalog = read('rules/schemas/catalog.schema.json').replace(/("format": \{ "enum": )\[[^\]]*\]/, `$1${JSON.stringify(ids).replace(/,/g, ', ')}`);
  const config = formatProperties(read('rules/schemas/config.schema.json'), ids);
  const hooks = read('.pre-commit-hooks.yaml').replace(/^( {2}files: ).*$/m, (_, key: string) => `${key}${preCommitFilesPattern()}`);
  return new Map([
    ['rules/schemas/catalog.schema.json', catalog],
    ['rules/schemas/config.schema.json', config],
    ['.pre-commit-hooks.yaml', hooks],
  ]);
}

/** The config schema's `files` object: one property per format id, its lines rewritten between its braces. */
function formatProperties(schema: string, ids: string[]): string {
  const lines = schema.split('\n');
  const files = lines.findIndex((l) => l.startsWith('    "files": {'));
  const start = lines.findIndex((l, i) => i > files && l.trim() === '"properties": {') + 1;
  const end = lines.findIndex((l, i) => i > start && l === '      }');
  const properties = ids.map((id, i) => `        "${id}": { "type": "array", "items": { "type": "string", "minLength": 1 } }${i < ids.length - 1 ? ',' : ''}`);
  return [...lines.slice(0, start), ...properties, ...lines.slice(end)].join('\n');
}

export function readmeWithTables(): string {
  const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
  const catalog = sourceCatalog();
  const tables = replaceBetween(replaceBetween(replaceBetween(readme, 'formats', formatsTable()), 'rules', rulesTable()), 'catalog', catalogTable(catalog));
  return replaceBetween(tables, 'alternatives', alternativesTable(catalog));
}

/** The catalog as rules/catalog/ has it now, never dist/data's copy of the last build: the tables follow the data being edited. */
function sourceCatalog(): Catalog {
  const { technologies, breaches, version } = loadCatalogFiles();
  return new Catalog(technologies, breaches, version);
}
