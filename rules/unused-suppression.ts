import type { AnnotationRule } from '../src/rule.js';

export const rule: AnnotationRule = {
  scope: 'annotation',
  meta: {
    id: 'unused-suppression',
    level: 'note',
    title: 'A strata-ignore suppresses nothing',
    description:
      'The suppression names rules that report nothing where it stands: the finding was fixed, the rule id is not the one that fires, or the comment is not attached to a workload. A stale suppression would silently hide a future finding.',
    help: {
      fix: 'Remove the suppression, or move it directly above (or inside) the workload whose finding it is meant to suppress.',
      bad: '# strata-ignore: lighter-than-needed reason="legacy"\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
      good: 'resource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
    },
    tags: ['annotations'],
  },
  check({ annotation, used, expired }) {
    if (annotation.kind !== 'suppression' || used || expired) return [];
    return [{ message: `strata-ignore: ${annotation.rules.join(',')} suppresses nothing here` }];
  },
};
