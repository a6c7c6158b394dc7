import type { AnnotationRule } from '../src/rule.js';

export const rule: AnnotationRule = {
  scope: 'annotation',
  meta: {
    id: 'unused-suppression',
    level: 'note',
    title: 'A strata-ignore suppresses nothing',
    description:
      'The suppression names rules that report nothing where it stands: the finding was fixed, the rule id is not the one that fires, or the comment is not attached to a workload. A stale suppression would silently hide a future finding. A list of rules of which only some suppress anything is reported for the others.',
    help: {
      fix: 'Remove the suppression (or the rules in its list that suppress nothing), or move it directly above (or inside) the workload whose finding it is meant to suppress. `strata scan --fix` removes it.',
      bad: '# strata-ignore: lighter-than-needed reason="legacy"\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
      good: 'resource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
    },
    tags: ['annotations'],
  },
  check({ annotation, usedRules, expired }) {
    if (annotation.kind !== 'suppression' || expired) return [];
    const unused = annotation.rules.filter((r) => !usedRules.has(r));
    if (unused.length === 0) return [];
    const message =
      unused.length === annotation.rules.length
        ? `strata-ignore: ${annotation.rules.join(',')} suppresses nothing here`
        : `strata-ignore: ${unused.join(',')} suppresses nothing here (${[...usedRules].join(',')} does): take ${unused.length === 1 ? 'it' : 'them'} out of the list`;
    return [{ message, fix: { kind: 'remove-suppression', rules: unused } }];
  },
};
