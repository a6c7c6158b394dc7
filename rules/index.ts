/** The rule registry: every rule strata has, sorted by id. Adding a rule: its file and one line here. */
import type { Rule } from '../src/rule.js';
import { rule as expiredSuppression } from './expired-suppression.js';
import { rule as heavierThanNeeded } from './heavier-than-needed.js';
import { rule as invalidAnnotation } from './invalid-annotation.js';
import { rule as isolationBreach } from './isolation-breach.js';
import { rule as lighterThanNeeded } from './lighter-than-needed.js';
import { rule as nestedVirtualization } from './nested-virtualization.js';
import { rule as parseError } from './parse-error.js';
import { rule as undeclaredNeed } from './undeclared-need.js';
import { rule as unexplainedNeed } from './unexplained-need.js';
import { rule as unusedSuppression } from './unused-suppression.js';

export const rules: readonly Rule[] = [
  expiredSuppression,
  heavierThanNeeded,
  invalidAnnotation,
  isolationBreach,
  lighterThanNeeded,
  nestedVirtualization,
  parseError,
  undeclaredNeed,
  unexplainedNeed,
  unusedSuppression,
];

export const ruleIds: ReadonlySet<string> = new Set(rules.map((r) => r.meta.id));

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
