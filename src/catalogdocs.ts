/** A catalog technology in words, for `strata explain <technology>`: what it is, why its stratum, what it matches, what is lighter. */
import { type Catalog, describeMatch, matchers, type Technology } from './catalog.js';
import type { Alternative } from './model.js';
import { stratumLabel } from './rule.js';
import { printable } from './text/escape.js';

/** Every line through `printable`: a config's catalog entries are as untrusted as the files scanned. */
function technologyText(technology: Technology, alternatives: Alternative[]): string {
  const lines = [
    `${technology.id}: ${technology.name}, ${stratumLabel(technology.stratum)}`,
    '',
    technology.rationale,
    '',
    ...matchers(technology).map((m) => `Matches: ${describeMatch(m)}`),
    `Reference: ${technology.reference}`,
    '',
  ];
  if (alternatives.length === 0) {
    lines.push(technology.stratum === 1 ? 'Lighter alternatives: none, stratum 1 is the lightest.' : 'Lighter alternatives: none in the catalog.');
  } else {
    lines.push('Lighter alternatives:');
    for (const a of alternatives) {
      lines.push(`  ${stratumLabel(a.stratum)}: ${a.name}${a.technology ? ` (${a.technology})` : ''}`, `      ${a.reference}`);
      if (a.note) lines.push(`      ${a.note}`);
    }
  }
  return `${lines.map(printable).join('\n')}\n`;
}

/**
 * `strata explain` for a technology id (aws-ec2-instance) or a kind (aws_instance): a kind may
 * be several technologies, each shown in the order the catalog tries them. Undefined when the
 * catalog knows neither.
 */
export function technologyExplanation(name: string, catalog: Catalog): string | undefined {
  const technology = catalog.technology(name.toLowerCase());
  if (technology) return technologyText(technology, catalog.alternativesOf(technology));
  const ofKind = catalog.ofKind(name);
  if (ofKind.length === 0) return undefined;
  const header = `${printable(name)}: ${ofKind.length} catalog ${ofKind.length === 1 ? 'technology' : 'technologies'}, the most specific first (the first whose conditions hold decides)\n\n`;
  return header + ofKind.map((t) => technologyText(t, catalog.alternativesOf(t))).join('\n');
}
