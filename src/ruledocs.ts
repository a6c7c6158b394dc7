/** Rule documentation, generated from each rule's metadata: docs/rules/<id>.md, `strata explain`, SARIF help. */
import type { RuleMeta } from './rule.js';

export const REPOSITORY_URL = 'https://github.com/strata-lint/strata';

export function ruleDocUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}

export function ruleMarkdown(meta: RuleMeta): string {
  return [
    `# ${meta.id}`,
    '',
    `${meta.title}.`,
    '',
    `Default level: **${meta.level}**. Tags: ${meta.tags.map((t) => `\`${t}\``).join(', ')}.`,
    '',
    '## Why',
    '',
    meta.description,
    '',
    '## How to fix',
    '',
    meta.help.fix,
    '',
    '## Bad',
    '',
    '```hcl',
    meta.help.bad,
    '```',
    '',
    '## Good',
    '',
    '```hcl',
    meta.help.good,
    '```',
    '',
    '## Suppressing',
    '',
    `Directly above or inside the workload: \`# strata-ignore: ${meta.id} reason="…" [until=YYYY-MM-DD]\`.`,
    '',
  ].join('\n');
}

export function ruleText(meta: RuleMeta): string {
  return [
    `${meta.id} (${meta.level})`,
    '',
    `${meta.title}.`,
    '',
    meta.description,
    '',
    `How to fix: ${meta.help.fix}`,
    '',
    'Bad:',
    indent(meta.help.bad),
    '',
    'Good:',
    indent(meta.help.good),
    '',
    `Suppress: # strata-ignore: ${meta.id} reason="…" [until=YYYY-MM-DD]`,
    `Docs: ${ruleDocUrl(meta.id)}`,
    '',
  ].join('\n');
}

function indent(code: string): string {
  return code
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
