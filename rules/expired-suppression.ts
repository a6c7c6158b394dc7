import type { AnnotationRule } from '../src/rule.js';

export const rule: AnnotationRule = {
  scope: 'annotation',
  meta: {
    id: 'expired-suppression',
    level: 'warning',
    title: 'A strata-ignore is past its until date',
    description:
      'A suppression with until=YYYY-MM-DD is a promise to revisit the finding by that date. Past it, the suppression suppresses nothing and the findings it covered are reported again.',
    help: {
      fix: 'Fix the finding and remove the suppression, or renew it with a new until= date and an updated reason.',
      bad: '# strata-ignore: heavier-than-needed reason="migrating to ECS" until=2024-01-31\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
      good: '# strata-ignore: heavier-than-needed reason="migrating to ECS, ticket OPS-42" until=2027-03-31\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
    },
    tags: ['annotations'],
  },
  check({ annotation, expired }) {
    if (annotation.kind !== 'suppression' || !expired) return [];
    return [
      {
        message: `strata-ignore: ${annotation.rules.join(',')} expired on ${annotation.until}: it suppresses nothing now`,
      },
    ];
  },
};
