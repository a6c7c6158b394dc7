import type { AnnotationRule } from '../src/rule.js';

export const rule: AnnotationRule = {
  scope: 'annotation',
  meta: {
    id: 'invalid-annotation',
    level: 'error',
    title: 'An annotation or suppression strata cannot use',
    description:
      'A `strata:` or `strata-ignore:` comment (or a strata tag or label) that does not parse, names an unknown stratum, intent or rule, lacks a required reason, or applies to nothing; also a near miss that strata would otherwise skip in silence (`Strata:`, `strata needs=` without the colon, `stratum:`). strata reports it and then ignores it, so whatever it meant to say is not in effect.',
    help: {
      fix: 'Correct the annotation; `strata rules` lists rule ids and rules/intents.yaml the intents.',
      bad: '# strata: needs=proces reason="API"\nresource "docker_container" "api" {\n  image = "api:1"\n}',
      good: '# strata: needs=process reason="API"\nresource "docker_container" "api" {\n  image = "api:1"\n}',
    },
    tags: ['annotations'],
  },
  check({ annotation }) {
    if (annotation.kind !== 'invalid') return [];
    return [{ message: `Invalid strata annotation "${annotation.source}": ${annotation.problem}` }];
  },
};
