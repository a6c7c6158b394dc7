/**
 * Documentation generated from data: one page per rule (docs/rules/<id>.md), and the
 * format, rule and catalog tables in README.md between their markers. `npm run docs` writes
 * them; tests/docs.test.ts fails when the checked-in copies drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { Catalog } from '../src/catalog.js';
import { packageRoot } from '../src/data.js';
import type { FormatModule } from '../src/parsers/format.js';
import { FORMATS } from '../src/parsers/registry.js';
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
  const rows = FORMATS.map((f: FormatModule) => `| ${f.displayName} | ${f.examples.map((e) => `\`${e}\``).join(', ')}${f.sniff ? '; named files by content' : ''} |`);
  return ['| format | files |', '|---|---|', ...rows].join('\n');
}

function catalogTable(): string {
  const catalog = Catalog.builtIn();
  const rows = [...catalog.technologies]
    .sort((a, b) => a.stratum - b.stratum || (a.id < b.id ? -1 : 1))
    .map((t) => {
      const when = (t.match.when ?? [])
        .map((c) => {
          const value = c.equals ?? c.oneOf ?? c.glob ?? (c.present ? 'set' : 'unset');
          return `\`${c.attribute}\` ${Array.isArray(value) ? value.join(' / ') : String(value)}`;
        })
        .join(', ');
      const kinds = t.match.kinds.map((k) => `\`${k}\``).join(', ');
      return `| ${t.stratum} | ${t.name}${t.nested ? ' (nested)' : ''} | ${kinds}${when ? ` when ${when}` : ''} | ${t.rationale.replace(/\|/g, '\\|')} |`;
    });
  return ['| stratum | technology | matched by | why this stratum |', '|---|---|---|---|', ...rows].join('\n');
}

function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

export function readmeWithTables(): string {
  const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
  return replaceBetween(replaceBetween(replaceBetween(readme, 'formats', formatsTable()), 'rules', rulesTable()), 'catalog', catalogTable());
}
